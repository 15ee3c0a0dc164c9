package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** enrollment_trends: how many learners each kind of credential draws, year by year. */
final class EnrollmentTrendsReport {
  private EnrollmentTrendsReport() {}

  /**
   * Per credential type, industry and year: enrollments, completions, completion rate and growth
   * since the first year, from published cells only. A credential's industry is the one whose
   * demand it covers most (over all years); 'other' when it covers none.
   */
  static Dataset<Row> build(ReportInputs in) {
    Dataset<Row> home =
        in.inDemand()
            .join(in.credentialSkills().select(CREDENTIAL_ID, SKILL_ID), SKILL_ID)
            .groupBy(CREDENTIAL_ID, INDUSTRY)
            .agg(sum("postings").as("weight"))
            .withColumn(
                "r",
                row_number()
                    .over(
                        Window.partitionBy(CREDENTIAL_ID)
                            .orderBy(col("weight").desc(), col(INDUSTRY))))
            .filter(col("r").equalTo(1))
            .select(CREDENTIAL_ID, INDUSTRY);
    // Totals of published cells only (see EnrollmentCells.published), so a type's total minus the
    // published credentials of credential_coverage reveals no withheld credential.
    Dataset<Row> byGroup =
        EnrollmentCells.published(in.enrollmentCells(), in.settings().minLearners())
            .join(in.credentials().select(CREDENTIAL_ID, "credential_type"), CREDENTIAL_ID)
            .join(home, new String[] {CREDENTIAL_ID}, "left")
            .withColumn(INDUSTRY, coalesce(col(INDUSTRY), lit("other")))
            .groupBy("credential_type", INDUSTRY, YEAR)
            .agg(
                sum(when(col("enrollments_published"), col("enrollments_raw"))).as("enrollments"),
                sum(when(col("completions_published"), col("completions_raw"))).as("completions"),
                sum(when(col("completions_published"), col("enrollments_raw"))).as("rate_base"),
                max(not(col("completions_published"))).as("suppressed"));
    Dataset<Row> out =
        byGroup
            .withColumn(
                "first_enrollments",
                first(col("enrollments"), true)
                    .over(
                        Window.partitionBy("credential_type", INDUSTRY)
                            .orderBy(YEAR)
                            .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
            .withColumn("completion_rate", col("completions").divide(col("rate_base")))
            .withColumn(
                "growth_vs_first_year",
                col("enrollments").divide(col("first_enrollments")).minus(1));
    return in.stamped(out, ReportSchemas.ENROLLMENT_TRENDS);
  }
}
