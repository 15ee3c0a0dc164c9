package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.console.Console;
import org.skillgap.core.dashboard.DashboardPage;
import org.skillgap.core.error.Errors;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.common.Concurrently;
import org.skillgap.spark.publish.ReportPublisher;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * The report stage: places the postings by industry, folds the new or changed postings batches into
 * their facts and updates the states kept between nights, stages every registered report, builds
 * the dashboard from the staged reports, and publishes them all in one snapshot. It reads the
 * warehouse the ingest and extract stages wrote.
 */
public final class ReportStage {

  /**
   * The stage's steps on the console: placing postings, folding facts, the staging of the reports
   * (one step as a group, one per report), the dashboard.
   */
  public static final int STEPS = 3 + ReportRegistry.ALL.size() + 1;

  /**
   * @param mentions rows of the mentions table the reports were built from
   * @param rows rows of the staged reports
   */
  public record Result(long mentions, long rows) {}

  /** The postings with their industry (checkpointed) and how they were placed. */
  private record PlacedPostings(Dataset<Row> postings, IndustryPlacement.Outcome outcome) {}

  /**
   * The stale batches folded into their facts, each batch's facts id, what compaction did and the
   * night's merged facts.
   */
  private record FoldedFacts(
      List<LocalDate> stale,
      Map<LocalDate, String> ids,
      FactsFolders.Compaction compaction,
      ReportFacts.Merged merged) {}

  /** What the reports are built from besides the catalogue: the merged facts and kept states. */
  private record KeptStates(
      ReportFacts.Merged facts,
      SalaryMedians.Update medians,
      BundleCounts.Update bundles,
      Dataset<Row> enrollmentCells) {}

  private final SparkSession spark;
  private final PipelineConfig config;
  private final Layout layout;
  private final Warehouse warehouse;
  private final Taxonomy taxonomy;

  /**
   * @param layout where the warehouse is read and the reports published: the live one, or a full
   *     refresh's new one beside it
   */
  public ReportStage(SparkSession spark, PipelineConfig config, Layout layout, Taxonomy taxonomy) {
    this.spark = spark;
    this.config = config;
    this.layout = layout;
    this.warehouse = new Warehouse(spark, layout);
    this.taxonomy = taxonomy;
  }

