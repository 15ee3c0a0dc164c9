package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** docs/reports.md and the declared schemas say the same thing, column by column. */
class ReportDocsTest {

  static Map<String, String> documented(String report) throws Exception {
    String doc = Files.readString(Path.of("docs/reports.md"));
    int start = doc.indexOf("## " + report + "\n");
    assertTrue(start >= 0, "docs/reports.md has no section for " + report);
    int end = doc.indexOf("\n## ", start + 1);
    String section = doc.substring(start, end < 0 ? doc.length() : end);
    Map<String, String> cols = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\| ([a-z<>]+) \\|").matcher(section);
    while (m.find()) {
      cols.put(m.group(1), m.group(2));
    }
    return cols;
  }

  static void assertDocumented(String report, StructType schema) throws Exception {
    Map<String, String> doc = documented(report);
    Map<String, String> declared = new LinkedHashMap<>();
    for (StructField f : schema.fields()) {
      declared.put(f.name(), f.dataType().simpleString());
    }
    assertEquals(declared, doc, report + ": docs/reports.md vs Schemas");
  }

  @Test
  void everyReportIsDocumented() throws Exception {
    assertDocumented("skill_demand", Schemas.SKILL_DEMAND);
    assertDocumented("credential_coverage", Schemas.CREDENTIAL_COVERAGE);
    assertDocumented("skill_gaps", Schemas.SKILL_GAPS);
    assertDocumented("credential_inflation", Schemas.CREDENTIAL_INFLATION);
    assertDocumented("skill_bundles", Schemas.SKILL_BUNDLES);
    assertDocumented("credential_paths", Schemas.CREDENTIAL_PATHS);
    assertDocumented("enrollment_trends", Schemas.ENROLLMENT_TRENDS);
    assertDocumented("employer_recognition", Schemas.EMPLOYER_RECOGNITION);
    assertDocumented("emerging_skills", Schemas.EMERGING_SKILLS);
    assertDocumented("requirement_trends", Schemas.REQUIREMENT_TRENDS);
    assertDocumented("credential_value", Schemas.CREDENTIAL_VALUE);
    assertEquals(11, Pipeline.REPORTS.size());
  }
}
