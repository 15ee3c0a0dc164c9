package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    Dataset<Row> counted =
        postingSkills.join(periods, "posting_id")
            .groupBy("industry", "period_type", "period", "period_start", "skill_id", "skill_type")
            .agg(count(lit(1)).as("postings"), sum("required").as("required_postings"))
            .filter(col("postings").geq(minPostings));

    return counted
        .join(totals, new String[] {"industry", "period_type", "period", "period_start"})
        .join(broadcast(skillNames(spark, taxonomy)), "skill_id")
        .withColumn("share", col("postings").divide(col("industry_postings")))
        .withColumn("required_share", col("required_postings").divide(col("postings")))
        .withColumn("rank", row_number().over(
            Window.partitionBy("industry", "period_type", "period").orderBy(col("postings").desc(), col("skill_id"))))
        .withColumn("run_date", lit(Date.valueOf(runDate)))
        .withColumn("taxonomy_version", lit(taxonomy.version()))
        .select(Columns.of(Schemas.SKILL_DEMAND));
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
}
