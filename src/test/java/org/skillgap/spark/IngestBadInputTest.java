package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.spark.ingest.DatasetCounts;

/**
 * A corpus of bad input written for this test: every case must land where it should, with its
 * reason, and the counts must reconcile. Nothing personal may reach the output folder.
 */
class IngestBadInputTest {

  @TempDir static Path tmp;
  private static final SparkSession spark = SharedSpark.get();
  private static Path in;
  private static Path out;
  private static PipelineConfig config;
  private static RunSummary summary;

  static final String EMAIL = "jane.doe@acme-example.com";
  static final String LEARNER = "learner-secret-";

  private static String posting(String id, String extra, String description) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"Data Engineer\",\"company\":\"Acme\",\"posted_date\":\"2024-03-05\","
        + "\"industry\":\"Information Technology\",\"description\":\""
        + description
        + "\""
        + extra
        + "}";
  }

  static final String LONG_TEXT =
      "Python, SQL and Spark are required for this role. We build data pipelines for "
          + "hospitals and banks, and we value clean code, tests and reviews. You will own ingestion jobs end to end.";

  @BeforeAll
  static void ingestCorpus() throws Exception {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Path p = Files.createDirectories(in.resolve("postings"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String line :
        List.of(
            posting(
                "good-1",
                ",\"salary\":\"$90K-$110K\"",
                LONG_TEXT + " Contact " + EMAIL + " or (555) 123-4567."),
            posting(
                "good-html",
                "",
                "<p>Requirements</p><ul><li>Java &amp; Kafka</li></ul><script>steal()</script>"),
            posting(
                    "unknown-sector",
                    ",\"industry\":\"Miscellaneous Services\"",
                    "Excel skills required.")
                .replace("\"industry\":\"Information Technology\",", "")
                .replace("Data Engineer", "Coordinator"),
            posting("good-1", "", "A second delivery of the same id."),
            posting(
                "repost-1",
                "",
                "Reposted! " + LONG_TEXT + " Contact " + EMAIL + " or (555) 123-4567."),
            "{\"id\":\"truncated\",\"title\":\"Nurse\",\"descr",
            posting("wrong-type-date", "", "SQL.").replace("\"2024-03-05\"", "20240305"),
            posting("wrong-type-salary", ",\"salary\":true", "SQL."),
            "{\"id\":\"no-description\",\"title\":\"Analyst\",\"posted_date\":\"2024-01-01\"}",
            posting("impossible-date", "", "SQL.").replace("2024-03-05", "2023-02-30"),
            posting("future-date", "", "SQL.").replace("2024-03-05", "2025-09-01"),
            posting("negative-salary", ",\"salary\":\"-50000\"", "SQL."),
            posting("absurd-salary", ",\"salary\":\"$9,000,000,000\"", "SQL."),
            posting("huge", "", "Python. ".repeat(262_144)))) {
      bytes.write(line.getBytes(StandardCharsets.UTF_8));
      bytes.write('\n');
    }
    // Invalid UTF-8 (0xC3 0x28) inside an otherwise fine record.
    bytes.write(posting("bad-utf8", "", "Python and X").getBytes(StandardCharsets.UTF_8));
    bytes.write('\n');
    byte[] all = bytes.toByteArray();
    String s =
        new String(all, StandardCharsets.ISO_8859_1)
            .replace("Python and X", "Python and \u00C3\u0028");
    Files.write(p.resolve("feed.jsonl"), s.getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(p.resolve("empty.jsonl"), "");
    // A scraped CSV with its own column names, quoted newlines and commas, mapped by setting.
    Files.writeString(
        p.resolve("scraped.csv"),
        String.join(
            "\n",
            "Job ID,Job Title,Company,Date,Sector,Salary Estimate,Job Description",
            "csv-1,Nurse,\"Mercy, Inc.\",2024-02-01,Health Care,$53K-$91K (Glassdoor est.),\"Patient care, EHR;",
            "BLS certification required.\"",
            "csv-broken,Nurse,Mercy,2024-02-01,Health Care"));
    // A CSV that lacks the description column altogether.
    Files.writeString(
        p.resolve("no-description.csv"),
        "Job ID,Job Title,Company,Date\ncsv-nodesc,Clerk,Acme,2024-02-01\n");

    Path e = Files.createDirectories(in.resolve("enrollments"));
    Files.writeString(
        e.resolve("e.jsonl"),
        String.join(
            "\n",
            "{\"learner_id\":\""
                + LEARNER
                + "001\",\"credential_id\":\"c1\",\"enrolled_date\":\"2024-01-10\",\"status\":\"completed\",\"completed_date\":\"2024-02-10\"}",
            "{\"learner_id\":\""
                + LEARNER
                + "002\",\"credential_id\":\"c1\",\"enrolled_date\":\"2024-01-11\",\"status\":\"graduated?\"}",
            "{\"learner_id\":\"" + LEARNER + "003\",\"credential_id\":\"c1\",\"enrol"));
    Path c = Files.createDirectories(in.resolve("credentials"));
    Files.writeString(
        c.resolve("c.jsonl"),
        "{\"id\":\"c1\",\"name\":\"SQL Basics\",\"type\":\"Course\",\"cost\":\"49\",\"skills\":\"SQL\"}\n");

    config =
        new ConfigLoader()
            .withOverrides(
                List.of(
                    "ingest.max-reject-ratio=0.9",
                    "input.postings.columns=Job ID=id, Job Title=title, Date=posted_date, Sector=industry, "
                        + "Salary Estimate=salary, Job Description=description, Company=company"))
            .build(in.toString(), out.toString(), LocalDate.of(2025, 6, 30));
    summary = new Pipeline(spark, config).runIngest();
  }

  /**
   * Quarantine reason by posting id (duplicates by "dup-of-" + the id they repeat, unparseable
   * lines by file).
   */
  private static Map<String, String> quarantineReasonById() {
    Map<String, String> out = new TreeMap<>();
    for (Row r :
        Stored.quarantine(out(), "postings")
            .withColumn(
                "id",
                regexp_extract(
                    coalesce(col("raw_record"), lit("")), "\"(?:id|Job ID)\":\"([^\"]+)\"", 1))
            .collectAsList()) {
      String id = r.getAs("id");
      String key =
          r.getAs("duplicate_of") != null
              ? "dup-of-" + r.getAs("duplicate_of")
              : id.isEmpty() ? r.<String>getAs("source_file") : id;
      out.merge(key, r.getAs("reason_code"), (a, b) -> a + "," + b);
    }
    System.out.println("quarantine: " + out);
    return out;
  }

  private static Path out() {
    return out;
  }

  @Test
  void everyBadRecordLandsInQuarantineWithItsReason() {
    Map<String, String> q = quarantineReasonById();
    assertEquals("MALFORMED_RECORD", q.get("truncated"), q.toString());
    assertEquals("INVALID_DATE", q.get("wrong-type-date"));
    assertEquals("INVALID_SALARY", q.get("wrong-type-salary"));
    assertEquals("MISSING_FIELD", q.get("no-description"));
    assertEquals("INVALID_DATE", q.get("impossible-date"));
    assertEquals("AFTER_RUN_DATE", q.get("future-date"));
    assertEquals("INVALID_SALARY", q.get("negative-salary"));
    assertEquals("INVALID_SALARY", q.get("absurd-salary"));
    assertEquals("TEXT_TOO_LONG", q.get("huge"));
    assertEquals(
        "MALFORMED_RECORD",
        q.get("bad-utf8"),
        "Spark's JSON reader refuses invalid UTF-8; the raw line is kept");
    assertEquals("MISSING_FIELD", q.get("csv-nodesc"), "a CSV without a description column");
    assertTrue(
        q.entrySet().stream()
            .anyMatch(
                en ->
                    en.getKey().contains("scraped.csv")
                        && en.getValue().equals("MALFORMED_RECORD")),
        "the CSV row with too few fields: " + q);
    assertTrue(
        q.get("dup-of-good-1").contains("DUPLICATE_ID"),
        "exact id and near-duplicate re-post: " + q);
  }

  @Test
  void acceptedRecordsAreCleanAndMapped() {
    Dataset<Row> postings = Stored.table(out, "postings");
    Map<String, Row> byId =
        postings.collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("posting_id"), r -> r));
    assertEquals(Set.of("good-1", "good-html", "unknown-sector", "csv-1"), byId.keySet());
    assertEquals(
        "Requirements\nJava & Kafka", byId.get("good-html").getAs("description"), "script dropped");
    assertEquals("unmapped", byId.get("unknown-sector").getAs("industry_source"));
    Row csv = byId.get("csv-1");
    assertEquals("Patient care, EHR;\nBLS certification required.", csv.getAs("description"));
    assertEquals("healthcare", csv.getAs("industry"));
    assertEquals("Mercy, Inc.", csv.getAs("company"));
    assertEquals(91_000.0, csv.<Double>getAs("salary_annual_max"));
  }

  @Test
  void countsReconcileExactly() {
    for (DatasetCounts d : summary.datasets()) {
      assertEquals(d.read(), d.accepted() + d.quarantined() + d.duplicates(), d.toString());
    }
    DatasetCounts p = summary.datasets().get(0);
    assertEquals(
        15 + 2 + 1,
        p.read(),
        "15 JSON lines, 2 CSV records (one broken), 1 CSV without description");
    assertEquals(4, p.accepted());
    assertEquals(2, p.duplicates(), "the second good-1 and the re-post");
    DatasetCounts e = summary.datasets().get(1);
    assertEquals(3, e.read());
    assertEquals(Map.of("INVALID_VALUE", 1L, "MALFORMED_RECORD", 1L), e.quarantinedByReason());
  }

  @Test
  void tooManyRejectsStopTheRunBeforeAnyReport() {
    PipelineConfig strict =
        new ConfigLoader()
            .build(in.toString(), tmp.resolve("strict-out").toString(), LocalDate.of(2025, 6, 30));
    SkillgapException e =
        assertThrows(SkillgapException.class, () -> new Pipeline(spark, strict).runAll());
    assertEquals(4, e.exitCode());
    assertTrue(e.getMessage().contains("Too many postings records were rejected"), e.getMessage());
    assertTrue(
        e.getMessage().contains("MISSING_FIELD"), "names the top reasons: " + e.getMessage());
    assertFalse(Files.exists(tmp.resolve("strict-out/reports")), "no report written");
    assertTrue(
        Files.exists(tmp.resolve("strict-out/quarantine/postings")),
        "the rejects are there to inspect");
  }

  @Test
  void encodingProblemsAreNamedInTheReason() {
    Row r =
        Stored.quarantine(out, "postings").filter(col("raw_record").contains("bad-utf8")).first();
    assertTrue(r.<String>getAs("reason").contains("UTF-8"), r.toString());
  }

  @Test
  void nothingPersonalReachesTheOutputFolder() throws Exception {
    // Raw bytes of every file (summary JSON, Parquet footers and pages)...
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(EMAIL), f.toString());
        assertFalse(text.contains(LEARNER), f.toString());
        assertFalse(text.contains("123-4567"), f.toString());
      }
    }
    // ...and every value of every Parquet table, decompressed.
    for (String dataset : List.of("postings", "enrollments")) {
      for (Dataset<Row> stored :
          List.of(Stored.table(out, dataset), Stored.quarantine(out, dataset))) {
        String all =
            String.join(
                "\n",
                stored.select(to_json(struct(col("*")))).as(Encoders.STRING()).collectAsList());
        assertFalse(all.contains(EMAIL), dataset);
        assertFalse(all.contains(LEARNER), dataset);
        assertFalse(all.contains("123-4567"), dataset);
      }
    }
  }

  @Test
  void ingestingTheSameFilesAgainDuplicatesNothing() {
    List<String> before =
        Stored.table(out, "postings")
            .select("posting_id")
            .orderBy("posting_id")
            .as(Encoders.STRING())
            .collectAsList();
    new Pipeline(spark, config).runIngest();
    List<String> after =
        Stored.table(out, "postings")
            .select("posting_id")
            .orderBy("posting_id")
            .as(Encoders.STRING())
            .collectAsList();
    assertEquals(before, after);
    assertEquals(3, Stored.table(out, "enrollments").count() + 2);
  }
}
