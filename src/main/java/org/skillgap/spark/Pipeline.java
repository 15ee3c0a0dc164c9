package org.skillgap.spark;

import java.time.Instant;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.Errors;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * The nightly pipeline's stages: ingest, extract, report. The nightly job runs them in one session; the
 * per-stage jobs run one each, reading the previous stage's warehouse tables.
 */
public final class Pipeline {

  public static final String SKILL_DEMAND = "skill_demand";

  /** Every report, in publishing order. */
  public static final java.util.List<String> REPORTS = java.util.List.of(
      SKILL_DEMAND, "credential_coverage", "skill_gaps", "credential_inflation", "skill_bundles",
      "credential_paths", "enrollment_trends", "employer_recognition");

  private final SparkSession spark;
  private final PipelineConfig config;
  private final Layout layout;
  private final RunSummary summary;
  private final Taxonomy taxonomy;

  public Pipeline(SparkSession spark, PipelineConfig config) {
    this.spark = spark;
    this.config = config;
    this.layout = new Layout(config.outputPath());
    this.summary = new RunSummary(config.runDate());
    this.taxonomy = loadTaxonomy(spark, config.taxonomy());
    summary.versions(taxonomy.version(), spark.version());
    summary.environment(spark.sparkContext().master(),
        spark.sparkContext().getConf().get("spark.submit.deployMode", "none"));
  }

  public RunSummary summary() {
    return summary;
  }

  /** Runs every stage and publishes the reports. */
  public RunSummary runAll() {
    return finish(() -> {
      IngestStage.Result ingested = ingest();
      Dataset<Row> mentions = extract(ingested.postings());
      report(ingested.postings(), mentions, ingested.credentials(), ingested.enrollments());
    });
  }

  public RunSummary runIngest() {
    return finish(this::ingest);
  }

  public RunSummary runExtract() {
    return finish(() -> extract(warehouse(IngestStage.POSTINGS)));
  }

  public RunSummary runReport() {
    return finish(() -> report(warehouse(IngestStage.POSTINGS), warehouse("mentions"),
        warehouse(IngestStage.CREDENTIALS), warehouse(IngestStage.ENROLLMENTS)));
  }

  private RunSummary finish(Runnable stages) {
    try {
      stages.run();
      summary.outcome("success");
    } catch (SkillgapException e) {
      summary.outcome("failed: " + e.kind().name().toLowerCase());
      writeSummary();
      throw e;
    }
    writeSummary();
    return summary;
  }

  private void writeSummary() {
    new Storage(spark).writeText(layout.runSummary(config.runDate()), summary.toJson());
  }

  IngestStage.Result ingest() {
    long t0 = System.nanoTime();
    IngestStage.Result r = new IngestStage(spark, config).run();
    summary.dataset(r.postingCounts());
    summary.dataset(r.enrollmentCounts());
    summary.dataset(r.credentialCounts());
    long read = r.postingCounts().read() + r.enrollmentCounts().read() + r.credentialCounts().read();
    long accepted = r.postingCounts().accepted() + r.enrollmentCounts().accepted() + r.credentialCounts().accepted();
    summary.stage("ingest", read, accepted, seconds(t0));
    return r;
  }

  Dataset<Row> extract(Dataset<Row> postings) {
    long t0 = System.nanoTime();
    String path = layout.warehouse("mentions");
    try {
      ExtractStage.mentions(spark, postings, taxonomy, config.partitions())
          .write().mode("overwrite").parquet(path);
    } catch (Exception e) {
      throw Errors.runFailed("extract", e);
    }
    Dataset<Row> mentions = spark.read().schema(Schemas.MENTIONS).parquet(path).persist(StorageLevel.MEMORY_AND_DISK());
    summary.stage("extract", postings.count(), mentions.count(), seconds(t0));
    return mentions;
  }

  void report(Dataset<Row> postings, Dataset<Row> mentions, Dataset<Row> credentials, Dataset<Row> enrollments) {
    long t0 = System.nanoTime();
    String runId = config.runDate() + "-" + Instant.now().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
    ReportPublisher publisher = new ReportPublisher(spark, layout, runId);
    long rows = 0;
    try {
      IndustryClassifier.Result classified =
          IndustryClassifier.apply(postings, config.reports().classifyMinConfidence());
      Dataset<Row> withIndustry = classified.postings().persist(StorageLevel.MEMORY_AND_DISK());
      summary.classifier(classified.heldOutAccuracy(), classified.testedOn(),
          withIndustry.filter("industry_source = 'classified'").count(),
          withIndustry.filter("industry_source = 'low_confidence'").count());
      // Mentions carry no industry: joining them to the classified postings keeps one source of truth.
      Dataset<Row> credentialSkills = CredentialSkills.of(spark, credentials, taxonomy).persist(StorageLevel.MEMORY_AND_DISK());
      rows += publisher.stage(SKILL_DEMAND,
          SkillDemandReport.build(spark, withIndustry, mentions, taxonomy, config.runDate(), config.reportMinPostings()));
      Reports reports = new Reports(spark, taxonomy, config.reports(), config.runDate(), withIndustry, mentions,
          credentials, credentialSkills, enrollments);
      rows += publisher.stage("credential_coverage", reports.credentialCoverage());
      rows += publisher.stage("skill_gaps", reports.skillGaps());
      rows += publisher.stage("credential_inflation", reports.credentialInflation());
      rows += publisher.stage("skill_bundles", reports.skillBundles());
      rows += publisher.stage("credential_paths", reports.credentialPaths());
      rows += publisher.stage("enrollment_trends", reports.enrollmentTrends());
      rows += publisher.stage("employer_recognition", reports.employerRecognition());
      publisher.publish();
    } catch (Exception e) { // Spark's AnalysisException is a checked exception thrown from Scala
      throw Errors.runFailed("report", e);
    }
    summary.stage("report", mentions.count(), rows, seconds(t0));
  }

  private Dataset<Row> warehouse(String table) {
    String path = layout.warehouse(table);
    if (!new Storage(spark).exists(path)) {
      throw Errors.missingStageOutput(table, path, table.equals("mentions") ? "extract" : "ingest");
    }
    return spark.read().parquet(path);
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
