package org.skillgap.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.config.Settings;
import org.skillgap.core.console.Console;
import org.skillgap.core.error.Errors;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.extract.SpanModel;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.extract.ExtractStage;
import org.skillgap.spark.extract.TemplateSentences;
import org.skillgap.spark.ingest.IngestStage;
import org.skillgap.spark.publish.ReportCatalog;
import org.skillgap.spark.report.ReportProgress;
import org.skillgap.spark.report.ReportStage;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.RunLock;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.VersionedFolders;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * The nightly pipeline's stages: ingest (new and changed input files into this night's warehouse
 * batch), extract (skills of the postings batches that have none yet), report (every report from
 * the whole warehouse, published at once). The nightly job runs them in one session under the run
 * lock; the per-stage jobs run one each, reading the previous stage's warehouse tables.
 */
public final class Pipeline {

  private final SparkSession spark;
  private final PipelineConfig config;
  private final Storage storage;

  /**
   * Where this run reads and writes: resolved under the lock ({@link #open}), since another run may
   * have switched the live warehouse before this one started.
   */
  private Layout layout;

  private Warehouse warehouse;
  private final RunSummary summary;
  private final Taxonomy taxonomy;

  /** The new warehouse a full refresh builds; null on an incremental night. */
  private VersionedFolders.Version refresh;

