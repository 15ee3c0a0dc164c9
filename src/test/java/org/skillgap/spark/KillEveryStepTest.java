package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.publish.ReportPublisher;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;

/**
 * Fault injection: a run is killed between each pair of file operations of every warehouse write,
 * of a full refresh's switch and of publishing (KillPoints). After every kill the next night
 * recovers, no accepted row is lost or doubled, and a reader always sees a whole published night.
 */
class KillEveryStepTest {
  @TempDir Path tmp;
  private static final SparkSession spark = SharedSpark.get();

  @AfterEach
  void clear() {
    clearKillPoint();
  }

  private static void clearKillPoint() {
    System.clearProperty(KillPoints.PROPERTY);
    System.clearProperty(KillPoints.SUBJECT_PROPERTY);
  }

  /** A new postings file of {@code count} postings, each with an id and a text of its own. */
  static void postingsFile(Path in, int count) throws Exception {
    StringBuilder sb = new StringBuilder();
    int file;
    try (var files = Files.list(in.resolve("postings"))) {
      file = (int) files.count();
    }
    for (int i = 0; i < count; i++) {
      sb.append("{\"id\":\"f")
          .append(file)
          .append("-")
          .append(i)
          .append("\",\"title\":\"Data Engineer ")
          .append(file)
          .append("-")
          .append(i)
          .append("\",\"company\":\"Acme ")
          .append(file)
          .append(i)
          .append("\",\"posted_date\":\"2025-01-0")
          .append(1 + i % 5)
          .append(
              "\",\"industry\":\"Information Technology\",\"description\":\"Python and SQL for pipelines, posting ")
          .append(file)
          .append(" number ")
          .append(i)
          .append(", with a text of its own.\"}\n");
    }
    Files.writeString(in.resolve("postings/p" + file + ".jsonl"), sb.toString());
  }

  private static PipelineConfig night(Path in, String out, String date, List<String> settings) {
    return new ConfigLoader()
        .withOverrides(settings)
        .build(in.toString(), out, LocalDate.parse(date));
  }

  private static List<String> warehouseIds(String out) {
    return Stored.table(out, Tables.POSTINGS)
        .select(Schemas.POSTING_ID)
        .as(Encoders.STRING())
        .collectAsList()
        .stream()
        .sorted()
        .toList();
  }

  /** An empty input folder. */
  static Path input(Path folder) throws Exception {
    for (String dataset : List.of("postings", "enrollments", "credentials")) {
      Files.createDirectories(folder.resolve(dataset));
    }
    return folder;
  }

  @Test
  void aNightKilledAtAnyStepOfAWarehouseWriteLosesNothing() throws Exception {
    killEveryWarehouseStep(input(tmp.resolve("in")), tmp.resolve("out").toString(), List.of());
  }

  /**
   * Ingests a night, then kills each of the nights after it at every step of a warehouse batch's
   * write (and once in a quarantine write), twice per night: a new night, and its re-run. After
   * every kill the next run recovers; at the end no accepted row is lost or doubled and no version
   * is left that nothing names. The S3 test runs it with the output on S3.
   */
  static void killEveryWarehouseStep(Path in, String out, List<String> settings) throws Exception {
    postingsFile(in, 5);
    new Pipeline(spark, night(in, out, "2025-02-01", settings)).runIngest();
    List<String> accepted = new ArrayList<>(warehouseIds(out));
    int day = 2;
    // Every step of the warehouse's batch write; quarantine writes go through the same code, once
    // is enough.
    List<String[]> cases = new ArrayList<>();
    KillPoints.ALL.stream()
        .filter(p -> p.startsWith("replace:"))
        .forEach(p -> cases.add(new String[] {"warehouse/postings", p}));
    cases.add(new String[] {"quarantine/postings", "replace:committed"});
    for (String[] c : cases) {
      String subject = c[0];
      String point = c[1];
      // A new night, and a re-run of that night (which replaces its batch), each killed at the
      // point.
      String date = String.format("2025-02-%02d", day++);
      postingsFile(in, 2);
      for (int attempt = 0; attempt < 2; attempt++) {
        System.setProperty(KillPoints.PROPERTY, point);
        System.setProperty(KillPoints.SUBJECT_PROPERTY, subject);
        assertThrows(
            RuntimeException.class,
            () -> new Pipeline(spark, night(in, out, date, settings)).runIngest(),
            point);
        clearKillPoint();
        if (attempt == 0) {
          assertEquals(
              "success",
              new Pipeline(spark, night(in, out, date, settings)).runIngest().outcome(),
              point);
        }
      }
      assertEquals(
          "success",
          new Pipeline(spark, night(in, out, date, settings)).runIngest().outcome(),
          point);
      List<String> now = warehouseIds(out);
      assertEquals(now.size(), new HashSet<>(now).size(), point + ": no row doubled");
      assertTrue(now.containsAll(accepted), subject + " " + point + ": no accepted row lost");
      assertEquals(accepted.size() + 2, now.size(), point);
      accepted = new ArrayList<>(now);
      assertEquals(List.of(), unreferenced(out), point + ": nothing half-done left behind");
    }
  }

  @Test
  void aFullRefreshKilledAtAnyStepLeavesTheLiveWarehouse() throws Exception {
    killEveryRefreshStep(input(tmp.resolve("in")), tmp.resolve("out").toString(), List.of());
  }

