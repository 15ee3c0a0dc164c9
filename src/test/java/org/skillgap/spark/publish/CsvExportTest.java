package org.skillgap.spark.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.spark.SharedSpark;

class CsvExportTest {
  @TempDir Path tmp;

  private static Dataset<Row> report() {
    SparkSession spark = SharedSpark.get();
    return spark.sql(
        "SELECT * FROM VALUES "
            + "('Python', '=HYPERLINK(\"http://evil\",\"x\")', -5L, array('a', '@b')), "
            + "('SQL', 'write -queries', 7L, array('+c')) AS t(skill, example_sentence, change, tags)");
  }

  @Test
  void exportRefusesAFolderAndLeavesItAsItWas() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("reports"));
    Path kept = Files.writeString(folder.resolve("keep.txt"), "mine");
    SkillgapException e =
        assertThrows(SkillgapException.class, () -> CsvExport.write(report(), folder.toString()));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    assertEquals("mine", Files.readString(kept));
    assertEquals(List.of("keep.txt"), names(folder));
  }

  @Test
  void exportReplacesTheFileAndLeavesNothingBeside() throws Exception {
    Path csv = Files.writeString(tmp.resolve("skills.csv"), "old");
    CsvExport.write(report(), csv.toString());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("skill,example_sentence,change,tags", lines.get(0));
    assertEquals(3, lines.size());
    assertEquals(
        List.of("skills.csv"),
        names(tmp),
        "no parts folder, temporary file or checksum left beside it");
  }

  @Test
  void exportDefusesFormulaCellsButNotNumbers() throws Exception {
    Path csv = tmp.resolve("skills.csv");
    CsvExport.write(report(), csv.toString());
    String text = Files.readString(csv);
    // Quotes inside a quoted cell are doubled (RFC 4180), not backslash-escaped.
    assertTrue(
        text.contains("Python,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-5,a|@b"), text);
    assertTrue(text.contains("SQL,write -queries,7,'+c"), text);
  }

  private static List<String> names(Path folder) throws Exception {
    try (var s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
