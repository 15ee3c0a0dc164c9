package org.skillgap.spark.report;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of what the report stage writes: the published reports (each registered once in
 * {@link ReportRegistry}; docs/reports.md documents them and ReportRegistryTest checks the two
 * agree), and the per-batch facts and salary medians it keeps between nights. None is a warehouse
 * table: those are declared in the warehouse's Schemas.
 */
final class ReportSchemas {
  private ReportSchemas() {}

  /** The year column of the reports and their facts. */
  static final String YEAR = "year";

  /** The period_type column of the reports and their facts. */
  static final String PERIOD_TYPE = "period_type";

  /** The period column of the reports and their facts. */
  static final String PERIOD = "period";

  // ------------------------------------------------------------------ reports

  /** skill_demand, partitioned by industry (the partition column is stored in the folder name). */
  static final StructType SKILL_DEMAND =
      createStructType(
          new StructField[] {
            createStructField(PERIOD_TYPE, StringType, false),
            createStructField(PERIOD, StringType, false),
            createStructField("period_start", DateType, false),
            createStructField(SKILL_ID, StringType, false),
            createStructField("skill_name", StringType, false),
            createStructField(SKILL_TYPE, StringType, false),
            createStructField("postings", LongType, false),
            createStructField("industry_postings", LongType, false),
            createStructField("share", DoubleType, false),
            createStructField("required_share", DoubleType, false),
            createStructField("rank", IntegerType, false),
            createStructField("postings_change_previous", DoubleType, true),
            createStructField("share_change_previous", DoubleType, true),
            createStructField("share_change_year_ago", DoubleType, true),
            createStructField("median_salary", DoubleType, true),
            createStructField("industry_median_salary", DoubleType, true),
            createStructField("salary_premium", DoubleType, true),
            createStructField("run_date", DateType, false),
            createStructField("taxonomy_version", StringType, false),
            createStructField(INDUSTRY, StringType, false),
          });

  private static StructType report(StructField... fields) {
    StructType t = createStructType(fields);
    return t.add("run_date", DateType, false)
        .add("taxonomy_version", StringType, false)
        .add(INDUSTRY, StringType, false);
  }

  private static StructField f(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }

  private static final ArrayType STRINGS = new ArrayType(StringType, true);

  static final StructType CREDENTIAL_COVERAGE =
      report(
          f(YEAR, IntegerType, false),
          f(CREDENTIAL_ID, StringType, false),
          f("credential_name", StringType, false),
          f("provider", StringType, true),
          f("credential_type", StringType, false),
          f("covered_skills", STRINGS, false),
          f("covered_skill_count", IntegerType, false),
          f("demand_covered", LongType, false),
          f("demand_share_covered", DoubleType, false),
          f("cost", DoubleType, true),
          f("hours", DoubleType, true),
          f("cost_per_demand_point", DoubleType, true),
          f("enrollments", LongType, true),
          f("completions", LongType, true),
          f("completion_rate", DoubleType, true),
          f("enrollment_growth", DoubleType, true),
          f("suppressed", BooleanType, false),
          f("employer_recognition", DoubleType, false));

  static final StructType SKILL_GAPS =
      report(
          f(YEAR, IntegerType, false),
          f(SKILL_ID, StringType, false),
          f("skill_name", StringType, false),
          f(SKILL_TYPE, StringType, false),
          f("postings", LongType, false),
          f("demand_share", DoubleType, false),
          f("credentials_covering", IntegerType, false),
          f("covering_enrollments", LongType, true),
          f("enrollments_per_posting", DoubleType, true),
          f("suppressed", BooleanType, false),
          f("gap_score", DoubleType, false),
          f("rank", IntegerType, false));

  static final StructType CREDENTIAL_INFLATION =
      report(
          f(YEAR, IntegerType, false),
          f(SKILL_ID, StringType, false),
          f("skill_name", StringType, false),
          f("postings", LongType, false),
          f("credentials_covering", IntegerType, false),
          f("credentials_per_1000_postings", DoubleType, false),
          f("inflation_index", DoubleType, true));