  /** Runs the stage; its figures go to {@code progress} as they are reached. */
  public Result run(ReportProgress progress) {
    long t0 = System.nanoTime();
    Console.get().step("placing postings by industry");
    requireEarlierStages();
    Dataset<Row> postings = warehouse.table(Tables.POSTINGS);
    Dataset<Row> mentions = demandMentions();
    Dataset<Row> credentials = warehouse.credentials();
    String runId = runId();
    ReportPublisher publisher = new ReportPublisher(spark, layout, runId, config.run().date());
    long rows;
    try {
      KeptStates kept = keepStates(postings, mentions, progress, t0);
      rows = stageReports(publisher, kept, credentials);
      KillPoints.reached("report:staged");
      // The dashboard is built from the staged reports and published with them, in one commit.
      progress.staged();
      publishWithDashboard(publisher);
    } catch (SkillgapException e) {
      throw e;
    } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown from Scala
      throw Errors.runFailed("report", e);
    }
    // From the mentions' footers (the files Spark reads), not a scan of every batch.
    return new Result(warehouse.rows(Tables.MENTIONS), rows);
  }

  private void requireEarlierStages() {
    if (warehouse.batches(Tables.POSTINGS).isEmpty()) {
      throw Errors.missingStageOutput(
          Tables.POSTINGS.name(), layout.warehouse(Tables.POSTINGS), "ingest");
    }
    if (warehouse.batches(Tables.MENTIONS).isEmpty()) {
      throw Errors.missingStageOutput(
          Tables.MENTIONS.name(), layout.warehouse(Tables.MENTIONS), "extract");
    }
  }

  /**
   * The mentions the reports count: emerging phrases and template sentences left out (the facts
   * read them from the batches' own mentions), and only the columns the reports read; ingest_batch
   * (the partition) lets a night read its new batches' alone.
   */
  private Dataset<Row> demandMentions() {
    return warehouse
        .table(Tables.MENTIONS)
        .filter(col(SKILL_TYPE).notEqual(Schemas.EMERGING_SKILL_TYPE))
        .filter(Schemas.outsideTemplates())
        .select(POSTING_ID, SKILL_ID, SKILL_TYPE, "requirement", StoredTable.BATCH);
  }

  /** A staging folder name never used before, even by a second run of the same night. */
  private String runId() {
    return config.run().date()
        + "-"
        + Instant.now().toEpochMilli()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Places the postings, folds the facts and updates the three kept states, each a few small jobs
   * on a night, started as soon as their inputs are there: enrollment cells read the enrollments
   * alone, so they are counted while the postings are placed; medians read the placed postings and
   * their mentions, not the facts, so they are computed while the new batch's facts are folded;
   * bundle counts read the folded facts.
   */
  private KeptStates keepStates(
      Dataset<Row> postings, Dataset<Row> mentions, ReportProgress progress, long t0) {
    Concurrently.Task<Dataset<Row>> enrollmentCells =
        Concurrently.start(() -> EnrollmentCells.update(spark, layout, warehouse));
    try {
      PlacedPostings placed = place(postings, t0);
      Console.get().step("folding the night's facts");
      IndustryPlacement.Outcome outcome = placed.outcome();
      progress.placed(
          new ReportProgress.Placement(
              outcome.score(),
              outcome.note(),
              outcome.trained(),
              outcome.textBatches(),
              placedBy(placed.postings())));
      return fold(placed, mentions, enrollmentCells, progress);
    } finally { // after a failure, nothing of this stage writes once it has returned
      enrollmentCells.await();
    }
  }

  private PlacedPostings place(Dataset<Row> postings, long t0) {
    IndustryPlacement.Outcome outcome =
        IndustryPlacement.place(
            spark,
            layout,
            warehouse,
            postings,
            config.reports().classifyMinConfidence(),
            config.reports().classifyRetrainGrowth(),
            taxonomy.version(),
            config.run().date());
    // Checkpointed, not just cached: the plan would otherwise carry the classifier model
    // (megabytes) into every task of every report. Descriptions are left behind: no report reads
    // them, and they are most of a posting's bytes.
    Dataset<Row> placed =
        outcome
            .postings()
            .select(
                POSTING_ID,
                INDUSTRY,
                "industry_source",
                "posted_date",
                "title",
                "salary_currency",
                "salary_annual_min",
                "salary_annual_max",
                "degree_required",
                "experience_instead",
                "certificate_instead",
                "min_years",
                "certifications_required",
                "certifications_preferred",
                StoredTable.BATCH)
            .localCheckpoint();
    Console.get()
        .detail(
            String.format(
                "report industry classifier %s and applied in %.1f s",
                outcome.trained() ? "trained" : "reused", seconds(t0)));
    return new PlacedPostings(placed, outcome);
  }

  /** Per industry, how many postings each source placed there: at most five by five. */
  private static Map<String, Map<String, Long>> placedBy(Dataset<Row> placed) {
    return IndustryClassifier.countsByIndustry(placed, "industry_source");
  }

  /**
   * Folds the stale batches into their facts and updates the salary medians and bundle counts;
   * joins the enrollment cells started before the postings were placed.
   */
  private KeptStates fold(
      PlacedPostings placed,
      Dataset<Row> mentions,
      Concurrently.Task<Dataset<Row>> enrollmentCells,
      ReportProgress progress) {
    long t0 = System.nanoTime();
    Map<LocalDate, String> ids =
        FactsFolders.inputIds(
            warehouse.storage(),
            layout,
            warehouse.batches(Tables.POSTINGS),
            taxonomy.version() + " " + placed.outcome().modelId());
    Concurrently.Task<SalaryMedians.Update> medians =
        Concurrently.start(
            () -> SalaryMedians.update(spark, layout, ids, placed.postings(), mentions));
    FoldedFacts facts;
    KeptStates kept;
    try {
      facts = foldFacts(placed.postings(), ids);
      BundleCounts.Update bundles = countBundles(ids, facts.merged(), placed.postings(), mentions);
      kept = new KeptStates(facts.merged(), medians.join(), bundles, enrollmentCells.join());
    } finally { // after a failure, nothing of this stage writes once it has returned
      medians.await();
    }
    SalaryMedians.Update done = kept.medians();
    progress.folded(
        new ReportProgress.Folding(
            facts.stale().size(), ids.size(), done.all(), done.cellsRecomputed()));
    printFolding(facts, kept, t0);
    return kept;
  }

  private FoldedFacts foldFacts(Dataset<Row> placed, Map<LocalDate, String> ids) {
    List<LocalDate> stale = FactsFolders.foldStale(spark, layout, placed, ids);
    FactsFolders.Compaction compaction =
        FactsFolders.compact(spark, layout, ids, config.reports().factsLooseBatches());
    return new FoldedFacts(stale, ids, compaction, FactsFolders.read(spark, layout, ids));
  }

  private BundleCounts.Update countBundles(
      Map<LocalDate, String> ids,
      ReportFacts.Merged facts,
      Dataset<Row> placed,
      Dataset<Row> mentions) {
    return BundleCounts.update(
        spark,
        layout,
        ids,
        facts,
        placed,
        mentions,
        config.reports().bundleTopSkills(),
        config.reports().bundleMaxSize());
  }

  private static void printFolding(FoldedFacts facts, KeptStates kept, long t0) {
    FactsFolders.Compaction compaction = facts.compaction();
    int recounted = kept.bundles().industriesRecounted();
    Console.get()
        .detail(
            String.format(
                "report facts of %d of %d batches folded (read from %d group and %d night "
                    + "folders%s), medians %s, bundles of %d industr%s recounted, in %.1f s",
                facts.stale().size(),
                facts.ids().size(),
                compaction.groups(),
                compaction.loose(),
                compaction.merged().isEmpty()
                    ? ""
                    : ", " + compaction.merged().size() + " nights merged into a group",
                kept.medians().all()
                    ? "all recomputed"
                    : kept.medians().cellsRecomputed() + " cells recomputed",
                recounted,
                recounted == 1 ? "y" : "ies",
                seconds(t0)));
  }

  /** Stages every registered report; returns their rows. */
  private long stageReports(ReportPublisher publisher, KeptStates kept, Dataset<Row> credentials) {
    Console.get().step("staging " + ReportRegistry.ALL.size() + " reports");
    Dataset<Row> credentialSkills =
        CredentialSkills.of(spark, credentials, taxonomy).persist(StorageLevel.MEMORY_AND_DISK());
    ReportInputs inputs =
        new ReportInputs(
            spark,
            taxonomy,
            config.reports(),
            config.run().date(),
            config.reports().minPostings(),
            kept.facts(),
            kept.medians().medians(),
            kept.bundles(),
            ReportInputs.catalogue(credentials),
            ReportInputs.coverage(credentialSkills),
            kept.enrollmentCells().cache(),
            new ReportInputs.SharedViews());
    long rows = 0;
    // Staged side by side (Concurrently): each report is a few small jobs over the merged facts.
    for (long staged :
        Concurrently.map(
            ReportRegistry.ALL,
            report -> {
              long reportRows = publisher.stage(report.name(), report.build().apply(inputs));
              Console.get().stepDone();
              return reportRows;
            })) {
      rows += staged;
    }
    return rows;
  }

  private void publishWithDashboard(ReportPublisher publisher) {
    Console.get().step("building and publishing the dashboard");
    long t0 = System.nanoTime();
    String html =
        DashboardPage.render(
            DashboardBuilder.build(
                spark,
                publisher.staged(),
                DashboardBuilder.facts(spark, layout, config.run().date())));
    long tp = System.nanoTime();
    publisher.publish(html, config.publish().keepRuns(), config.publish().retentionGraceMinutes());
    Console.get()
        .detail(
            String.format(
                "report dashboard built in %.1f s, published in %.1f s",
                (tp - t0) / 1e9, seconds(tp)));
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
