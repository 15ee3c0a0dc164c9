package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.ingest.Manifest;

/**
 * A changed file that fails validation keeps its old rows; a backfill never marks a file done too
 * early.
 */
class IngestSafetyTest {
  @TempDir Path tmp;
  private static final SparkSession spark = SharedSpark.get();

  private static String posting(String id, String date) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"Data Engineer "
        + id
        + "\",\"company\":\"Acme "
        + id
        + "\",\"posted_date\":\""
        + date
        + "\",\"industry\":\"Information Technology\",\"description\":\"Python and SQL for "
        + id
        + ".\"}\n";
  }

  private Path input() throws Exception {
    Path in = tmp.resolve("in");
    for (String d : List.of("postings", "enrollments", "credentials")) {
      Files.createDirectories(in.resolve(d));
    }
    return in;
  }

  private PipelineConfig night(Path in, String date) {
    return new ConfigLoader()
        .build(in.toString(), tmp.resolve("out").toString(), LocalDate.parse(date));
  }

  private long warehousePostings() {
    return Stored.table(tmp.resolve("out"), "postings").count();
  }

  @Test
  void aChangedFileThatFailsValidationKeepsItsOldRows() throws Exception {
    Path in = input();
    Path file = in.resolve("postings/a.jsonl");
    Files.writeString(
        file,
        posting("a1", "2025-01-02") + posting("a2", "2025-01-03") + posting("a3", "2025-01-04"));
    new Pipeline(spark, night(in, "2025-02-01")).runIngest();
    assertEquals(3, warehousePostings());

    Files.writeString(file, "{\"id\":\"a1\",\"title\n{broken\n{\"also\":\"broken\n");
    SkillgapException e =
        assertThrows(
            SkillgapException.class,
            () -> new Pipeline(spark, night(in, "2025-02-02")).runIngest());
    assertEquals(4, e.exitCode(), e.getMessage());
    assertEquals(
        3, warehousePostings(), "the old version's rows stay until a new version is accepted");
  }

  @Test
  void aBackfilledNightLeavesFutureRecordsForALaterNight() throws Exception {
    Path in = input();
    Files.writeString(
        in.resolve("postings/late.jsonl"),
        posting("b1", "2025-01-10") + posting("b2", "2025-03-10"));
    RunSummary backfill = new Pipeline(spark, night(in, "2025-02-01")).runIngest();
    assertEquals(1, backfill.datasets().get(0).quarantinedByReason().get("AFTER_RUN_DATE"));
    Manifest manifest =
        Manifest.parse(Files.readString(tmp.resolve("out/warehouse/_manifest.jsonl")));
    assertTrue(
        manifest.entries().isEmpty(),
        "the file is not marked done while it holds a record from the future");
    assertEquals(1, warehousePostings());

    new Pipeline(spark, night(in, "2025-03-15")).runIngest();
    assertEquals(
        2, warehousePostings(), "the later night ingests it, and does not double the first");
    assertEquals(
        1,
        Manifest.parse(Files.readString(tmp.resolve("out/warehouse/_manifest.jsonl")))
            .entries()
            .size());
  }

  @Test
  void aFileBeyondTheLimitsIsRefusedAndTheNightGoesOn() throws Exception {
    Path in = input();
    Files.writeString(
        in.resolve("postings/good.jsonl"),
        posting("g1", "2025-01-02") + posting("g2", "2025-01-03"));
    // A CSV header wider than the parser's 20,480 columns (it failed the whole night before), and a
    // gzipped line of 20 MB (a bomb in miniature: 20 kB compressed).
    Files.writeString(
        in.resolve("postings/wide.csv"), "id," + "c,".repeat(25_000) + "title\n1,x,Engineer\n");
    try (var gz =
        new GZIPOutputStream(Files.newOutputStream(in.resolve("postings/giant.jsonl.gz")))) {
      gz.write(("{\"id\":\"x\",\"description\":\"" + "a".repeat(20 << 20) + "\"}\n").getBytes());
    }
    RunSummary s =
        new Pipeline(
                spark,
                new ConfigLoader()
                    .withOverrides(List.of("ingest.max-reject-ratio=0.9"))
                    .build(
                        in.toString(),
                        tmp.resolve("out").toString(),
                        LocalDate.parse("2025-02-01")))
            .runIngest();
    assertEquals("success", s.outcome());
    assertEquals(2, warehousePostings());
    List<Row> q =
        Stored.quarantine(tmp.resolve("out"), "postings")
            .filter("reason like 'the whole file was refused%'")
            .collectAsList();
    assertEquals(2, q.size(), q.toString());
    assertTrue(
        q.stream()
            .anyMatch(
                r ->
                    r.<String>getAs("source_file").endsWith("wide.csv")
                        && r.<String>getAs("reason").contains("CSV columns")),
        q.toString());
    assertTrue(
        q.stream()
            .anyMatch(
                r ->
                    r.<String>getAs("source_file").endsWith("giant.jsonl.gz")
                        && r.<String>getAs("reason").contains("longer than")),
        q.toString());
  }

  @Test
  void twoNightsStartedTogetherOneRunsAndTheOtherExits5() throws Exception {
    Path in = input();
    Files.writeString(
        in.resolve("postings/a.jsonl"), posting("t1", "2025-01-02") + posting("t2", "2025-01-03"));
    Pipeline first = new Pipeline(spark, night(in, "2025-02-01"));
    Pipeline second = new Pipeline(spark, night(in, "2025-02-01"));
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> runs = new ArrayList<>();
      for (Pipeline p : List.of(first, second)) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return p.runIngest().outcome();
                  } catch (SkillgapException e) {
                    return e.exitCode();
                  }
                }));
      }
      List<Object> outcomes = List.of(runs.get(0).get(), runs.get(1).get());
      assertTrue(outcomes.contains("success") && outcomes.contains(5), outcomes.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, warehousePostings());
  }
}