  /**
   * Kills a full refresh before and after its switch, and in its first folder write; the next night
   * finds the whole warehouse each time, and a full refresh that finishes leaves only what its
   * pointer names. The S3 test runs it with the output on S3.
   */
  static void killEveryRefreshStep(Path in, String out, List<String> settings) throws Exception {
    postingsFile(in, 6);
    new Pipeline(spark, night(in, out, "2025-02-01", settings)).runIngest();
    List<String> accepted = warehouseIds(out);
    List<String> points =
        new ArrayList<>(KillPoints.ALL.stream().filter(p -> p.startsWith("refresh:")).toList());
    points.add("replace:committed");
    for (String point : points) {
      System.setProperty(KillPoints.PROPERTY, point);
      assertThrows(
          RuntimeException.class,
          () ->
              new Pipeline(spark, night(in, out, "2025-02-10", settings).withFullRefresh(true))
                  .runIngest(),
          point);
      clearKillPoint();
      // The next night, whatever it is, finds the whole warehouse.
      new Pipeline(spark, night(in, out, "2025-02-10", settings)).runIngest();
      assertEquals(accepted, warehouseIds(out), point);
    }
    new Pipeline(spark, night(in, out, "2025-02-11", settings).withFullRefresh(true)).runIngest();
    assertEquals(accepted, warehouseIds(out));
    assertEquals(List.of(), unreferenced(out));
  }

  /**
   * Versions no pointer names: a folder {@code _v-<id>} whose parent's {@code _CURRENT} holds
   * another id, or which has none. Listed through Hadoop's FileSystem, so on S3 as on local disk.
   */
  static List<String> unreferenced(String out) throws Exception {
    Storage storage = new Storage(spark);
    Set<String> versions = new TreeSet<>();
    for (String file : storage.files(out)) {
      for (String p = file; p.contains("/"); p = p.substring(0, p.lastIndexOf('/'))) {
        if (p.substring(p.lastIndexOf('/') + 1).startsWith("_v-")) {
          versions.add(p);
        }
      }
    }
    List<String> out2 = new ArrayList<>();
    for (String version : versions) {
      String parent = version.substring(0, version.lastIndexOf('/'));
      String id = storage.readTextIfPresent(Storage.join(parent, "_CURRENT"));
      if (id == null || !version.endsWith("/_v-" + id.trim())) {
        out2.add(version);
      }
    }
    return out2;
  }

  /** A report of {@code rows} rows in two industries. */
  private static Dataset<Row> report(long rows) {
    return spark.range(rows).selectExpr("IF(id % 2 = 0, 'tech', 'finance') AS industry", "id AS n");
  }

  @Test
  void aReaderAlwaysSeesAWholeNight() throws Exception {
    killEveryPublishStep(new Layout(tmp.resolve("out").toString()));
  }

  /**
   * Publishes three nights (a first, its re-run, the next) and a backfill into the catalog the
   * layout's session resolves, each after a run killed at every publish step, and checks that the
   * latest published night is whole after every kill. The S3 test runs it against a catalog on S3.
   */
  static void killEveryPublishStep(Layout layout) throws Exception {
    PublishedReports published = new PublishedReports(spark, layout);
    List<String> points = KillPoints.ALL.stream().filter(p -> p.startsWith("publish:")).toList();
    int run = 0;
    for (String date :
        List.of("2025-03-01", "2025-03-01", "2025-03-02")) { // a first night, its re-run, the next
      for (String point : points) {
        String runId = "run-" + run++;
        ReportPublisher killed = stagedRun(layout, runId, date, run);
        System.setProperty(KillPoints.PROPERTY, point);
        assertThrows(KillPoints.Killed.class, () -> killed.publish("<p>" + runId, 3, 60));
        System.clearProperty(KillPoints.PROPERTY);
        PublishedNight latest = assertWhole(published);
        boolean committed = points.indexOf(point) >= points.indexOf("publish:night-committed");
        assertEquals(committed, latest != null && latest.runId().equals(runId), point);
      }
      String runId = "run-" + run++;
      stagedRun(layout, runId, date, run).publish("<p>" + runId, 3, 60);
      assertEquals(runId, assertWhole(published).runId());
      // A table read without a tag shows the latest night too, once its run has finished.
      assertEquals(run, spark.table(published.catalog().table("b")).count());
    }
    // Backfill: an older night is published and tagged; the latest night and main stay later.
    PublishedNight latest = published.latest().orElseThrow();
    stagedRun(layout, "run-backfill", "2025-02-20", 100).publish("<p>run-backfill", 3, 60);
    assertEquals(latest.runId(), assertWhole(published).runId());
    assertEquals(100, published.read(published.run("2025-02-20"), "a").count());
    assertEquals(run, spark.table(published.catalog().table("a")).count());
  }

  /** A run that staged reports a and b, each of {@code rows} rows. */
  private static ReportPublisher stagedRun(Layout layout, String runId, String date, long rows) {
    ReportPublisher publisher = new ReportPublisher(spark, layout, runId, LocalDate.parse(date));
    publisher.stage("a", report(rows));
    publisher.stage("b", report(rows));
    return publisher;
  }

  /**
   * The latest published run is whole: both its reports of one run (the same row count) and its
   * dashboard page in place. Returns it; null when nothing is published yet.
   */
  private static PublishedNight assertWhole(PublishedReports published) throws Exception {
    PublishedNight latest = published.latest().orElse(null);
    if (latest == null) {
      return null; // nothing published yet: readers are told so
    }
    assertEquals(
        published.read(latest, "a").count(),
        published.read(latest, "b").count(),
        latest.runId() + " is whole");
    assertEquals(
        "<p>" + latest.runId(),
        new Storage(spark).readText(published.dashboard(latest)),
        latest.runId() + "'s dashboard");
    return latest;
  }
}
