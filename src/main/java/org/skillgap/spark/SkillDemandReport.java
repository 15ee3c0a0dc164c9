package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * skill_demand: per industry, period (month and quarter) and skill, how many postings ask for the skill,
 * their share of the industry's postings in that period, the share of those that require it, and the
 * skill's rank. Built only from Spark SQL functions.
 */
public final class SkillDemandReport {
  private SkillDemandReport() {}

  public static Dataset<Row> build(
      SparkSession spark, Dataset<Row> postings, Dataset<Row> mentions, Taxonomy taxonomy, LocalDate runDate,
      int minPostings) {
    Dataset<Row> periods =
        postings.select(col("posting_id"), col("industry"), lit("month").as("period_type"),
                date_format(col("posted_date"), "yyyy-MM").as("period"),
                trunc(col("posted_date"), "month").as("period_start"))
            .unionByName(
                postings.select(col("posting_id"), col("industry"), lit("quarter").as("period_type"),
                    concat(year(col("posted_date")).cast("string"), lit("-Q"), quarter(col("posted_date")).cast("string"))
                        .as("period"),
                    trunc(col("posted_date"), "quarter").as("period_start")));

    Dataset<Row> totals =
        periods.groupBy("industry", "period_type", "period", "period_start")
            .agg(count(lit(1)).as("industry_postings"));

    // One row per posting and skill: a skill named three times in a posting is one posting asking for it.
    Dataset<Row> postingSkills =
        mentions.groupBy("posting_id", "skill_id", "skill_type")
            .agg(max(when(col("requirement").equalTo("required"), 1).otherwise(0)).as("required"));

    // Counts and the median salary in one pass over (posting, skill, period): percentile_approx skips the
    // postings without a usable salary. Only USD and unstated currencies are mixed; other currencies are
    // left out rather than converted at a guessed rate.
    Dataset<Row> counted =
        postingSkills.join(periods, "posting_id")
            .join(withSalary(postings), new String[] {"posting_id"}, "left")
            .groupBy("industry", "period_type", "period", "period_start", "skill_id", "skill_type")
            .agg(count(lit(1)).as("postings"), sum("required").as("required_postings"),
                percentile_approx(col("salary"), lit(0.5), lit(10_000)).as("median_salary"))
            .filter(col("postings").geq(minPostings));

    Dataset<Row> base = counted
        .join(totals, new String[] {"industry", "period_type", "period", "period_start"})
        .withColumn("share", col("postings").divide(col("industry_postings")))
        // Read three times below (itself, its previous period, a year ago): aggregated once.
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

    // The same skill one period earlier and one year earlier: joined on the computed start date, so a
    // period in which the skill was absent gives null rather than the wrong neighbour.
    Column previousStart = when(col("period_type").equalTo("month"), add_months(col("period_start"), -1))
        .otherwise(add_months(col("period_start"), -3));
    Dataset<Row> withChanges =
        withPrior(withPrior(base, "prev", previousStart), "ago", add_months(col("period_start"), -12))
            .withColumn("postings_change_previous", col("postings").divide(col("prev_postings")).minus(1))
            .withColumn("share_change_previous", col("share").minus(col("prev_share")))
            .withColumn("share_change_year_ago", col("share").minus(col("ago_share")));

    return withChanges
        .join(industrySalaries(postings, periods), new String[] {"industry", "period_type", "period"}, "left")
        .withColumn("salary_premium", col("median_salary").divide(col("industry_median_salary")).minus(1))
        .join(broadcast(skillNames(spark, taxonomy)), "skill_id")
        .withColumn("required_share", col("required_postings").divide(col("postings")))
        .withColumn("rank", row_number().over(
            Window.partitionBy("industry", "period_type", "period").orderBy(col("postings").desc(), col("skill_id"))))
        .withColumn("run_date", lit(Date.valueOf(runDate)))
        .withColumn("taxonomy_version", lit(taxonomy.version()))
        .select(Columns.of(Schemas.SKILL_DEMAND));
  }

  /** Adds {prefix}_postings and {prefix}_share: the same skill's row whose period starts at {@code start}. */
  private static Dataset<Row> withPrior(Dataset<Row> base, String prefix, Column start) {
    Dataset<Row> prior = base.select(col("industry").as("j_industry"), col("period_type").as("j_type"),
        col("skill_id").as("j_skill"), col("period_start").as("j_start"),
        col("postings").as(prefix + "_postings"), col("share").as(prefix + "_share"));
    return base.join(prior,
            col("industry").equalTo(col("j_industry")).and(col("period_type").equalTo(col("j_type")))
                .and(col("skill_id").equalTo(col("j_skill"))).and(col("j_start").equalTo(start)),
            "left")
        .drop("j_industry", "j_type", "j_skill", "j_start");
  }

  private static Dataset<Row> industrySalaries(Dataset<Row> postings, Dataset<Row> periods) {
    return withSalary(postings).join(periods, "posting_id")
        .groupBy("industry", "period_type", "period")
        .agg(percentile_approx(col("salary"), lit(0.5), lit(10_000)).as("industry_median_salary"));
  }

  /** Annualised salary: the midpoint of the range (posting_id, salary), USD or no currency stated. */
  static Dataset<Row> withSalary(Dataset<Row> postings) {
    return postings
        .filter(col("salary_annual_min").isNotNull()
            .and(col("salary_currency").isNull().or(col("salary_currency").equalTo("USD"))))
        .select(col("posting_id"), col("salary_annual_min").plus(col("salary_annual_max")).divide(2).as("salary"));
  }

  /** Taxonomy names as a small table: its size is the taxonomy's, not the input's. */
  static Dataset<Row> skillNames(SparkSession spark, Taxonomy taxonomy) {
    List<Row> rows = new ArrayList<>(taxonomy.size());
    for (Skill s : taxonomy.skills()) {
      rows.add(RowFactory.create(s.id(), s.name()));
    }
    StructType schema = new StructType()
        .add("skill_id", DataTypes.StringType, false)
        .add("skill_name", DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Each industry's n most asked-for skills over every period a skill_demand report covers: postings asking
   * for the skill over the industry's postings (summed over quarters, which partition the time), credentials
   * left out. At most 5 x n rows.
   */
  public static Dataset<Row> topOverAllYears(Dataset<Row> skillDemand, int n) {
    Dataset<Row> years = skillDemand.filter(col("period_type").equalTo("quarter"));
    Dataset<Row> totals = years.select("industry", "period", "industry_postings").distinct()
        .groupBy("industry").agg(sum("industry_postings").as("industry_postings"));
    return years.filter(col("skill_type").notEqual("credential"))
        .groupBy("industry", "skill_id", "skill_name").agg(sum("postings").as("postings"))
        .join(totals, "industry")
        .withColumn("share", col("postings").divide(col("industry_postings")))
        .withColumn("rank", row_number().over(org.apache.spark.sql.expressions.Window.partitionBy("industry")
            .orderBy(col("postings").desc(), col("skill_id"))))
        .filter(col("rank").leq(n))
        .select("industry", "rank", "skill_id", "skill_name", "postings", "industry_postings", "share")
        .orderBy("industry", "rank");
  }
}