  public Pipeline(SparkSession spark, PipelineConfig config) {
    this.spark = spark;
    this.config = config;
    this.storage = new Storage(spark);
    this.layout = new Layout(config.run().output());
    // Before any work: a night whose reports could not be published safely fails now, not at the
    // end.
    ReportCatalog.of(spark, layout);
    this.summary = new RunSummary(config.run().date());
    this.taxonomy = loadTaxonomy(spark, config.extract().taxonomy());
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
   * After a successful full refresh, its new warehouse becomes the live one: one pointer written
   * ({@link VersionedFolders#commit}), then the old warehouse dropped.
   */
  private void finishRefresh() {
    if (refresh != null) {
      KillPoints.reached("refresh:built");
      VersionedFolders.commit(storage, layout.liveWarehouse(), refresh);
      KillPoints.reached("refresh:committed");
      VersionedFolders.dropUnreferenced(storage, layout.liveWarehouse());
    }
  }

  /**
   * Resolves the live warehouse. A full refresh builds a new version of it beside the live one,
   * which readers see until the run succeeds.
   */
  private void open() {
    Layout live = Layout.live(storage, config.run().output());
    refresh = config.run().fullRefresh() ? VersionedFolders.newVersion(live.liveWarehouse()) : null;
    layout = refresh == null ? live : live.at(refresh.path());
    warehouse = new Warehouse(spark, layout);
  }

  /**
   * Under the lock, before anything is read: drops what a killed run left uncommitted (a full
   * refresh's unfinished warehouse, versions of folders never switched to). Nothing needs putting
   * back: a switch is one write, which either happened or did not.
   */
  private void recover() {
    VersionedFolders.dropUnreferencedUnder(storage, layout.liveWarehouse());
    VersionedFolders.dropUnreferencedUnder(storage, layout.quarantineRoot());
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
      // The error says what failed; no half-drawn progress line before it.
      Console.get().stageAbandoned();
      throw e;
    } finally {
      spark.catalog().clearCache();
    }
  }

  private RunSummary locked(String what, Runnable stages) {
    long staleMs = config.run().lockStaleMinutes() * 60_000L;
    String lockFile =
        Settings.LOCK_IN_OUTPUT.equals(config.run().lock()) ? layout.lock() : config.run().lock();
    // No lock (null) when the scheduler guarantees one run at a time (run.lock=none).
    try (RunLock lock =
        lockFile == null
            ? null
            : RunLock.acquire(storage, lockFile, what + " " + config.run().date(), staleMs)) {
      // Under the lock, before anything is read: drop what a killed run left uncommitted.
      recover();
      open();
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
    storage.writeText(layout.runSummary(config.run().date()), summary.toJson());
  }

  void ingest() {
    long t0 = System.nanoTime();
    Console.get().startStage("ingest", IngestStage.STEPS);
    IngestStage.Result r;
    try {
      r = new IngestStage(spark, config, layout).run();
    } catch (SkillgapException e) {
      throw e;
    } catch (Exception e) {
      // A Spark failure (out of disk, lost executor) is a failed stage, said so plainly.
      throw Errors.runFailed("ingest", e);
    }
    summary.dataset(r.postingCounts());
    summary.dataset(r.enrollmentCounts());
    summary.dataset(r.credentialCounts());
    summary.inputs(r.filesSeen(), r.filesIngested(), config.run().fullRefresh());
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
    // A batch is extracted when its mentions were committed, not merely when their folder exists.
    todo.removeAll(warehouse.batches(Tables.MENTIONS));
    if (warehouse.batches(Tables.POSTINGS).contains(config.run().date())) {
      todo.add(config.run().date());
    }
    long postings = 0;
    long mentions = 0;
    Console.get().startStage("extract", todo.size());
    int n = 0;
    byte[] spanModel = todo.isEmpty() ? null : loadSpanModel(spark, config.extract().spanModel());
    for (LocalDate batch : todo) {
      Console.get()
          .step("skills of the postings batch " + batch + " (" + ++n + " of " + todo.size() + ")");
      Dataset<Row> batchPostings = warehouse.batch(Tables.POSTINGS, batch);
      // Kept while the template sentences are counted and the batch is written: the NLP runs once.
      Dataset<Row> found =
          ExtractStage.mentions(
                  spark,
                  batchPostings,
                  taxonomy,
                  spanModel,
                  config.extract().spanModel(),
                  config.extract().roleMinScore(),
                  config.extract().partitions())
              .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        warehouse.writeBatch(Tables.MENTIONS, batch, markTemplates(found, batchPostings, batch));
      } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown from Scala
        throw Errors.runFailed("extract", e);
      } finally {
        found.unpersist();
      }
      // From the written files' footers, not two Spark queries per batch.
      postings += storage.parquetRows(warehouse.batchVersion(Tables.POSTINGS, batch));
      mentions += storage.parquetRows(warehouse.batchVersion(Tables.MENTIONS, batch));
    }
    summary.stage("extract", postings, mentions, seconds(t0));
  }

  /** The batch's mentions with their template sentences marked against the other batches'. */
  private Dataset<Row> markTemplates(Dataset<Row> found, Dataset<Row> postings, LocalDate batch) {
    Column other = col(StoredTable.BATCH).notEqual(lit(Date.valueOf(batch)));
    return TemplateSentences.mark(
        found,
        postings,
        warehouse.table(Tables.MENTIONS).filter(other),
        warehouse.table(Tables.POSTINGS).filter(other),
        config.extract().templateMinTitles(),
        config.extract().templateMinWords());
  }

  /**
   * The report stage ({@link ReportStage}); its figures go into the run summary as it reaches them.
   */
  void report() {
    long t0 = System.nanoTime();
    Console.get().startStage("report", ReportStage.STEPS);
    ReportStage.Result r =
        new ReportStage(spark, config, layout, taxonomy).run(new SummaryProgress());
    summary.stage("report", r.mentions(), r.rows(), seconds(t0));
  }

  /** Records the report stage's figures in the run summary. */
  private final class SummaryProgress implements ReportProgress {
    @Override
    public void placed(ReportProgress.Placement placement) {
      summary.classifier(placement.score(), placement.note(), placement.placedBy());
      summary.classifierWork(placement.trained(), placement.textBatches());
    }

    @Override
    public void folded(ReportProgress.Folding folding) {
      summary.facts(
          folding.batchesFolded(),
          folding.batches(),
          folding.allMedians(),
          folding.cellsRecomputed());
    }

    /** Written now: the dashboard, built next, reads the run's figures from the summary. */
    @Override
    public void staged() {
      writeSummary();
    }
  }

  /**
   * The span model's bytes, or null for 'none'. Checked by loading it once here, so a bad file
   * fails early.
   */
  static byte[] loadSpanModel(SparkSession spark, String setting) {
    if (setting.equals("none")) {
      return null;
    }
    if (setting.equals("builtin")) {
      return SpanModel.builtinBytes();
    }
    Storage storage = new Storage(spark);
    if (!storage.exists(setting)) {
      throw Errors.unreadableFile("span model (extract.span-model)", setting, null);
    }
    byte[] bytes = storage.readBytes(setting);
    SpanModel.load(new ByteArrayInputStream(bytes), setting);
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
