package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.PERIOD_TYPE;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.core.report.Itemsets;

/** skill_bundles: skills asked for together, from the item-set counts kept between nights. */
final class SkillBundlesReport {
  private SkillBundlesReport() {}

  /**
   * Per industry over all years, the item sets of skills with enough support and the rules with
   * enough confidence. Each industry's {@code report.bundle-top-skills} most asked-for skills are
   * the candidates; every posting's candidate skills are enumerated into item sets of up to {@code
   * report.bundle-max-size} skills ({@link Itemsets}) and counted ({@link BundleCounts}: kept
   * between nights, a night adds its new postings' sets). The work per posting is bounded by the
   * candidates, so dense postings (30+ skills each) cost no more than sparse ones; FPGrowth, used
   * before, enumerated exponentially many itemsets on them. Rules have one skill on the right, as
   * FPGrowth's do.
   */
  static Dataset<Row> build(ReportInputs in) {
    int maxSize = in.settings().bundleMaxSize();
    Dataset<Row> baskets =
        in.facts()
            .get(ReportFacts.CELL_POSTINGS)
            .filter(col(PERIOD_TYPE).equalTo("year"))
            .groupBy(INDUSTRY)
            .agg(sum("skill_postings").as("baskets"));
    Dataset<Row> mined =
        in.bundles()
            .candidates()
            .groupBy(INDUSTRY)
            .agg(count(lit(1)).cast("int").as("top_skills_mined"));
    Dataset<Row> sets =
        in.bundles()
            .counts()
            .join(baskets, INDUSTRY)
            .withColumn("support", col("postings").divide(col("baskets")))
            .filter(col("support").geq(in.settings().bundleMinSupport()))
            .cache();
    Dataset<Row> itemsets =
        sets.filter(size(col("items")).geq(2))
            .select(
                col(INDUSTRY),
                lit("itemset").as("kind"),
                col("items"),
                lit(null).cast("array<string>").as("antecedent"),
                lit(null).cast("array<string>").as("consequent"),
                col("postings"),
                col("support"),
                lit(null).cast("double").as("confidence"),
                lit(null).cast("double").as("lift"));
    Dataset<Row> antecedents =
        sets.select(
            col(INDUSTRY),
            col("items").as("antecedent"),
            col("postings").as("antecedent_postings"));
    Dataset<Row> singles =
        sets.filter(size(col("items")).equalTo(1))
            .select(
                col(INDUSTRY),
                col("items").as("consequent"),
                col("support").as("consequent_support"));
    Dataset<Row> rules =
        sets.filter(size(col("items")).geq(2))
            .withColumn("c", explode(col("items")))
            .withColumn("antecedent", array_remove(col("items"), col("c")))
            .withColumn("consequent", array(col("c")))
            .join(antecedents, new String[] {INDUSTRY, "antecedent"})
            .join(singles, new String[] {INDUSTRY, "consequent"})
            .withColumn("confidence", col("postings").divide(col("antecedent_postings")))
            .filter(col("confidence").geq(in.settings().bundleMinConfidence()))
            .select(
                col(INDUSTRY),
                lit("rule").as("kind"),
                col("items"),
                col("antecedent"),
                col("consequent"),
                col("postings"),
                col("support"),
                col("confidence"),
                col("confidence").divide(col("consequent_support")).as("lift"));
    Dataset<Row> all =
        itemsets
            .unionByName(rules)
            .join(mined, INDUSTRY)
            .withColumn("max_itemset_size", lit(maxSize));
    return in.stamped(all, ReportSchemas.SKILL_BUNDLES);
  }
}