  static final StructType SKILL_BUNDLES =
      report(
          f("kind", StringType, false),
          f("items", STRINGS, false),
          f("antecedent", STRINGS, true),
          f("consequent", STRINGS, true),
          f("postings", LongType, false),
          f("support", DoubleType, false),
          f("confidence", DoubleType, true),
          f("lift", DoubleType, true),
          f("top_skills_mined", IntegerType, false),
          f("max_itemset_size", IntegerType, false));

  static final StructType CREDENTIAL_PATHS =
      report(
          f(YEAR, IntegerType, false),
          f("job_family", StringType, false),
          f("target_skills", STRINGS, false),
          f("step", IntegerType, false),
          f(CREDENTIAL_ID, StringType, false),
          f("credential_name", StringType, false),
          f("cost", DoubleType, true),
          f("hours", DoubleType, true),
          f("newly_covered", STRINGS, false),
          f("coverage_reached", DoubleType, false),
          f("total_cost", DoubleType, false),
          f("total_hours", DoubleType, false));

  static final StructType ENROLLMENT_TRENDS =
      report(
          f("credential_type", StringType, false),
          f(YEAR, IntegerType, false),
          f("enrollments", LongType, true),
          f("completions", LongType, true),
          f("completion_rate", DoubleType, true),
          f("growth_vs_first_year", DoubleType, true),
          f("suppressed", BooleanType, false));

  static final StructType EMERGING_SKILLS =
      report(
          f(YEAR, IntegerType, false),
          f("phrase", StringType, false),
          f("postings", LongType, false),
          f("share", DoubleType, false),
          f("required_share", DoubleType, false),
          f("example_sentence", StringType, false),
          f("rank", IntegerType, false));

  static final StructType SKILL_EXAMPLES =
      report(
          f(YEAR, IntegerType, false),
          f(SKILL_ID, StringType, false),
          f("skill_name", StringType, false),
          f(SKILL_TYPE, StringType, false),
          f("postings", LongType, false),
          f(POSTING_ID, StringType, false),
          f("title", StringType, true),
          f("sentence", StringType, false),
          f("matched", StringType, false),
          f("found_by", StringType, true));

  static final StructType EMPLOYER_RECOGNITION =
      report(
          f(YEAR, IntegerType, false),
          f("credential_skill_id", StringType, false),
          f("credential_skill_name", StringType, false),
          f("postings", LongType, false),
          f("share", DoubleType, false),
          f("rank", IntegerType, false),
          f("industry_postings", LongType, false),
          f("any_credential_share", DoubleType, false));

  static final StructType CREDENTIAL_VALUE =
      report(
          f(YEAR, IntegerType, false),
          f(CREDENTIAL_ID, StringType, false),
          f("credential_name", StringType, false),
          f("credential_type", StringType, false),
          f("cost", DoubleType, true),
          f("hours", DoubleType, true),
          f("demand_share_covered", DoubleType, false),
          f("salary_premium", DoubleType, true),
          f("premium_weighted_coverage", DoubleType, false),
          f("value_per_1000_usd", DoubleType, true),
          f("value_per_100_hours", DoubleType, true),
          f("employer_recognition", DoubleType, false),
          f("completion_rate", DoubleType, true),
          f("suppressed", BooleanType, false),
          f("accredited", BooleanType, true),
          f("rating", DoubleType, true),
          f("review_count", LongType, true),
          f("rank", IntegerType, false));

  static final StructType REQUIREMENT_TRENDS =
      report(
          f(YEAR, IntegerType, false),
          f("postings", LongType, false),
          f("degree_required_share", DoubleType, false),
          f("bachelor_or_higher_share", DoubleType, false),
          f("alternative_accepted_share", DoubleType, false),
          f("years_stated_share", DoubleType, false),
          f("median_min_years", DoubleType, true),
          f("certification_share", DoubleType, false),
          f("certification_required_share", DoubleType, false));

  // ------------------------------------------------------------------ report facts (ReportFacts)
  // Per postings batch, what the reports count; summed over batches each night. Kept under the
  // warehouse (FactsFolders), never published.

