package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.console.Console;
import org.skillgap.core.error.Errors;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.common.Concurrently;
import org.skillgap.spark.extract.ExtractStage;
import org.skillgap.spark.ingest.IngestStage;
import org.skillgap.spark.publish.ReportPublisher;
import org.skillgap.spark.report.BundleCounts;
import org.skillgap.spark.report.CredentialSkills;
import org.skillgap.spark.report.DashboardBuilder;
import org.skillgap.spark.report.EnrollmentCells;
import org.skillgap.spark.report.FactsFolders;
import org.skillgap.spark.report.IndustryPlacement;
import org.skillgap.spark.report.ReportFacts;
import org.skillgap.spark.report.ReportInputs;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.report.SalaryMedians;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.RunLock;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * The nightly pipeline's stages: ingest (new and changed input files into this night's warehouse
 * batch), extract (skills of the postings batches that have none yet), report (every report from
 * the whole warehouse, published at once). The nightly job runs them in one session under the run
 * lock; the per-stage jobs run one each, reading the previous stage's warehouse tables.
 */
public final class Pipeline {

  public static final String DASHBOARD = "dashboard.html";

  private final SparkSession spark;
  private final PipelineConfig config;
  private final Layout layout;
  private final Storage storage;
  private final Warehouse warehouse;
  private final RunSummary summary;
  private final Taxonomy taxonomy;

  public Pipeline(SparkSession spark, PipelineConfig config) {
    this.spark = spark;
    this.config = config;
    Layout live = new Layout(config.outputPath());
    // A full refresh builds its warehouse beside the live one, which stays until the run succeeds.
    this.layout =
        config.fullRefresh() ? live.refreshing(java.util.UUID.randomUUID().toString()) : live;
    this.storage = new Storage(spark);
    this.warehouse = new Warehouse(spark, layout);
    this.summary = new RunSummary(config.runDate());
    this.taxonomy = loadTaxonomy(spark, config.taxonomy());
    summary.versions(taxonomy.version(), spark.version());
    summary.environment(
        spark.sparkContext().master(),
        spark.sparkContext().getConf().get("spark.submit.deployMode", "none"));
    Console.get().liveDetail(() -> Sessions.runningTasks(spark));
  }

  public RunSummary summary() {
    return summary;
  }

  /** Runs every stage and publishes the reports. */
  public RunSummary runAll() {
    return locked(
        "nightly",
        () -> {
          stage(this::ingest);
          KillPoints.reached("stage:after-ingest");
          stage(this::extract);
          KillPoints.reached("stage:after-extract");
          stage(this::report);
          finishRefresh();
        });
  }

  public RunSummary runIngest() {
    return locked(
        "ingest",
        () -> {
          stage(this::ingest);
          finishRefresh();
        });
  }

  /**
   * After a successful full refresh, its new warehouse replaces the live one: the old one is moved
   * aside, the new one moved in, the old one dropped. A kill in between is undone by {@link
   * #recover}.
   */
  private void finishRefresh() {
    if (!config.fullRefresh()) {
      return;
    }
    String live = layout.liveWarehouse();
    String aside =
        Storage.join(config.outputPath(), "_retired", "warehouse." + java.util.UUID.randomUUID());
    if (storage.exists(live)) {
      storage.mkdirs(Storage.join(config.outputPath(), "_retired"));
      storage.rename(live, aside);
    }
    KillPoints.reached("refresh:moved-aside");
    storage.rename(layout.warehouseRoot(), live);
    KillPoints.reached("refresh:moved-in");
    storage.delete(aside);
    storage.delete(layout.refreshes());
  }

  /**
   * Under the lock, before anything is read: puts back what a killed run left half-done. A live
   * warehouse moved aside by a full refresh that never finished comes back; unfinished refreshes,
   * pending writes and superseded folders are dropped; every table and quarantine folder is
   * recovered ({@link Warehouse#recover}).
   */
  private void recover() {
    Warehouse.recover(storage, config.outputPath());
    storage.delete(layout.refreshes());
    new Warehouse(spark, new Layout(config.outputPath())).recoverTables();
    for (StoredTable table : Tables.INPUTS) {
      Warehouse.recover(storage, Storage.join(config.outputPath(), "quarantine", table.name()));
    }
  }

  public RunSummary runExtract() {
    return locked("extract", () -> stage(this::extract));
  }

  public RunSummary runReport() {
    return locked("report", () -> stage(this::report));
  }

