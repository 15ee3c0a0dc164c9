package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.dashboard.Dashboard;
import org.skillgap.sample.SampleDataGenerator;
import org.skillgap.spark.report.DashboardBuilder;
import org.skillgap.spark.report.FactsCompactionTest;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Three incremental nights give the rows a full refresh of the same files gives, in every report:
 * the nights fold only their own batch into the per-batch facts (ReportFacts) and recompute only
 * the salary medians of the cells they touch (SalaryMedians), and the merge must be exact.
 *
 * <p>The warehouse is small enough (under 50 postings placed by title or label) that the industry
 * classifier's shipped model places the rest in both runs: a classifier trained on more postings
 * may place old postings elsewhere, which is why a retrained model rebuilds every batch's facts.
 */
class IncrementalReportsTest {

  @TempDir static Path tmp;
  private static final SparkSession spark = SharedSpark.get();

  // Thresholds low enough that a small warehouse fills every report; at most two nights' facts in
  // their own
  // folders, so the nights below merge older facts into groups (FactsFolders.compact).
  private static final String[] SMALL = {
    "report.min-postings=1",
    "report.min-demand-share=0.01",
    "report.bundle-min-support=0.05",
    "report.bundle-min-confidence=0.2",
    "report.facts-loose-batches=2"
  };

  private static PipelineConfig config(Path in, Path out, LocalDate date) {
    return new ConfigLoader()
        .withOverrides(List.of(SMALL))
        .build(in.toString(), out.toString(), date);
  }

  /**
   * A night's new postings (and their enrollments) under fresh ids; dates moved to {@code date} if
   * given.
   */
  private static void addNight(Path in, String name, int postings, long seed, String date)
      throws Exception {
    Path gen = tmp.resolve("gen-" + name);
    new SampleDataGenerator(seed).write(gen, new SampleDataGenerator.Size(postings, 10));
    String text =
        Files.readString(gen.resolve("postings/postings.jsonl"))
            .replace("\"id\":\"post-", "\"id\":\"" + name + "-");
    if (date != null) {
      text = text.replaceAll("\"posted_date\":\"[^\"]*\"", "\"posted_date\":\"" + date + "\"");
    }
    Files.writeString(in.resolve("postings/" + name + ".jsonl"), text);
    try (var files = Files.list(gen.resolve("enrollments"))) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve("enrollments/" + name + "-" + f.getFileName()));
      }
    }
  }

  /** Every row of every report of the latest night, as sorted JSON lines. */
  private static List<String> rows(Path out) {
    List<String> rows = new ArrayList<>();
    for (String name : ReportRegistry.NAMES) {
      rows.addAll(
          Published.report(out, null, name).toJSON().collectAsList().stream()
              .map(j -> name + " " + j)
              .sorted()
              .toList());
    }
    return rows;
  }

  /**
   * The dashboard's totals, read from footers and kept enrollment cells, are the warehouse's own
   * counts.
   */
  private static void assertDashboardCountsTheWarehouse(Path out) {
    // After a full refresh the live warehouse is the version warehouse/_CURRENT names.
    Layout layout = Layout.live(new Storage(spark), out.toString());
    Warehouse warehouse = new Warehouse(spark, layout);
    Dashboard.RunFacts facts = DashboardBuilder.facts(spark, layout, LocalDate.of(2026, 1, 5));
    assertEquals(warehouse.table(Tables.POSTINGS).count(), facts.postings());
    assertEquals(warehouse.enrollments().count(), facts.enrollments());
    assertTrue(facts.enrollments() > 0);
  }

  @Test
  void threeIncrementalNightsGiveTheRowsOfOneFullRefresh() throws Exception {
    Path in = tmp.resolve("in");
    Path nightly = tmp.resolve("nightly");
    new SampleDataGenerator(17).write(in, SampleDataGenerator.Size.ofPostings(30));
    RunSummary first = new Pipeline(spark, config(in, nightly, LocalDate.of(2026, 1, 1))).runAll();
    assertEquals(1, first.factsBatchesFolded());

    // Night 2: postings of one recent day, as a feed delivers them: only that day's cells are
    // touched.
    addNight(in, "n2", 6, 71, "2025-12-15");
    RunSummary second = new Pipeline(spark, config(in, nightly, LocalDate.of(2026, 1, 2))).runAll();
    assertEquals(1, second.factsBatchesFolded(), "only the new batch is folded");
    String medians = second.toJson();
    assertFalse(medians.contains("\"medians_recomputed\": \"all\""), medians);
    // Night 3: postings back-dated across the years, touching old cells too.
    addNight(in, "n3", 6, 72, null);
    assertEquals(
        1,
        new Pipeline(spark, config(in, nightly, LocalDate.of(2026, 1, 3)))
            .runAll()
            .factsBatchesFolded());
    // Night 4: more of the recent day.
    addNight(in, "n4", 6, 73, "2025-12-16");
    assertEquals(
        1,
        new Pipeline(spark, config(in, nightly, LocalDate.of(2026, 1, 4)))
            .runAll()
            .factsBatchesFolded());
    // Night 3 left three nights' folders, one more than allowed: the two oldest were merged into a
    // group.
    assertEquals(
        List.of(
            "group=2026-01-01_2026-01-02", "ingest_batch=2026-01-03", "ingest_batch=2026-01-04"),
        FactsCompactionTest.folders(nightly));

    // An old night run again rewrites its batch: the group it is in no longer stands for it, so
    // both of the
    // group's nights are folded again (the other one has no folder of its own left), and merged
    // again with
    // night 3 (four nights' own folders, all but the newest one merged).
    RunSummary rerun = new Pipeline(spark, config(in, nightly, LocalDate.of(2026, 1, 2))).runAll();
    assertEquals(
        2, rerun.factsBatchesFolded(), "the re-run night and the other member of its group");
    assertEquals(
        List.of("group=2026-01-01_2026-01-03", "ingest_batch=2026-01-04"),
        FactsCompactionTest.folders(nightly));
    // The re-run published a back-dated snapshot; a later night with no new files publishes from
    // these facts
    // (folding only its own empty batch).
    assertEquals(
        1,
        new Pipeline(spark, config(in, nightly, LocalDate.of(2026, 1, 5)))
            .runAll()
            .factsBatchesFolded());
    List<String> incremental = rows(nightly);
    assertDashboardCountsTheWarehouse(nightly);

    Path full = tmp.resolve("full");
    RunSummary refresh =
        new Pipeline(spark, config(in, full, LocalDate.of(2026, 1, 5)).withFullRefresh(true))
            .runAll();
    assertEquals(
        1, refresh.factsBatchesFolded(), "a full refresh ingests every file into one batch");
    List<String> once = rows(full);
    assertDashboardCountsTheWarehouse(full);

    assertTrue(once.size() > 200, "every report has rows: " + once.size());
    for (String report : ReportRegistry.NAMES) {
      assertTrue(once.stream().anyMatch(r -> r.startsWith(report + " ")), report + " is empty");
    }
    List<String> onlyFull = new ArrayList<>(once);
    onlyFull.removeAll(incremental);
    List<String> onlyNightly = new ArrayList<>(incremental);
    onlyNightly.removeAll(once);
    assertTrue(
        onlyFull.isEmpty() && onlyNightly.isEmpty() && once.size() == incremental.size(),
        () ->
            String.format(
                "%d rows only in the full refresh, %d only after the nights; first of each:%n%s%n%s",
                onlyFull.size(),
                onlyNightly.size(),
                onlyFull.stream().limit(3).toList(),
                onlyNightly.stream().limit(3).toList()));
  }
}