  private static final StructField[] CELL = {
    f(INDUSTRY, StringType, false),
    f(PERIOD_TYPE, StringType, false),
    f(PERIOD, StringType, false),
    f("period_start", DateType, false)
  };

  private static StructType fact(StructField[] key, StructField... measures) {
    return createStructType(
        Stream.concat(Arrays.stream(key), Arrays.stream(measures)).toArray(StructField[]::new));
  }

  private static final StructField[] INDUSTRY_YEAR = {
    f(INDUSTRY, StringType, false), f(YEAR, IntegerType, false)
  };

  /**
   * Postings per industry and period (month, quarter and year), and those asking for a skill (not a
   * credential).
   */
  static final StructType FACT_CELL_POSTINGS =
      fact(CELL, f("postings", LongType, false), f("skill_postings", LongType, false));

  /** Postings asking for each skill per industry and period, and those of them requiring it. */
  static final StructType FACT_CELL_SKILLS =
      fact(
          CELL,
          f(SKILL_ID, StringType, false),
          f(SKILL_TYPE, StringType, false),
          f("postings", LongType, false),
          f("required_postings", LongType, false));

  /**
   * Postings per industry, year and the exact set of credential entries they name (at least one).
   */
  static final StructType FACT_CREDENTIAL_SETS =
      fact(
          INDUSTRY_YEAR,
          f("credential_skills", new ArrayType(StringType, true), false),
          f("postings", LongType, false));

  /** Requirement counts per industry and year, over the postings whose requirements were read. */
  static final StructType FACT_REQUIREMENTS =
      fact(
          INDUSTRY_YEAR,
          f("postings", LongType, false),
          f("degree_required", LongType, false),
          f("bachelor_or_higher", LongType, false),
          f("alternative_accepted", LongType, false),
          f("years_stated", LongType, false),
          f("certification", LongType, false),
          f("certification_required", LongType, false));

  /**
   * How many of those postings state each minimum number of years: the exact median merges from it.
   */
  static final StructType FACT_MIN_YEARS =
      fact(INDUSTRY_YEAR, f("min_years", IntegerType, false), f("postings", LongType, false));

  /**
   * Emerging phrases per industry and year: postings, those requiring it, the first example
   * sentence.
   */
  static final StructType FACT_EMERGING =
      fact(
          INDUSTRY_YEAR,
          f("phrase", StringType, false),
          f("postings", LongType, false),
          f("required_postings", LongType, false),
          f("example_sentence", StringType, false));

  /** The example posting of each industry, year and skill ({@link ReportFacts#SKILL_EXAMPLES}). */
  static final StructType FACT_SKILL_EXAMPLES =
      fact(
          INDUSTRY_YEAR,
          f(SKILL_ID, StringType, false),
          f(
              "example",
              createStructType(
                  new StructField[] {
                    // Nullable: Spark reads a struct's fields back from Parquet as nullable.
                    f("draw", LongType, true),
                    f(POSTING_ID, StringType, true),
                    f("sentence_index", IntegerType, true),
                    f("begin_offset", IntegerType, true),
                    f("title", StringType, true),
                    f("sentence", StringType, true),
                    f("surface", StringType, true),
                    f("source", StringType, true)
                  }),
              false));

  /**
   * Postings per industry, year and job family (from the title): which families credential_paths
   * covers.
   */
  static final StructType FACT_FAMILY_POSTINGS =
      fact(INDUSTRY_YEAR, f("job_family", StringType, false), f("postings", LongType, false));

  /** Postings asking for each technology or knowledge skill per industry, year and job family. */
  static final StructType FACT_FAMILY_SKILLS =
      fact(
          INDUSTRY_YEAR,
          f("job_family", StringType, false),
          f(SKILL_ID, StringType, false),
          f("postings", LongType, false));

  /**
   * The exact median salary per industry, period and skill; skill_id null for the industry's own.
   */
  static final StructType SALARY_MEDIANS =
      createStructType(
          new StructField[] {
            f(INDUSTRY, StringType, false),
            f(PERIOD_TYPE, StringType, false),
            f(PERIOD, StringType, false),
            f(SKILL_ID, StringType, true),
            f("median_salary", DoubleType, false)
          });
}
