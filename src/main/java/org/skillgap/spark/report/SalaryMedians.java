package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.PERIOD;
import static org.skillgap.spark.report.ReportSchemas.PERIOD_TYPE;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.Json;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;

/**
 * Exact median advertised salaries per industry, period (month, quarter, year) and skill, and per
 * industry and period (skill_id null), kept between nights in {@code
 * warehouse/_state/salary_medians}. A median does not merge from per-batch counts, so a night
 * recomputes the medians of the cells its new batches touch and keeps the others: new postings are
 * mostly recent, so a night recomputes the latest month, quarter and year. Exact ({@code
 * percentile}), so a recomputed cell has the value a full pass gives.
 *
 * <p>Kept as a {@link ReportState}: when any batch it was computed from changed (a re-run night, a
 * re-ingested file, another taxonomy or industry model), every median is recomputed; when batches
 * were only added, only their cells are.
 */
final class SalaryMedians {
  private SalaryMedians() {}

  static final String NAME = "salary_medians";

  /** The medians depend on nothing but the postings and their skills, which the facts ids cover. */
  private static final String BASIS = "exact percentile";

  /** What the night did: how many cells were recomputed, whether all were. */
  record Update(Dataset<Row> medians, boolean all, long cellsRecomputed) {}

  /**
   * The medians for the batches in {@code ids}, recomputing what changed.
   *
   * @param ids each postings batch's facts id (FactsFolders.inputIds)
   * @param postings every posting with its industry: posting_id, industry, posted_date, salary
   *     columns, ingest_batch
   * @param postingSkills one row per posting and skill: posting_id, skill_id
   */
  static Update update(
      SparkSession spark,
      Layout layout,
      Map<LocalDate, String> ids,
      Dataset<Row> postings,
      Dataset<Row> postingSkills) {
    Storage storage = new Storage(spark);
    String dir = layout.reportState(NAME);
    ReportState.Plan plan = ReportState.plan(storage, dir, ids, BASIS);
    if (plan.upToDate()) {
      return new Update(ReportState.read(spark, dir, ReportSchemas.SALARY_MEDIANS), false, 0);
    }
    Dataset<Row> scope = postings;
    Dataset<Row> touched = null;
    if (plan.incremental()) {
      touched =
          ReportFacts.periods(postings.filter(col(StoredTable.BATCH).isin(dates(plan.fresh()))))
              .select(INDUSTRY, PERIOD_TYPE, PERIOD)
              .distinct()
              .cache();
      // Every posting of a touched year: each touched month and quarter lies in one.
      Dataset<Row> years =
          touched
              .filter(col(PERIOD_TYPE).equalTo("year"))
              .select(col(INDUSTRY).as("t_industry"), col(PERIOD).cast("int").as("t_year"));
      scope =
          postings.join(
              broadcast(years),
              col(INDUSTRY)
                  .equalTo(col("t_industry"))
                  .and(year(col("posted_date")).equalTo(col("t_year"))),
              "left_semi");
    }
    // A night recomputes the touched cells only: a touched year's months and quarters that got no
    // new posting keep their medians.
    Dataset<Row> next = compute(scope, postingSkills, touched);
    if (plan.incremental()) {
      next =
          next.unionByName(
              ReportState.read(spark, dir, ReportSchemas.SALARY_MEDIANS)
                  .join(touched, new String[] {INDUSTRY, PERIOD_TYPE, PERIOD}, "left_anti"));
    }
    ReportState.write(storage, dir, next, ids, BASIS, new Json());
    long cells = plan.incremental() ? touched.count() : -1;
    return new Update(
        ReportState.read(spark, dir, ReportSchemas.SALARY_MEDIANS), !plan.incremental(), cells);
  }

  /** The dates as SQL dates, for a filter on ingest_batch. */
  static Object[] dates(Collection<LocalDate> batches) {
    return batches.stream().map(Date::valueOf).toArray();
  }

  /**
   * The medians of these postings' cells: per industry and period, and per industry, period and
   * skill.
   *
   * @param postings posting_id, industry, posted_date and the salary columns
   * @param postingSkills posting_id, skill_id (one row per posting and skill)
   */
  static Dataset<Row> compute(Dataset<Row> postings, Dataset<Row> postingSkills) {
    return compute(postings, postingSkills, null);
  }

  /**
   * The medians of the given cells only (industry, period_type, period; null for every cell of
   * these postings). A cell's median needs every posting of it in {@code postings}.
   */
  static Dataset<Row> compute(
      Dataset<Row> postings, Dataset<Row> postingSkills, Dataset<Row> cells) {
    Dataset<Row> salaried =
        SkillDemandReport.withSalary(postings)
            .join(postings.select(POSTING_ID, INDUSTRY, "posted_date"), POSTING_ID);
    Dataset<Row> periods = ReportFacts.periods(salaried);
    if (cells != null) {
      periods =
          periods.join(broadcast(cells), new String[] {INDUSTRY, PERIOD_TYPE, PERIOD}, "left_semi");
    }
    periods = periods.join(salaried.select(POSTING_ID, "salary"), POSTING_ID);
    return periods
        .groupBy(INDUSTRY, PERIOD_TYPE, PERIOD)
        .agg(expr("percentile(salary, 0.5)").as("median_salary"))
        .withColumn(SKILL_ID, lit(null).cast("string"))
        // Narrowed to the salaried postings in scope before the distinct: a night's scope is a year
        // or so of postings, and the warehouse's mentions are every year's.
        .unionByName(
            periods
                .join(
                    postingSkills
                        .select(POSTING_ID, SKILL_ID)
                        .join(salaried.select(POSTING_ID), new String[] {POSTING_ID}, "left_semi")
                        .distinct(),
                    POSTING_ID)
                .groupBy(INDUSTRY, PERIOD_TYPE, PERIOD, SKILL_ID)
                .agg(expr("percentile(salary, 0.5)").as("median_salary")))
        .select(Columns.of(ReportSchemas.SALARY_MEDIANS));
  }
}
