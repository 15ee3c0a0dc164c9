package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.config.PipelineConfig.ReportSettings;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Schemas;

/**
 * What a night's report builders read, one record for every report family. Built once a night from
 * the states the report stage keeps ({@link ReportStage}), or from postings and mentions in memory
 * without a warehouse ({@link #inMemory}: tests, small runs). Periods are calendar years of the
 * posting or enrollment date.
 *
 * <p>"In demand" ({@link #inDemand}) means: a technology or knowledge skill asked for by at least
 * report.min-demand-share of an industry's postings in a year. Soft skills and licences are left
 * out of coverage and gaps: catalogues do not sell communication, and a licence is recognition,
 * reported on its own.
 *
 * @param taxonomy names the skills; its version is stamped on every row
 * @param settings the report.* settings
 * @param runDate stamped on every row
 * @param minPostings smallest posting count for a skill row in skill_demand
 * @param facts the night's merged per-batch facts, which most reports are built from
 * @param medians the exact salary medians of every cell ({@link SalaryMedians})
 * @param bundles the item-set counts skill_bundles is built from ({@link BundleCounts})
 * @param credentials the catalogue ({@link #catalogue}): credential_id, credential_name, provider,
 *     credential_type, cost, hours, accredited, rating, review_count
 * @param credentialSkills credential_id, skill_id, skill_type ({@link #coverage})
 * @param enrollmentCells per credential and year, the raw enrollment counts ({@link
 *     EnrollmentCells})
 * @param shared the views several reports read, each built once
 */
record ReportInputs(
    SparkSession spark,
    Taxonomy taxonomy,
    ReportSettings settings,
    LocalDate runDate,
    int minPostings,
    ReportFacts.Merged facts,
    Dataset<Row> medians,
    BundleCounts.Update bundles,
    Dataset<Row> credentials,
    Dataset<Row> credentialSkills,
    Dataset<Row> enrollmentCells,
    SharedViews shared) {

  /**
   * The catalogue as the reports read it, from the catalogue as the warehouse stores it; cached,
   * because most report families join it.
   */
  static Dataset<Row> catalogue(Dataset<Row> stored) {
    return stored
        .select(
            col(CREDENTIAL_ID),
            col("name").as("credential_name"),
            col("provider"),
            col("type").as("credential_type"),
            col("cost"),
            col("hours"),
            col("accredited"),
            col("rating"),
            col("review_count"))
        .cache();
  }

  /** The skills each credential covers, cached for the same reason. */
  static Dataset<Row> coverage(Dataset<Row> credentialSkills) {
    return credentialSkills.select(CREDENTIAL_ID, SKILL_ID, SKILL_TYPE).cache();
  }

  /**
   * From postings and mentions in memory, without a warehouse (tests, small runs): facts, medians,
   * item-set counts and enrollment cells built here, one batch, nothing stored.
   *
   * @param enrollments learner_key, credential_id, enrolled_date, status
   */
  static ReportInputs inMemory(
      SparkSession spark,
      Taxonomy taxonomy,
      ReportSettings settings,
      LocalDate runDate,
      int minPostings,
      Dataset<Row> postings,
      Dataset<Row> mentions,
      Dataset<Row> credentials,
      Dataset<Row> credentialSkills,
      Dataset<Row> enrollments) {
    ReportFacts.Batch batch = ReportFacts.batch(postings, mentions);
    ReportFacts.Merged facts = ReportFacts.Merged.of(batch);
    // Every posting counted, nothing kept.
    Dataset<Row> candidates = BundleCounts.candidates(facts, settings.bundleTopSkills());
    BundleCounts.Update bundles =
        new BundleCounts.Update(
            BundleCounts.countSets(
                batch.postings(), batch.postingSkills(), candidates, settings.bundleMaxSize()),
            candidates,
            -1);
    return new ReportInputs(
        spark,
        taxonomy,
        settings,
        runDate,
        minPostings,
        facts,
        SalaryMedians.compute(
            Columns.withMissing(postings, Schemas.POSTINGS), batch.postingSkills()),
        bundles,
        catalogue(credentials),
        coverage(credentialSkills),
        EnrollmentCells.countCells(enrollments).cache(),
        new SharedViews());
  }

  /** Postings per industry and year: industry, year, industry_postings. */
  Dataset<Row> industryTotals() {
    return shared.get("industry totals", facts::industryYears);
  }

  /**
   * The in-demand skills of each industry and year: industry, year, skill_id, skill_type, postings,
   * industry_postings, demand_share, skill_name.
   */
  Dataset<Row> inDemand() {
    return shared.get(
        "in demand",
        () ->
            facts
                .skillYears()
                .filter(col(SKILL_TYPE).isin(ReportFacts.COVERABLE))
                .select(INDUSTRY, YEAR, SKILL_ID, SKILL_TYPE, "postings")
                .join(industryTotals(), new String[] {INDUSTRY, YEAR})
                .withColumn("demand_share", col("postings").divide(col("industry_postings")))
                .filter(col("demand_share").geq(settings.minDemandShare()))
                .join(broadcast(SkillDemandReport.skillNames(spark, taxonomy)), SKILL_ID));
  }

  /** A report's rows stamped with the run date and taxonomy version, in its declared columns. */
  Dataset<Row> stamped(Dataset<Row> rows, StructType schema) {
    return rows.withColumn("run_date", lit(Date.valueOf(runDate)))
        .withColumn("taxonomy_version", lit(taxonomy.version()))
        .select(Columns.of(schema));
  }

  /** A row's rank within its industry and year, by the given order (1 is first). */
  static Column rankInIndustryYear(Column... order) {
    return row_number().over(Window.partitionBy(INDUSTRY, YEAR).orderBy(order));
  }

  /**
   * Views several reports read, each built and cached once a night by whichever report asks first:
   * the reports are staged side by side (Concurrently).
   */
  static final class SharedViews {
    private final Map<String, Dataset<Row>> views = new HashMap<>();

    synchronized Dataset<Row> get(String name, Supplier<Dataset<Row>> build) {
      // Not computeIfAbsent: a view's build may ask for another view.
      Dataset<Row> view = views.get(name);
      if (view == null) {
        view = build.get().cache();
        views.put(name, view);
      }
      return view;
    }
  }
}