  /**
   * Runs one stage, then clears the session's cached Datasets (all of them: the jobs own their
   * session). Each stage reads its inputs from the warehouse, so nothing cached is needed by the
   * next; left in place, a million postings' validated records would crowd the report stage's
   * storage memory and force its caches to disk.
   */
  private void stage(Runnable stage) {
    try {
      stage.run();
    } catch (RuntimeException e) {
      Console.get()
          .stageAbandoned(); // the error says what failed; no half-drawn progress line before it
      throw e;
    } finally {
      spark.catalog().clearCache();
    }
  }

  private RunSummary locked(String what, Runnable stages) {
    long staleMs = config.lockStaleMinutes() * 60_000L;
    try (RunLock lock =
        RunLock.acquire(storage, layout.lock(), what + " " + config.runDate(), staleMs)) {
      // Under the lock, before anything is read: put back what a killed run left half-replaced.
      recover();
      stages.run();
      summary.outcome("success");
    } catch (SkillgapException e) {
      summary.outcome("failed: " + e.kind().name().toLowerCase());
      if (e.kind() != SkillgapException.Kind.RUN_IN_PROGRESS) {
        writeSummary();
      }
      throw e;
    } catch (RuntimeException e) {
      summary.outcome("failed: failure");
      writeSummary();
      throw e;
    }
    writeSummary();
    return summary;
  }

  private void writeSummary() {
    storage.writeText(layout.runSummary(config.runDate()), summary.toJson());
  }

  void ingest() {
    long t0 = System.nanoTime();
    Console.get().startStage("ingest", IngestStage.STEPS);
    IngestStage.Result r;
    try {
      r = new IngestStage(spark, config, layout).run();
    } catch (SkillgapException e) {
      throw e;
    } catch (
        Exception
            e) { // a Spark failure (out of disk, lost executor) is a failed stage, said so plainly
      throw Errors.runFailed("ingest", e);
    }
    summary.dataset(r.postingCounts());
    summary.dataset(r.enrollmentCounts());
    summary.dataset(r.credentialCounts());
    summary.inputs(r.filesSeen(), r.filesIngested(), config.fullRefresh());
    long read =
        r.postingCounts().read() + r.enrollmentCounts().read() + r.credentialCounts().read();
    long accepted =
        r.postingCounts().accepted()
            + r.enrollmentCounts().accepted()
            + r.credentialCounts().accepted();
    summary.stage("ingest", read, accepted, seconds(t0));
  }

