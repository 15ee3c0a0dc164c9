package org.skillgap.spark.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.spark.SharedSpark;

/** The plain Parquet export: a new folder by industry, never one that exists. */
class ParquetExportTest {
  @TempDir Path tmp;
  private static final SparkSession spark = SharedSpark.get();

  @Test
  void writesANewFolderByIndustryAndRefusesOneThatExists() throws Exception {
    String folder = tmp.resolve("export").toString();
    ParquetExport.write(
        spark.range(5).selectExpr("IF(id < 3, 'tech', 'finance') AS industry", "id AS n"), folder);
    assertTrue(Files.isDirectory(tmp.resolve("export/industry=tech")));
    assertEquals(
        List.of("finance", "tech"),
        spark
            .read()
            .parquet(folder)
            .select("industry")
            .distinct()
            .orderBy("industry")
            .as(Encoders.STRING())
            .collectAsList());
    assertEquals(5, spark.read().parquet(folder).count());
    SkillgapException refused =
        assertThrows(
            SkillgapException.class,
            () -> ParquetExport.write(spark.range(1).selectExpr("'tech' AS industry"), folder));
    assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
    assertEquals(5, spark.read().parquet(folder).count(), "the existing export untouched");
    try (var entries = Files.list(tmp)) {
      assertEquals(List.of("export"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }
}
