package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.PipelineFixture;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.warehouse.Layout;

/**
 * The report registry drives docs/reports.md, the publisher and the dashboard: a report declared in
 * only one of those places fails here. docs/reports.md documents every registered report with the
 * same columns and no other; a night publishes exactly the registered reports; no main source but
 * the registry types a report's name, so the dashboard and the reports command can only read
 * registered reports.
 */
class ReportRegistryTest {

  static final Path DOCS = Path.of("docs/reports.md");

  /**
   * The report sections of docs/reports.md ("## name"), each with its documented columns and types.
   */
  static Map<String, Map<String, String>> documented() throws Exception {
    String doc = Files.readString(DOCS);
    Map<String, Map<String, String>> reports = new LinkedHashMap<>();
    Matcher section = Pattern.compile("(?m)^## ([a-z_]+)\\n").matcher(doc);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (section.find()) {
      starts.add(new int[] {section.start(), section.end()});
      names.add(section.group(1));
    }
    for (int i = 0; i < names.size(); i++) {
      String body =
          doc.substring(
              starts.get(i)[1], i + 1 < names.size() ? starts.get(i + 1)[0] : doc.length());
      Map<String, String> cols = new LinkedHashMap<>();
      Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\| ([a-z<>]+) \\|").matcher(body);
      while (m.find()) {
        cols.put(m.group(1), m.group(2));
      }
      reports.put(names.get(i), cols);
    }
    return reports;
  }

  @Test
  void docsDocumentEveryRegisteredReportAndNoOther() throws Exception {
    Map<String, Map<String, String>> doc = documented();
    assertEquals(
        ReportRegistry.NAMES,
        List.copyOf(doc.keySet()),
        "docs/reports.md's report sections, in publishing order, against the registry");
    for (ReportRegistry.Report report : ReportRegistry.ALL) {
      Map<String, String> declared = new LinkedHashMap<>();
      for (StructField f : report.schema().fields()) {
        declared.put(f.name(), f.dataType().simpleString());
      }
      assertEquals(declared, doc.get(report.name()), report.docAnchor() + " against its schema");
    }
  }

  @Test
  void aNightPublishesExactlyTheRegisteredReports() throws Exception {
    PublishedReports published =
        new PublishedReports(SharedSpark.get(), new Layout(PipelineFixture.get().out().toString()));
    assertEquals(
        new TreeSet<>(ReportRegistry.NAMES),
        new TreeSet<>(published.run("2026-01-15").snapshots().keySet()));
  }

  @Test
  void noSourceButTheRegistryTypesAReportsName() throws Exception {
    // A report name that is also a column ("employer_recognition" of credential_coverage) is left
    // out: as a
    // column it is typed where rows are built.
    Set<String> columns = new TreeSet<>();
    ReportRegistry.ALL.forEach(r -> columns.addAll(List.of(r.schema().fieldNames())));
    List<String> typed = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.endsWith("ReportRegistry.java")) {
          continue;
        }
        String source = Files.readString(f);
        for (String name : ReportRegistry.NAMES) {
          if (!columns.contains(name) && source.contains("\"" + name + "\"")) {
            typed.add(f + ": \"" + name + "\"");
          }
        }
      }
    }
    assertEquals(
        List.of(),
        typed,
        "report names typed outside ReportRegistry (read them from the registry)");
    String dashboard =
        Files.readString(Path.of("src/main/java/org/skillgap/spark/report/DashboardBuilder.java"));
    assertTrue(
        dashboard.contains("ReportRegistry."),
        "the dashboard reads its reports through the registry");
  }
}
