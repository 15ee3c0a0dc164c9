package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.Table;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.sample.SampleDataGenerator;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.report.IndustryPlacement;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/** Night after night on one warehouse: incremental, idempotent, atomic, locked, recoverable. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyRefreshTest {

  @TempDir static Path tmp;
  private static final SparkSession spark = SharedSpark.get();
  private static Path in;
  private static Path out;
  private static Layout layout;
  private static List<String> firstNight;
  private static double fullSeconds;

  static final LocalDate D1 = LocalDate.of(2026, 1, 1);
  static final LocalDate D2 = LocalDate.of(2026, 1, 2);
  static final LocalDate D3 = LocalDate.of(2026, 1, 3);
  static final LocalDate D4 = LocalDate.of(2026, 1, 4);

  private static PipelineConfig config(LocalDate date, String... overrides) {
    return new ConfigLoader()
        .withOverrides(List.of(overrides))
        .build(in.toString(), out.toString(), date);
  }

  private static RunSummary night(LocalDate date, String... overrides) {
    return new Pipeline(spark, config(date, overrides)).runAll();
  }

  private static PublishedReports published() {
    return new PublishedReports(spark, layout);
  }

  private static LocalDate latestNight() {
    return published().latest().orElseThrow().night();
  }

  /** Every row of every report of a published run (a night or a run id), as sorted text. */
  private static List<String> reportRows(String run) {
    List<String> rows = new ArrayList<>();
    PublishedNight night = published().run(run);
    for (String name : ReportRegistry.NAMES) {
      rows.addAll(
          published().read(night, name).toJSON().collectAsList().stream()
              .map(j -> name + " " + j)
              .sorted()
              .toList());
    }
    return rows;
  }

  private static long warehousePostings() {
    return Stored.table(out, "postings").count();
  }

  private static void newPostingsFile(String name, int count, long seed) throws Exception {
    Path gen = tmp.resolve("gen-" + name);
    new SampleDataGenerator(seed).write(gen, new SampleDataGenerator.Size(count, 10));
    // Fresh ids so they are new postings, not duplicates of the first night's.
    String text =
        Files.readString(gen.resolve("postings/postings.jsonl"))
            .replace("\"id\":\"post-", "\"id\":\"" + name + "-");
    Files.writeString(in.resolve("postings/" + name + ".jsonl"), text);
  }

  @BeforeAll
  static void firstNight() throws Exception {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    layout = new Layout(out.toString());
    new SampleDataGenerator(21).write(in, SampleDataGenerator.Size.ofPostings(250));
    long t0 = System.nanoTime();
    RunSummary s = night(D1);
    fullSeconds = (System.nanoTime() - t0) / 1e9;
    assertEquals("success", s.outcome());
    assertEquals(
        Boolean.TRUE, s.classifierTrained(), "the first night trains the industry classifier");
    firstNight = reportRows(D1.toString());
  }

  @Test
  @Order(1)
  void rerunningTheSameDateGivesTheSameRows() {
    long before = warehousePostings();
    RunSummary again = night(D1);
    assertEquals(3, again.filesIngested(), "its own night's files are redone");
    assertEquals(before, warehousePostings(), "no duplicates");
    // Published as a run of its own beside the first, never over it: the night reads the newest
    // run, and the first stays readable for the grace period.
    List<PublishedNight> runs = published().runs();
    PublishedNight latest = runs.get(0);
    PublishedNight first = runs.get(1);
    assertEquals(List.of(D1, D1), List.of(latest.night(), first.night()));
    assertNotEquals(first.runId(), latest.runId());
    assertEquals(firstNight, reportRows(latest.runId()));
    assertEquals(firstNight, reportRows(first.runId()));
    assertEquals(latest.runId(), published().run(D1.toString()).runId());
  }

  @Test
  @Order(2)
  void aNightWithOnePercentNewPostingsProcessesOnlyThose() throws Exception {
    long before = warehousePostings();
    newPostingsFile("night2", 4, 99);
    long t0 = System.nanoTime();
    RunSummary s = night(D2);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(1, s.filesIngested());
    RunSummary.Stage extract =
        s.stages().stream().filter(x -> x.name().equals("extract")).findFirst().orElseThrow();
    assertEquals(
        4,
        extract.recordsIn(),
        "only the new postings go through NLP (4 new on about 250 is 1.6 %)");
    assertEquals(before + 4, warehousePostings());
    assertEquals(
        Boolean.FALSE,
        s.classifierTrained(),
        "4 more placed postings on about 250 is under 10 % growth");
    assertTrue(s.classifierTextBatches() <= 1, "at most tonight's batch is read for classifying");
    System.out.printf(
        "[figures] full night %.1f s, 1%% incremental night %.1f s%n", fullSeconds, seconds);
  }

  @Test
  @Order(3)
  void aNightWithNoNewPostingsTrainsNoClassifierAndReadsNoOldText() {
    // The report stage's placement on the warehouse as night 2 left it (not published: later tests
    // count snapshots).
    Warehouse warehouse = new Warehouse(spark, layout);
    IndustryPlacement.Outcome o =
        IndustryPlacement.place(
            spark,
            layout,
            warehouse,
            warehouse.table(Tables.POSTINGS),
            0.6,
            0.1,
            Taxonomy.builtin().version(),
            D2);
    assertFalse(o.trained());
    assertEquals(0, o.textBatches(), "every posting to classify already has its prediction");
    assertNotNull(o.score(), "the model's held-out score is carried over: " + o.note());
    assertEquals(warehousePostings(), o.postings().count(), "every posting placed");
    assertEquals(0, o.postings().filter("industry is null").count());
  }

  @Test
  @Order(4)
  void aRunKilledBeforePublishingLeavesThePreviousReports() throws Exception {
    newPostingsFile("night3", 4, 98);
    List<String> published = reportRows(D2.toString());
    System.setProperty(KillPoints.PROPERTY, "stage:after-extract");
    try {
      assertThrows(RuntimeException.class, () -> night(D3));
    } finally {
      System.clearProperty(KillPoints.PROPERTY);
    }
    assertEquals(D2, latestNight());
    assertEquals(published, reportRows(D2.toString()), "previous reports readable and intact");
    assertFalse(Files.exists(out.resolve("_lock")), "the lock is released");
    assertTrue(
        Files.readString(out.resolve("runs/" + D3 + "/summary.json"))
            .contains("\"outcome\": \"failed"));

    RunSummary s = night(D3);
    assertEquals("success", s.outcome());
    assertEquals(D3, latestNight());
    // Time travel, as a reader outside skillgap does it: the previous night by its tag, and the
    // table as it stood when this night was published (its main branch moves just after).
    String demand = published().catalog().table("skill_demand");
    String asPublished =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC)
            .format(published().latest().orElseThrow().publishedAt());
    List<String> previous =
        published()
            .read(published().run(D2.toString()), "skill_demand")
            .toJSON()
            .collectAsList()
            .stream()
            .sorted()
            .toList();
    for (String query :
        List.of(
            "SELECT * FROM " + demand + " VERSION AS OF 'night-" + D2 + "'",
            "SELECT * FROM " + demand + " TIMESTAMP AS OF '" + asPublished + "'")) {
      assertEquals(
          previous, spark.sql(query).toJSON().collectAsList().stream().sorted().toList(), query);
    }
    assertNotEquals(
        previous,
        spark.table(demand).toJSON().collectAsList().stream().sorted().toList(),
        "the table itself is the new night");
  }

  @Test
  @Order(5)
  void aSecondRunRefusesWhileOneHoldsTheLockButTakesOverAStaleOne() throws Exception {
    Storage storage = new Storage(spark);
    assertTrue(
        storage.createExclusive(layout.lock(), "run nightly 2026-01-04, host elsewhere, pid 42"));
    SkillgapException e = assertThrows(SkillgapException.class, () -> night(D4));
    assertEquals(5, e.exitCode());
    assertTrue(e.getMessage().contains("host elsewhere, pid 42"), e.getMessage());

    assertTrue(
        out.resolve("_lock").toFile().setLastModified(System.currentTimeMillis() - 3_600_000));
    // Any stage takes the same lock; ingest alone keeps the test short.
    assertEquals("success", new Pipeline(spark, config(D4)).runIngest().outcome());
    assertFalse(Files.exists(out.resolve("_lock")));
  }

  @Test
  @Order(6)
  void aChangedFileReplacesWhatItContributedBefore() throws Exception {
    Path file = in.resolve("postings/night2.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.add(
        "{\"id\":\"night2-extra\",\"title\":\"Flight Instructor\",\"company\":\"Skyward\","
            + "\"posted_date\":\"2025-11-02\",\"industry\":\"Education\",\"description\":\"Lesson planning and "
            + "classroom management for ground school; a teaching license is required.\"}");
    Files.write(file, lines);
    long before = warehousePostings();
    RunSummary s = new Pipeline(spark, config(LocalDate.of(2026, 1, 5))).runIngest();
    assertEquals(1, s.filesIngested());
    assertEquals(before + 1, warehousePostings(), "the file's old rows replaced, not added twice");
    assertEquals(5, Stored.table(out, "postings").filter("posting_id like 'night2%'").count());
  }

  @Test
  @Order(7)
  void fullRefreshRebuildsAndRetentionKeepsTheLatestSnapshots() {
    long before = warehousePostings();
    RunSummary s =
        new Pipeline(
                spark,
                config(
                        LocalDate.of(2026, 1, 6),
                        "publish.keep-runs=2",
                        "publish.retention-grace-minutes=0")
                    .withFullRefresh(true))
            .runAll();
    assertEquals(s.filesIngested(), 5, "every input file");
    assertEquals(before, warehousePostings());
    assertEquals(
        List.of(LocalDate.of(2026, 1, 6), D3),
        published().runs().stream().map(PublishedNight::night).toList(),
        "nights 4 and 5 ran ingest only");
    // Retention is snapshot expiry: the forgotten nights' tags are gone, and with them every
    // snapshot no branch or tag holds.
    Table demand = published().catalog().load("skill_demand");
    assertEquals(Set.of("main", "night-2026-01-03", "night-2026-01-06"), demand.refs().keySet());
    Set<Long> held = new HashSet<>();
    demand.refs().values().forEach(ref -> held.add(ref.snapshotId()));
    List<Long> left = new ArrayList<>();
    demand.snapshots().forEach(snapshot -> left.add(snapshot.snapshotId()));
    assertEquals(held, new HashSet<>(left));
    assertEquals(1, Stored.table(out, "postings").select("ingest_batch").distinct().count());
    assertEquals(
        "2026-01-06",
        Stored.table(out, "postings")
            .select("ingest_batch")
            .distinct()
            .as(Encoders.STRING())
            .first());
  }
}