  /**
   * Extracts skills from the postings batches that have no mentions yet, and from this night's
   * batch (which a re-run rewrites). Earlier batches keep their mentions: a night with 1 % new
   * postings does 1 % of the NLP work.
   */
  void extract() {
    long t0 = System.nanoTime();
    Set<LocalDate> todo = new TreeSet<>(warehouse.batches(Tables.POSTINGS));
    // A batch is extracted when its mentions carry the commit marker, not merely when their folder
    // exists.
    todo.removeAll(warehouse.committedBatches(Tables.MENTIONS));
    if (warehouse.batches(Tables.POSTINGS).contains(config.runDate())) {
      todo.add(config.runDate());
    }
    long postings = 0;
    long mentions = 0;
    Console.get().startStage("extract", todo.size());
    int n = 0;
    byte[] spanModel = todo.isEmpty() ? null : loadSpanModel(spark, config.spanModel());
    for (LocalDate batch : todo) {
      Console.get()
          .step("skills of the postings batch " + batch + " (" + ++n + " of " + todo.size() + ")");
      Dataset<Row> batchPostings =
          spark
              .read()
              .schema(Schemas.POSTINGS)
              .parquet(layout.warehouseBatch(Tables.POSTINGS, batch));
      String path = layout.warehouseBatch(Tables.MENTIONS, batch);
      try {
        warehouse.writeBatch(
            Tables.MENTIONS,
            batch,
            ExtractStage.mentions(
                spark,
                batchPostings,
                taxonomy,
                spanModel,
                config.spanModel(),
                config.partitions()));
      } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown from Scala
        throw Errors.runFailed("extract", e);
      }
      // From the written files' footers, not two Spark queries per batch.
      postings += storage.parquetRows(layout.warehouseBatch(Tables.POSTINGS, batch));
      mentions += storage.parquetRows(path);
    }
    summary.stage("extract", postings, mentions, seconds(t0));
  }

  void report() {
    long t0 = System.nanoTime();
    Console.get().startStage("report", REPORT_STEPS);
    Console.get().step("placing postings by industry");
    if (warehouse.batches(Tables.POSTINGS).isEmpty()) {
      throw Errors.missingStageOutput(
          Tables.POSTINGS.name(), layout.warehouse(Tables.POSTINGS), "ingest");
    }
    if (warehouse.batches(Tables.MENTIONS).isEmpty()) {
      throw Errors.missingStageOutput(
          Tables.MENTIONS.name(), layout.warehouse(Tables.MENTIONS), "extract");
    }
    Dataset<Row> postings = warehouse.table(Tables.POSTINGS);
    Dataset<Row> allMentions = warehouse.table(Tables.MENTIONS);
    // Only the columns the reports read; ingest_batch (the partition) lets a night read its new
    // batches' alone.
    Dataset<Row> mentions =
        allMentions
            .filter(col("skill_type").notEqual(Schemas.EMERGING_SKILL_TYPE))
            .select("posting_id", "skill_id", "skill_type", "requirement", "ingest_batch");
    Dataset<Row> credentials = warehouse.credentials();
    String runId =
        config.runDate()
            + "-"
            + Instant.now().toEpochMilli()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    ReportPublisher publisher = new ReportPublisher(spark, layout, runId, config.runDate());
    publisher.clearFailedStaging();
    long rows = 0;
    try {
      // Three kept states, each a few small jobs on a night, started as soon as their inputs are
      // there:
      // enrollment cells read the enrollments alone, so they are counted while the postings are
      // placed;
      // medians read the placed postings and their mentions, not the facts, so they are computed
      // while the
      // new batch's facts are folded; bundle counts read the folded facts.
      Concurrently.Task<Dataset<Row>> enrollmentsTask =
          Concurrently.start(() -> EnrollmentCells.update(spark, layout, warehouse));
      Concurrently.Task<SalaryMedians.Update> mediansTask = null;
      IndustryPlacement.Outcome classified;
      Dataset<Row> withIndustry;
      java.util.Map<LocalDate, String> factIds;
      List<LocalDate> stale;
      FactsFolders.Compaction compaction;
      ReportFacts.Merged facts;
      SalaryMedians.Update medians;
      BundleCounts.Update bundles;
      Dataset<Row> enrollmentCells;
      long tf;
      try {
        classified =
            IndustryPlacement.place(
                spark,
                layout,
                warehouse,
                postings,
                config.reports().classifyMinConfidence(),
                config.reports().classifyRetrainGrowth(),
                taxonomy.version(),
                config.runDate());
        // Checkpointed, not just cached: the plan would otherwise carry the classifier model
        // (megabytes) into
        // every task of every report.
        // Descriptions are left behind: no report reads them, and they are most of a posting's
        // bytes.
        withIndustry =
            classified
                .postings()
                .select(
                    "posting_id",
                    "industry",
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
                    "ingest_batch")
                .localCheckpoint();
        Console.get()
            .detail(
                String.format(
                    "report industry classifier %s and applied in %.1f s",
                    classified.trained() ? "trained" : "reused", seconds(t0)));
        Console.get().step("folding the night's facts");
        // At most five industries by five sources.
        java.util.Map<String, java.util.Map<String, Long>> placedBy = new java.util.TreeMap<>();
        for (Row r : withIndustry.groupBy("industry", "industry_source").count().collectAsList()) {
          placedBy
              .computeIfAbsent(r.<String>getAs("industry"), k -> new java.util.TreeMap<>())
              .put(r.getAs("industry_source"), r.<Long>getAs("count"));
        }
        summary.classifier(classified.score(), classified.note(), placedBy);
        summary.classifierWork(classified.trained(), classified.textBatches());

        tf = System.nanoTime();
        factIds =
            FactsFolders.inputIds(
                storage,
                layout,
                warehouse.batches(Tables.POSTINGS),
                taxonomy.version() + " " + classified.modelId());
        java.util.Map<LocalDate, String> medianIds = factIds;
        Dataset<Row> placed = withIndustry;
        mediansTask =
            Concurrently.start(
                () -> SalaryMedians.update(spark, layout, medianIds, placed, mentions));
        stale = foldStaleBatches(withIndustry, factIds);
        compaction =
            FactsFolders.compact(spark, layout, factIds, config.reports().factsLooseBatches());
        facts = FactsFolders.read(spark, layout, factIds);
        bundles =
            BundleCounts.update(
                spark,
                layout,
                factIds,
                facts,
                withIndustry,
                mentions,
                config.reports().bundleTopSkills(),
                config.reports().bundleMaxSize());
        medians = mediansTask.join();
        enrollmentCells = enrollmentsTask.join();
      } finally { // after a failure, nothing of this stage writes once it has returned
        enrollmentsTask.await();
        if (mediansTask != null) {
          mediansTask.await();
        }
      }
      summary.facts(stale.size(), factIds.size(), medians.all(), medians.cellsRecomputed());
      Console.get()
          .detail(
              String.format(
                  "report facts of %d of %d batches folded (read from %d group and %d night "
                      + "folders%s), medians %s, bundles of %d industr%s recounted, in %.1f s",
                  stale.size(),
                  factIds.size(),
                  compaction.groups(),
                  compaction.loose(),
                  compaction.merged().isEmpty()
                      ? ""
                      : ", " + compaction.merged().size() + " nights merged into a group",
                  medians.all()
                      ? "all recomputed"
                      : medians.cellsRecomputed() + " cells recomputed",
                  bundles.industriesRecounted(),
                  bundles.industriesRecounted() == 1 ? "y" : "ies",
                  seconds(tf)));
      Console.get().step("staging " + ReportRegistry.ALL.size() + " reports");

      Dataset<Row> credentialSkills =
          CredentialSkills.of(spark, credentials, taxonomy).persist(StorageLevel.MEMORY_AND_DISK());
      ReportInputs inputs =
          ReportInputs.of(
              spark,
              taxonomy,
              config.reports(),
              config.runDate(),
              config.reportMinPostings(),
              facts,
              medians.medians(),
              bundles,
              credentials,
              credentialSkills,
              enrollmentCells);
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
      KillPoints.reached("report:staged");
      // The dashboard is built from the staged reports and published with them, in the same
      // snapshot.
      writeSummary();
      Console.get().step("building and publishing the dashboard");
      long td = System.nanoTime();
      String html =
          org.skillgap.core.dashboard.DashboardPage.render(
              DashboardBuilder.build(
                  spark,
                  layout.staging(runId),
                  DashboardBuilder.facts(spark, layout, config.runDate().toString())));
      storage.writeText(Storage.join(layout.staging(runId), DASHBOARD), html);
      long tp = System.nanoTime();
      publisher.publish(config.keepRuns(), config.retentionGraceMinutes());
      Console.get()
          .detail(
              String.format(
                  "report dashboard built in %.1f s, published in %.1f s",
                  (tp - td) / 1e9, seconds(tp)));
    } catch (SkillgapException e) {
      throw e;
    } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown from Scala
      throw Errors.runFailed("report", e);
    }
    // From the mentions' footers (the table Spark reads: the same files), not a scan of every
    // batch.
    summary.stage(
        "report", storage.parquetRows(layout.warehouse(Tables.MENTIONS)), rows, seconds(t0));
  }

  /**
   * Folds into facts the postings batches that are new, or whose postings, mentions, taxonomy or
   * industry model changed since their facts were built (ReportFacts); returns them.
   */
  private List<LocalDate> foldStaleBatches(
      Dataset<Row> withIndustry, java.util.Map<LocalDate, String> factIds) {
    List<LocalDate> stale = FactsFolders.stale(storage, layout, factIds);
    for (LocalDate batch : stale) {
      String path = layout.warehouseBatch(Tables.MENTIONS, batch);
      Dataset<Row> batchMentions =
          storage.exists(path)
              ? spark.read().schema(Schemas.MENTIONS).parquet(path)
              : spark.createDataFrame(List.of(), Schemas.MENTIONS);
      FactsFolders.write(
          storage,
          layout,
          batch,
          ReportFacts.batch(
              withIndustry.filter(col("ingest_batch").equalTo(lit(Date.valueOf(batch)))),
              batchMentions),
          factIds.get(batch));
    }
    return stale;
  }

  /**
   * The report stage's steps on the console: placing postings, folding facts, the staging of the
   * reports (one step as a group, one per report), the dashboard.
   */
  static final int REPORT_STEPS = 3 + ReportRegistry.ALL.size() + 1;

  /**
   * The span model's bytes, or null for 'none'. Checked by loading it once here, so a bad file
   * fails early.
   */
  static byte[] loadSpanModel(SparkSession spark, String setting) {
    if (setting.equals("none")) {
      return null;
    }
    if (setting.equals("builtin")) {
      return org.skillgap.core.extract.SpanModel.builtinBytes();
    }
    Storage storage = new Storage(spark);
    if (!storage.exists(setting)) {
      throw Errors.unreadableFile("span model (extract.span-model)", setting, null);
    }
    byte[] bytes = storage.readBytes(setting);
    org.skillgap.core.extract.SpanModel.load(new java.io.ByteArrayInputStream(bytes), setting);
    return bytes;
  }

  static Taxonomy loadTaxonomy(SparkSession spark, String setting) {
    if (setting.equals("builtin")) {
      return Taxonomy.builtin();
    }
    Storage storage = new Storage(spark);
    if (!storage.exists(setting)) {
      throw Errors.unreadableFile("taxonomy (extract.taxonomy)", setting, null);
    }
    return Taxonomy.parse(storage.readText(setting), setting);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
