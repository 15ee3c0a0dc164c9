package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.PERIOD;
import static org.skillgap.spark.report.ReportSchemas.PERIOD_TYPE;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.common.NamedRow;

/**
 * skill_demand: per industry, period (month and quarter) and skill, how many postings ask for the
 * skill, their share of the industry's postings in that period, the share of those that require it,
 * and the skill's rank. Built only from Spark SQL functions, from the per-batch facts ({@link
 * ReportFacts}).
 */
public final class SkillDemandReport {
  private SkillDemandReport() {}

  /**
   * From the night's merged facts: counts, shares, ranks and changes come from the summed per-batch
   * counts, medians from the kept exact medians ({@link SalaryMedians}).
   */
  static Dataset<Row> build(ReportInputs in) {
    Column monthOrQuarter = col(PERIOD_TYPE).isin("month", "quarter");
    String[] cell = {INDUSTRY, PERIOD_TYPE, PERIOD, "period_start"};
    Dataset<Row> totals =
        in.facts()
            .get(ReportFacts.CELL_POSTINGS)
            .filter(monthOrQuarter)
            .withColumnRenamed("postings", "industry_postings");
    Dataset<Row> base =
        in.facts()
            .get(ReportFacts.CELL_SKILLS)
            .filter(monthOrQuarter)
            .filter(col("postings").geq(in.minPostings()))
            .join(totals, cell)
            .withColumn("share", col("postings").divide(col("industry_postings")));

    // The same skill one period earlier and one year earlier, found by the period's month number: a
    // frame of exactly that many months back holds the neighbour, or nothing when the skill was
    // absent then (null, not the wrong neighbour). One sort of the skill's periods serves all three
    // frames.
    Column monthNumber = year(col("period_start")).multiply(12).plus(month(col("period_start")));
    WindowSpec skillPeriods =
        Window.partitionBy(INDUSTRY, PERIOD_TYPE, SKILL_ID).orderBy(monthNumber);
    WindowSpec monthBefore = skillPeriods.rangeBetween(-1, -1);
    WindowSpec quarterBefore = skillPeriods.rangeBetween(-3, -3);
    WindowSpec yearBefore = skillPeriods.rangeBetween(-12, -12);
    Column isMonth = col(PERIOD_TYPE).equalTo("month");
    Dataset<Row> withChanges =
        base.withColumn(
                "prev_postings",
                when(isMonth, max("postings").over(monthBefore))
                    .otherwise(max("postings").over(quarterBefore)))
            .withColumn(
                "prev_share",
                when(isMonth, max("share").over(monthBefore))
                    .otherwise(max("share").over(quarterBefore)))
            .withColumn("ago_share", max("share").over(yearBefore))
            .withColumn(
                "postings_change_previous", col("postings").divide(col("prev_postings")).minus(1))
            .withColumn("share_change_previous", col("share").minus(col("prev_share")))
            .withColumn("share_change_year_ago", col("share").minus(col("ago_share")));

    // Advertised pay of USD and unstated currencies only; other currencies are left out rather than
    // converted at a guessed rate.
    Dataset<Row> skillMedians =
        in.medians()
            .filter(col(SKILL_ID).isNotNull())
            .select(INDUSTRY, PERIOD_TYPE, PERIOD, SKILL_ID, "median_salary");
    Dataset<Row> industryMedians =
        in.medians()
            .filter(col(SKILL_ID).isNull())
            .select(
                col(INDUSTRY),
                col(PERIOD_TYPE),
                col(PERIOD),
                col("median_salary").as("industry_median_salary"));
    Dataset<Row> out =
        withChanges
            .join(skillMedians, new String[] {INDUSTRY, PERIOD_TYPE, PERIOD, SKILL_ID}, "left")
            .join(industryMedians, new String[] {INDUSTRY, PERIOD_TYPE, PERIOD}, "left")
            .withColumn(
                "salary_premium",
                col("median_salary").divide(col("industry_median_salary")).minus(1))
            .join(broadcast(skillNames(in.spark(), in.taxonomy())), SKILL_ID)
            .withColumn("required_share", col("required_postings").divide(col("postings")))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy(INDUSTRY, PERIOD_TYPE, PERIOD)
                            .orderBy(col("postings").desc(), col(SKILL_ID))));
    return in.stamped(out, ReportSchemas.SKILL_DEMAND);
  }

  /**
   * skill_examples: per industry, year and skill that skill_demand counts there, one posting it
   * counted, with its title, the sentence and the words matched ({@link
   * ReportFacts#SKILL_EXAMPLES}).
   */
  static Dataset<Row> examples(ReportInputs in) {
    Dataset<Row> yearCounts =
        in.facts()
            .get(ReportFacts.CELL_SKILLS)
            .filter(col(PERIOD_TYPE).equalTo("year").and(col("postings").geq(in.minPostings())))
            .select(
                col(INDUSTRY),
                year(col("period_start")).as(YEAR),
                col(SKILL_ID),
                col(SKILL_TYPE),
                col("postings"));
    Dataset<Row> out =
        in.facts()
            .get(ReportFacts.SKILL_EXAMPLES)
            .join(yearCounts, new String[] {INDUSTRY, YEAR, SKILL_ID})
            .join(broadcast(skillNames(in.spark(), in.taxonomy())), SKILL_ID)
            .select(
                col(INDUSTRY),
                col(YEAR),
                col(SKILL_ID),
                col("skill_name"),
                col(SKILL_TYPE),
                col("postings"),
                col("example." + POSTING_ID).as(POSTING_ID),
                col("example.title").as("title"),
                col("example.sentence").as("sentence"),
                col("example.surface").as("matched"),
                col("example.source").as("found_by"));
    return in.stamped(out, ReportSchemas.SKILL_EXAMPLES);
  }

  /**
   * Annualised salary: the midpoint of the range (posting_id, salary), USD or no currency stated.
   */
  static Dataset<Row> withSalary(Dataset<Row> postings) {
    return postings
        .filter(
            col("salary_annual_min")
                .isNotNull()
                .and(col("salary_currency").isNull().or(col("salary_currency").equalTo("USD"))))
        .select(
            col(POSTING_ID),
            col("salary_annual_min").plus(col("salary_annual_max")).divide(2).as("salary"));
  }

  /** Taxonomy names as a small table: its size is the taxonomy's, not the input's. */
  static Dataset<Row> skillNames(SparkSession spark, Taxonomy taxonomy) {
    StructType schema =
        new StructType()
            .add(SKILL_ID, DataTypes.StringType, false)
            .add("skill_name", DataTypes.StringType, false);
    List<Row> rows = new ArrayList<>(taxonomy.size());
    for (Skill s : taxonomy.skills()) {
      rows.add(new NamedRow(schema).put(SKILL_ID, s.id()).put("skill_name", s.name()).row());
    }
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Each industry's n most asked-for skills over every period a skill_demand report covers:
   * postings asking for the skill over the industry's postings (summed over quarters, which
   * partition the time), credentials left out. At most 5 x n rows.
   */
  public static Dataset<Row> topOverAllYears(Dataset<Row> skillDemand, int n) {
    Dataset<Row> years = skillDemand.filter(col(PERIOD_TYPE).equalTo("quarter"));
    Dataset<Row> totals =
        years
            .select(INDUSTRY, PERIOD, "industry_postings")
            .distinct()
            .groupBy(INDUSTRY)
            .agg(sum("industry_postings").as("industry_postings"));
    return years
        .filter(col(SKILL_TYPE).notEqual("credential"))
        .groupBy(INDUSTRY, SKILL_ID, "skill_name", SKILL_TYPE)
        .agg(sum("postings").as("postings"))
        .join(totals, INDUSTRY)
        .withColumn("share", col("postings").divide(col("industry_postings")))
        .withColumn(
            "rank",
            row_number()
                .over(Window.partitionBy(INDUSTRY).orderBy(col("postings").desc(), col(SKILL_ID))))
        .filter(col("rank").leq(n))
        .select(
            INDUSTRY,
            "rank",
            SKILL_ID,
            "skill_name",
            SKILL_TYPE,
            "postings",
            "industry_postings",
            "share")
        .orderBy(INDUSTRY, "rank");
  }
}
