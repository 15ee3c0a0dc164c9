package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.PERIOD;
import static org.skillgap.spark.report.ReportSchemas.PERIOD_TYPE;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The reports that set the catalogue against demand, per industry and year: which credentials cover
 * the in-demand skills (credential_coverage), which in-demand skills few credentials cover
 * (skill_gaps), how fast credentials multiply against demand (credential_inflation), and whether a
 * credential is worth its cost and hours (credential_value). Enrollment figures are published under
 * k-anonymity ({@link EnrollmentCells#published}).
 */
final class CredentialReports {
  private CredentialReports() {}

  /**
   * credential_coverage: per industry, year and credential, the in-demand skills it covers and
   * their share of the industry's demand, its cost per demand point, its published enrollment
   * figures, and how many of the industry's postings name it. Built once, by whichever report asks
   * first (they are staged side by side): credential_value reads it too.
   */
  static Dataset<Row> coverage(ReportInputs in) {
    return in.shared().get("credential coverage", () -> buildCoverage(in));
  }

  private static Dataset<Row> buildCoverage(ReportInputs in) {
    Dataset<Row> out =
        withEnrollments(in, coveredDemand(in))
            .join(namingPostings(in), new String[] {INDUSTRY, YEAR, CREDENTIAL_ID}, "left")
            .join(in.industryTotals(), new String[] {INDUSTRY, YEAR})
            .join(in.credentials(), CREDENTIAL_ID)
            .withColumn(
                "cost_per_demand_point",
                col("cost").divide(col("demand_share_covered").multiply(100)))
            .withColumn("enrollments", when(col("enrollments_published"), col("enrollments_raw")))
            .withColumn("completions", when(col("completions_published"), col("completions_raw")))
            .withColumn(
                "completion_rate",
                when(
                    col("completions_published"),
                    col("completions_raw").divide(col("enrollments_raw"))))
            .withColumn(
                "enrollment_growth",
                when(
                    col("enrollments_published"),
                    keep(
                        in,
                        col("prev_learners"),
                        col("enrollments_raw").divide(col("prev_enrollments")).minus(1))))
            .withColumn("suppressed", not(coalesce(col("completions_published"), lit(false))))
            .withColumn(
                "employer_recognition",
                coalesce(col("naming_postings"), lit(0L)).divide(col("industry_postings")));
    return in.stamped(out, ReportSchemas.CREDENTIAL_COVERAGE);
  }

  /**
   * Per industry, year and credential, the in-demand skills it covers and their postings, as a
   * share of the industry's demand points (the postings of its in-demand skills).
   */
  private static Dataset<Row> coveredDemand(ReportInputs in) {
    Dataset<Row> demandPoints =
        in.inDemand().groupBy(INDUSTRY, YEAR).agg(sum("postings").as("demand_points"));
    return in.inDemand()
        .join(in.credentialSkills().select(CREDENTIAL_ID, SKILL_ID), SKILL_ID)
        .groupBy(INDUSTRY, YEAR, CREDENTIAL_ID)
        .agg(
            array_sort(collect_set("skill_name")).as("covered_skills"),
            count(lit(1)).cast("int").as("covered_skill_count"),
            sum("postings").as("demand_covered"))
        .join(demandPoints, new String[] {INDUSTRY, YEAR})
        .withColumn("demand_share_covered", col("demand_covered").divide(col("demand_points")));
  }

  /**
   * The covered demand with the credential's enrollment cell of the year and of the year before,
   * with their publication flags ({@link EnrollmentCells#published}).
   */
  private static Dataset<Row> withEnrollments(ReportInputs in, Dataset<Row> covered) {
    Dataset<Row> stats =
        EnrollmentCells.published(in.enrollmentCells(), in.settings().minLearners());
    Dataset<Row> previous =
        stats.select(
            col(CREDENTIAL_ID).as("p_id"),
            col(YEAR).plus(1).as("p_year"),
            col("enrollments_raw").as("prev_enrollments"),
            col("learners").as("prev_learners"));
    return covered
        .join(stats, new String[] {CREDENTIAL_ID, YEAR}, "left")
        .join(
            previous,
            col(CREDENTIAL_ID).equalTo(col("p_id")).and(col(YEAR).equalTo(col("p_year"))),
            "left")
        .drop("p_id", "p_year");
  }

  /**
   * Recognition: postings of the industry and year that name a credential-type entry this
   * credential covers. From the sets of entries postings name: each set counted once per credential
   * it touches.
   */
  private static Dataset<Row> namingPostings(ReportInputs in) {
    return in.facts()
        .get(ReportFacts.CREDENTIAL_SETS)
        .withColumn(SKILL_ID, explode(col("credential_skills")))
        .join(
            in.credentialSkills()
                .filter(col(SKILL_TYPE).equalTo("credential"))
                .select(CREDENTIAL_ID, SKILL_ID),
            SKILL_ID)
        .select(INDUSTRY, YEAR, CREDENTIAL_ID, "credential_skills", "postings")
        .distinct()
        .groupBy(INDUSTRY, YEAR, CREDENTIAL_ID)
        .agg(sum("postings").as("naming_postings"));
  }

  /** k-anonymity: a figure from fewer than k distinct learners becomes null. */
  private static Column keep(ReportInputs in, Column learners, Column value) {
    return when(learners.geq(in.settings().minLearners()), value);
  }

  /**
   * skill_gaps: per industry and year, each in-demand skill with the credentials that cover it and
   * their published enrollments, ranked by gap score (high demand with thin coverage first).
   */
  static Dataset<Row> gaps(ReportInputs in) {
    Dataset<Row> covering = in.credentialSkills().select(CREDENTIAL_ID, SKILL_ID);
    Dataset<Row> coverCount =
        covering
            .groupBy(SKILL_ID)
            .agg(countDistinct(CREDENTIAL_ID).cast("int").as("credentials_covering"));
    // Published cells only (see EnrollmentCells.published): two skills covered by overlapping
    // credential sets differ by published figures, never by a withheld one.
    Dataset<Row> learners =
        covering
            .join(
                EnrollmentCells.published(in.enrollmentCells(), in.settings().minLearners()),
                CREDENTIAL_ID)
            .groupBy(SKILL_ID, YEAR)
            .agg(
                sum(when(col("enrollments_published"), col("enrollments_raw")).otherwise(lit(0L)))
                    .as("published_enrollments"),
                max(not(col("enrollments_published"))).as("any_withheld"));
    Dataset<Row> out =
        in.inDemand()
            .join(coverCount, new String[] {SKILL_ID}, "left")
            .join(learners, new String[] {SKILL_ID, YEAR}, "left")
            .withColumn("credentials_covering", coalesce(col("credentials_covering"), lit(0)))
            .withColumn("covering_enrollments", coalesce(col("published_enrollments"), lit(0L)))
            .withColumn("suppressed", coalesce(col("any_withheld"), lit(false)))
            .withColumn(
                "enrollments_per_posting", col("covering_enrollments").divide(col("postings")))
            // High demand with no or thin coverage first: the share of postings, divided by one
            // plus the number of credentials that cover the skill.
            .withColumn(
                "gap_score", col("demand_share").divide(col("credentials_covering").plus(1)))
            .withColumn(
                "rank",
                ReportInputs.rankInIndustryYear(
                    col("gap_score").desc(), col("demand_share").desc(), col(SKILL_ID)));
    return in.stamped(out, ReportSchemas.SKILL_GAPS);
  }

  /**
   * credential_inflation: per industry, year and in-demand skill, the credentials covering it per
   * 1,000 postings, and an index of credentials per posting against the industry's first year.
   */
  static Dataset<Row> inflation(ReportInputs in) {
    // A credential counts from the year of its first enrollment on (catalogues carry no launch
    // date); one without any enrollment counts in every year.
    Dataset<Row> firstYear =
        in.enrollmentCells().groupBy(CREDENTIAL_ID).agg(min(YEAR).as("first_year"));
    Dataset<Row> supply =
        in.credentialSkills()
            .select(CREDENTIAL_ID, SKILL_ID)
            .join(firstYear, new String[] {CREDENTIAL_ID}, "left");
    Dataset<Row> perSkill =
        in.inDemand()
            .join(supply, new String[] {SKILL_ID}, "left")
            .groupBy(INDUSTRY, YEAR, SKILL_ID, "skill_name", "postings")
            .agg(
                countDistinct(
                        when(
                            col("first_year").isNull().or(col("first_year").leq(col(YEAR))),
                            col(CREDENTIAL_ID)))
                    .cast("int")
                    .as("credentials_covering"))
            .withColumn(
                "credentials_per_1000_postings",
                col("credentials_covering").multiply(1000.0).divide(col("postings")));
    Dataset<Row> perYear =
        perSkill
            .groupBy(INDUSTRY, YEAR)
            .agg(sum("credentials_covering").divide(sum("postings")).as("ratio"));
    Dataset<Row> index =
        perYear
            .withColumn(
                "first_ratio", first("ratio").over(Window.partitionBy(INDUSTRY).orderBy(YEAR)))
            .withColumn(
                "inflation_index",
                when(
                    col("first_ratio").gt(0),
                    col("ratio").multiply(100).divide(col("first_ratio"))))
            .select(INDUSTRY, YEAR, "inflation_index");
    return in.stamped(
        perSkill.join(index, new String[] {INDUSTRY, YEAR}), ReportSchemas.CREDENTIAL_INFLATION);
  }

  /**
   * credential_value: is a credential worth its cost and hours? Per credential, industry and year:
   * the demand it covers (as credential_coverage), the salary premium of that demand, and value
   * figures. A skill's premium is the median advertised pay of the postings asking for it over the
   * industry's median that year, minus one; a credential's premium is its covered skills' premiums
   * weighted by their postings. Computed per skill, then joined to the credentials that cover it,
   * so the cost grows with skills, not with postings times credentials. {@code
   * premium_weighted_coverage} is the covered demand with each skill's postings weighted by (1 +
   * premium), over the industry's demand points; value is that per 1,000 USD and per 100 hours.
   * Advertised pay, not earnings outcomes: a correlation (docs/reports.md).
   */
  static Dataset<Row> value(ReportInputs in) {
    Dataset<Row> out =
        coverage(in)
            .select(
                INDUSTRY,
                YEAR,
                CREDENTIAL_ID,
                "credential_name",
                "credential_type",
                "cost",
                "hours",
                "demand_share_covered",
                "employer_recognition",
                "completion_rate",
                "suppressed")
            .join(valuedDemand(in), new String[] {INDUSTRY, YEAR, CREDENTIAL_ID})
            .withColumn(
                "value_per_1000_usd",
                when(
                    col("cost").gt(0),
                    col("premium_weighted_coverage").multiply(1000).divide(col("cost"))))
            .withColumn(
                "value_per_100_hours",
                when(
                    col("hours").gt(0),
                    col("premium_weighted_coverage").multiply(100).divide(col("hours"))))
            // Sums of doubles depend on the order Spark adds them in, which depends on
            // partitioning: rounded to 1e-9, the same night gives the same rows on any file system
            // and cluster.
            .withColumn("salary_premium", round(col("salary_premium"), 9))
            .withColumn("premium_weighted_coverage", round(col("premium_weighted_coverage"), 9))
            .withColumn("value_per_1000_usd", round(col("value_per_1000_usd"), 9))
            .withColumn("value_per_100_hours", round(col("value_per_100_hours"), 9))
            // Free credentials first (their value per dollar has no bound; among them, the most
            // premium-weighted demand), then by value per 1,000 USD; an unknown cost ranks last.
            .withColumn(
                "rank",
                ReportInputs.rankInIndustryYear(
                    col("cost").equalTo(0).desc_nulls_last(),
                        col("value_per_1000_usd").desc_nulls_last(),
                    col("premium_weighted_coverage").desc(), col(CREDENTIAL_ID)))
            .join(
                in.credentials().select(CREDENTIAL_ID, "accredited", "rating", "review_count"),
                CREDENTIAL_ID);
    return in.stamped(out, ReportSchemas.CREDENTIAL_VALUE);
  }

  /**
   * Each skill's salary premium per industry and year: the median pay of the postings asking for it
   * over the industry's median, minus one (industry, year, skill_id, premium).
   */
  private static Dataset<Row> skillPremiums(ReportInputs in) {
    Dataset<Row> yearly =
        in.medians()
            .filter(col(PERIOD_TYPE).equalTo("year"))
            .withColumn(YEAR, col(PERIOD).cast("int"));
    Dataset<Row> industryPay =
        yearly
            .filter(col(SKILL_ID).isNull())
            .select(col(INDUSTRY), col(YEAR), col("median_salary").as("industry_median"));
    return yearly
        .filter(col(SKILL_ID).isNotNull())
        .select(col(INDUSTRY), col(YEAR), col(SKILL_ID), col("median_salary").as("skill_median"))
        .join(industryPay, new String[] {INDUSTRY, YEAR})
        .withColumn(
            "premium",
            when(
                col("industry_median").gt(0),
                col("skill_median").divide(col("industry_median")).minus(1)))
        .select(INDUSTRY, YEAR, SKILL_ID, "premium");
  }

  /**
   * Per industry, year and credential, the salary premium of the demand it covers (weighted by
   * postings) and its premium-weighted share of the industry's demand points.
   */
  private static Dataset<Row> valuedDemand(ReportInputs in) {
    Dataset<Row> demandPoints =
        in.inDemand().groupBy(INDUSTRY, YEAR).agg(sum("postings").as("demand_points"));
    return in.inDemand()
        .join(in.credentialSkills().select(CREDENTIAL_ID, SKILL_ID), SKILL_ID)
        .join(skillPremiums(in), new String[] {INDUSTRY, YEAR, SKILL_ID}, "left")
        .groupBy(INDUSTRY, YEAR, CREDENTIAL_ID)
        .agg(
            sum(when(col("premium").isNotNull(), col("postings").multiply(col("premium"))))
                .divide(sum(when(col("premium").isNotNull(), col("postings"))))
                .as("salary_premium"),
            sum(col("postings")
                    .multiply(
                        lit(1.0).plus(greatest(coalesce(col("premium"), lit(0.0)), lit(-1.0)))))
                .as("weighted_demand"))
        .join(demandPoints, new String[] {INDUSTRY, YEAR})
        .withColumn(
            "premium_weighted_coverage", col("weighted_demand").divide(col("demand_points")));
  }
}
