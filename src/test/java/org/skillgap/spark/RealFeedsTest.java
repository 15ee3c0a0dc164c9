package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.spark.ingest.DatasetCounts;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * The nightly on slices of the two real feeds in ../shared/data/real-postings, as their publishers
 * ship them (zipped and gzipped CSV, their own columns), mapped by the example configurations in
 * jobs/examples/ alone. Skips, saying so, where the shared data is absent.
 */
class RealFeedsTest {

  static final Path FEEDS = Path.of("../shared/data/real-postings");

  @TempDir Path tmp;

  /** The slice: the header and the first {@code n} records of a feed, as parsed CSV rows. */
  private static List<String[]> slice(InputStream in, int n) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setMaxCharsPerColumn(-1);
    settings.setLineSeparatorDetectionEnabled(true);
    CsvParser parser = new CsvParser(settings);
    parser.beginParsing(in, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    String[] row;
    while (rows.size() <= n && (row = parser.parseNext()) != null) {
      rows.add(row);
    }
    parser.stopParsing();
    return rows;
  }

  private static void writeCsv(List<String[]> rows, OutputStream out) throws Exception {
    CsvWriterSettings settings = new CsvWriterSettings();
    settings.setQuoteAllFields(true);
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      CsvWriter writer = new CsvWriter(w, settings);
      rows.forEach(writer::writeRow);
      writer.close();
    }
  }

  private Path input(String name) throws Exception {
    Path in = tmp.resolve(name);
    for (String d : List.of("postings", "enrollments", "credentials")) {
      Files.createDirectories(in.resolve(d));
    }
    return in;
  }

  private RunSummary night(Path in, String exampleConfig) throws Exception {
    PipelineConfig config =
        new ConfigLoader()
            .withProperties(
                Files.readString(Path.of("jobs/examples", exampleConfig)), exampleConfig)
            .build(
                in.toString(),
                tmp.resolve("out-" + in.getFileName()).toString(),
                LocalDate.of(2026, 1, 15));
    return new Pipeline(SharedSpark.get(), config).runAll();
  }

  private Dataset<Row> warehouse(Path in) {
    return new Warehouse(
            SharedSpark.get(), new Layout(tmp.resolve("out-" + in.getFileName()).toString()))
        .table(Tables.POSTINGS);
  }

  private static int column(String[] header, String name) {
    return List.of(header).indexOf(name);
  }

  /**
   * Checks every slice must pass: counts add up, text is repaired, salary is parsed where stated.
   */
  private void assertCleanNight(RunSummary s, Path in, Set<String> statingSalary) {
    assertEquals("success", s.outcome());
    DatasetCounts postings = s.datasets().get(0);
    assertEquals(
        postings.read(),
        postings.accepted() + postings.quarantined() + postings.duplicates(),
        postings.toString());
    assertTrue(postings.quarantined() <= 0.05 * postings.read(), "few rejected: " + postings);
    Dataset<Row> w = warehouse(in).cache();
    for (String field : List.of("title", "company", "description", "location")) {
      assertEquals(
          0,
          w.filter(col(field).contains("â€").or(col(field).contains("Ã"))).count(),
          "mojibake in " + field);
      assertEquals(
          0,
          w.filter(col(field).rlike("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")).count(),
          "HTML entity in " + field);
    }
    Dataset<Row> stated = w.filter(col("posting_id").isin(statingSalary.toArray()));
    long parsed = stated.filter(col("salary_annual_min").isNotNull()).count();
    assertTrue(
        stated.count() > 0 && parsed >= 0.95 * stated.count(),
        "salary parsed for "
            + parsed
            + " of "
            + stated.count()
            + " accepted postings that state one");
    w.unpersist();
  }

  @Test
  void nycJobsSliceAsPublished() throws Exception {
    Path zip = FEEDS.resolve("nyc-jobs.csv.zip");
    assumeTrue(
        Files.exists(zip),
        "skipped: "
            + zip.toAbsolutePath()
            + " is absent (the shared data sets are not beside this checkout)");
    List<String[]> rows;
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      z.getNextEntry();
      rows = slice(z, 400);
    }
    String[] header = rows.get(0);
    List<String[]> records = rows.subList(1, rows.size());
    Path in = input("nyc");
    try (ZipOutputStream z =
        new ZipOutputStream(Files.newOutputStream(in.resolve("postings/nyc-jobs-slice.csv.zip")))) {
      z.putNextEntry(new ZipEntry("nyc-jobs.csv"));
      writeCsv(
          rows,
          new FilterOutputStream(z) {
            @Override
            public void close() {} // the zip closes the stream
          });
      z.closeEntry();
    }
    int id = column(header, "Job ID");
    int from = column(header, "Salary Range From");
    Set<String> ids = new HashSet<>();
    long internalExternal = records.stream().filter(r -> !ids.add(r[id])).count();
    assertTrue(
        internalExternal > 20, "the slice holds internal and external copies: " + internalExternal);
    Set<String> statingSalary = new HashSet<>();
    records.stream()
        .filter(r -> r[from] != null && !r[from].isBlank())
        .forEach(r -> statingSalary.add(r[id]));

    RunSummary s = night(in, "nyc-jobs.properties");
    assertCleanNight(s, in, statingSalary);
    assertTrue(
        s.datasets().get(0).duplicates() >= internalExternal,
        "internal and external copies of one job are duplicates: " + s.datasets().get(0));
    assertIndustriesHoldRows(in);
  }

  /** The industries the feed has postings for hold rows. */
  private void assertIndustriesHoldRows(Path in) throws Exception {
    Set<String> withRows =
        new HashSet<>(
            Published.report(
                    tmp.resolve("out-" + in.getFileName()),
                    "2026-01-15",
                    ReportRegistry.SKILL_DEMAND.name())
                .select("industry")
                .distinct()
                .as(Encoders.STRING())
                .collectAsList());
    assertTrue(
        withRows.containsAll(Set.of("tech", "healthcare", "finance", "other")),
        "industries with demand: " + withRows);
  }

  @Test
  void usajobsSliceAsPublished() throws Exception {
    Path gz = FEEDS.resolve("usajobs_dec2017_dedup.csv.gz");
    assumeTrue(
        Files.exists(gz),
        "skipped: "
            + gz.toAbsolutePath()
            + " is absent (the shared data sets are not beside this checkout)");
    List<String[]> rows;
    try (InputStream g = new GZIPInputStream(Files.newInputStream(gz))) {
      rows = slice(g, 600);
    }
    String[] header = rows.get(0);
    List<String[]> records = rows.subList(1, rows.size());
    Path in = input("usajobs");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(in.resolve("postings/usajobs-slice.csv.gz")))) {
      writeCsv(rows, out);
    }
    int id = column(header, "PositionID");
    int title = column(header, "PositionTitle");
    int min = column(header, "MinPay");
    int payType = column(header, "PayType");
    Set<String> statingSalary = new HashSet<>();
    records.stream()
        .filter(r -> r[min] != null && !r[min].isBlank() && !r[payType].contains("Without"))
        .forEach(r -> statingSalary.add(r[id]));

    RunSummary s = night(in, "usajobs.properties");
    assertCleanNight(s, in, statingSalary);
    assertIndustriesHoldRows(in);
    DatasetCounts postings = s.datasets().get(0);
    assertTrue(
        postings.duplicates() <= 0.10 * postings.read(),
        "at most 10 % marked duplicates: " + postings);

    // Titles that plainly name an occupation of an industry, by rules of this test's own.
    Map<String, Predicate<String>> plainly =
        Map.of(
            "healthcare",
                t ->
                    t.matches(
                        "(?i).*\\b(nurse|physician|pharmacist|medical (officer|technologist|support assistant)|"
                            + "dental|psychologist|physical therapist|health technician|nursing assistant)\\b.*"),
            "tech",
                t ->
                    t.matches(
                        "(?i).*\\b(it specialist|information technology|software|computer scientist|"
                            + "computer engineer|developer)\\b.*"),
            "finance",
                t ->
                    t.matches(
                        "(?i).*\\b(accountant|auditor|financial|budget analyst|accounting)\\b.*"));
    Dataset<Row> w = warehouse(in).select("posting_id", "title", "industry").cache();
    for (var e : plainly.entrySet()) {
      Set<String> theirs = new HashSet<>();
      records.stream().filter(r -> e.getValue().test(r[title])).forEach(r -> theirs.add(r[id]));
      Dataset<Row> those = w.filter(col("posting_id").isin(theirs.toArray()));
      long total = those.count();
      long held = those.filter(col("industry").equalTo(e.getKey())).count();
      assertTrue(total >= 5, e.getKey() + ": too few postings in the slice to judge: " + total);
      assertTrue(
          held >= 0.7 * total,
          e.getKey()
              + " holds "
              + held
              + " of the "
              + total
              + " postings whose titles belong to it");
    }
    w.unpersist();
  }
}
