package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What postings ask for beyond the taxonomy's skill counts, per industry and year, all from the
 * merged facts: degrees, years and certifications (requirement_trends), the credentials they name
 * (employer_recognition), and the phrases the taxonomy does not know yet (emerging_skills).
 */
final class RequirementReports {
  private RequirementReports() {}

  /**
   * Per industry and year, what postings ask besides skills (core/requirements): the share
   * requiring a degree, a bachelor's or higher, the share of those that accept experience or a
   * certificate instead, the share stating years of experience and their median, the share naming a
   * certification. Together: the skills-based-hiring trend. Postings ingested before requirements
   * were read (null columns) are left out.
   */
  static Dataset<Row> requirementTrends(ReportInputs in) {
    // The exact median from the merged counts of each stated minimum (percentile with frequencies).
    Dataset<Row> medianYears =
        in.facts()
            .get(ReportFacts.MIN_YEARS)
            .groupBy(INDUSTRY, YEAR)
            .agg(expr("percentile(min_years, 0.5, postings)").as("median_min_years"));
    Column n = col("postings");
    Dataset<Row> out =
        in.facts()
            .get(ReportFacts.REQUIREMENTS)
            .join(medianYears, new String[] {INDUSTRY, YEAR}, "left")
            .withColumn("degree_required_share", col("degree_required").divide(n))
            .withColumn("bachelor_or_higher_share", col("bachelor_or_higher").divide(n))
            .withColumn("alternative_accepted_share", col("alternative_accepted").divide(n))
            .withColumn("years_stated_share", col("years_stated").divide(n))
            .withColumn("certification_share", col("certification").divide(n))
            .withColumn("certification_required_share", col("certification_required").divide(n));
    return in.stamped(out, ReportSchemas.REQUIREMENT_TRENDS);
  }

  /**
   * Per industry and year, the credential-type entries postings name, with their share of the
   * industry's postings, and the share naming any.
   */
  static Dataset<Row> employerRecognition(ReportInputs in) {
    Dataset<Row> any =
        in.facts()
            .get(ReportFacts.CREDENTIAL_SETS)
            .groupBy(INDUSTRY, YEAR)
            .agg(sum("postings").as("any_postings"));
    Dataset<Row> out =
        in.facts()
            .skillYears()
            .filter(col(SKILL_TYPE).equalTo("credential"))
            .select(INDUSTRY, YEAR, SKILL_ID, "postings")
            .join(in.industryTotals(), new String[] {INDUSTRY, YEAR})
            .join(any, new String[] {INDUSTRY, YEAR})
            .join(broadcast(SkillDemandReport.skillNames(in.spark(), in.taxonomy())), SKILL_ID)
            .withColumn("share", col("postings").divide(col("industry_postings")))
            .withColumn(
                "any_credential_share", col("any_postings").divide(col("industry_postings")))
            .withColumn(
                "rank", ReportInputs.rankInIndustryYear(col("postings").desc(), col(SKILL_ID)))
            .withColumnRenamed(SKILL_ID, "credential_skill_id")
            .withColumnRenamed("skill_name", "credential_skill_name");
    return in.stamped(out, ReportSchemas.EMPLOYER_RECOGNITION);
  }

  /**
   * Postings of an industry and year that must ask for a phrase before it is reported for review.
   */
  static final int EMERGING_MIN_POSTINGS = 3;

  /** Phrases shown per industry and year, most asked for first. */
  static final int EMERGING_TOP = 100;

  /**
   * Phrases the taxonomy does not know that requirement sentences ask for, per industry and year:
   * the review list for the next taxonomy version. From the merged emerging facts.
   */
  static Dataset<Row> emergingSkills(ReportInputs in) {
    Dataset<Row> counted =
        in.facts()
            .get(ReportFacts.EMERGING)
            .filter(col("postings").geq(EMERGING_MIN_POSTINGS))
            .join(in.industryTotals(), new String[] {INDUSTRY, YEAR})
            .withColumn("share", col("postings").divide(col("industry_postings")))
            .withColumn("required_share", col("required_postings").divide(col("postings")))
            .withColumn(
                "rank", ReportInputs.rankInIndustryYear(col("postings").desc(), col("phrase")))
            .filter(col("rank").leq(EMERGING_TOP));
    return in.stamped(counted, ReportSchemas.EMERGING_SKILLS);
  }
}
