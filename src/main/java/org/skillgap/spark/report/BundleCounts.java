package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;
import org.skillgap.core.report.Itemsets;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;

/**
 * The item-set counts skill_bundles is built from: per industry, how many postings ask for each set
 * of up to {@code report.bundle-max-size} of the industry's {@code report.bundle-top-skills} most
 * asked-for skills (the candidates, from the merged facts). Counts add up over postings only while
 * the candidates stay the same, so they are kept between nights as a {@link ReportState} with each
 * industry's candidates: a night counts the item sets of its new postings and adds them, and
 * recounts from all postings only the industries whose candidates changed. The work per posting is
 * bounded by the candidates ({@link Itemsets}).
 */
final class BundleCounts {
  private BundleCounts() {}

  static final String NAME = "bundle_counts";

  static final StructType COUNTS =
      new StructType()
          .add(INDUSTRY, DataTypes.StringType, false)
          .add("items", DataTypes.createArrayType(DataTypes.StringType, true), false)
          .add("postings", DataTypes.LongType, false);

  static final StructType CANDIDATES =
      new StructType()
          .add(INDUSTRY, DataTypes.StringType, false)
          .add(SKILL_ID, DataTypes.StringType, false);

  /**
   * @param counts industry, items (sorted skill ids), postings: every set found, no support
   *     threshold yet
   * @param candidates industry, skill_id: the skills mined per industry
   * @param industriesRecounted industries counted from all their postings this night
   */
  record Update(Dataset<Row> counts, Dataset<Row> candidates, int industriesRecounted) {}

  /**
   * Each industry's {@code topSkills} most asked-for skills (credentials left out), from the merged
   * facts.
   */
  static Dataset<Row> candidates(ReportFacts.Merged facts, int topSkills) {
    return facts
        .skillYears()
        .filter(col(SKILL_TYPE).notEqual("credential"))
        .groupBy(INDUSTRY, SKILL_ID)
        .agg(sum("postings").as("n"))
        .withColumn(
            "r",
            row_number().over(Window.partitionBy(INDUSTRY).orderBy(col("n").desc(), col(SKILL_ID))))
        .filter(col("r").leq(topSkills))
        .select(Columns.of(CANDIDATES));
  }

  /**
   * The counts for the batches in {@code ids}.
   *
   * @param postings posting_id, industry, ingest_batch
   * @param mentions posting_id, skill_id, skill_type, ingest_batch (emerging phrases left out)
   */
  static Update update(
      SparkSession spark,
      Layout layout,
      Map<LocalDate, String> ids,
      ReportFacts.Merged facts,
      Dataset<Row> postings,
      Dataset<Row> mentions,
      int topSkills,
      int maxSize) {
    Storage storage = new Storage(spark);
    String dir = layout.reportState(NAME);
    String basis = "top " + topSkills + ", sets of up to " + maxSize;
    // At most five industries by topSkills rows: bounded by the settings, not the input.
    Map<String, Set<String>> now = new TreeMap<>();
    for (Row r : candidates(facts, topSkills).collectAsList()) {
      now.computeIfAbsent(r.getAs(INDUSTRY), k -> new TreeSet<>()).add(r.getAs(SKILL_ID));
    }
    Dataset<Row> candidates =
        spark.createDataFrame(
            now.entrySet().stream()
                .flatMap(
                    e ->
                        e.getValue().stream()
                            .map(
                                id ->
                                    new NamedRow(CANDIDATES)
                                        .put(INDUSTRY, e.getKey())
                                        .put(SKILL_ID, id)
                                        .row()))
                .toList(),
            CANDIDATES);
    ReportState.Plan plan = ReportState.plan(storage, dir, ids, basis);
    Set<String> changed = new TreeSet<>();
    for (Map.Entry<String, Set<String>> e : now.entrySet()) {
      if (!plan.incremental() || !e.getValue().equals(kept(plan.kept(), e.getKey()))) {
        changed.add(e.getKey());
      }
    }
    if (plan.upToDate() && changed.isEmpty()) {
      return new Update(ReportState.read(spark, dir, COUNTS), candidates, 0);
    }
    Dataset<Row> scope = postings;
    Dataset<Row> scopeMentions = mentions;
    if (plan.incremental()) {
      Object[] fresh = SalaryMedians.dates(plan.fresh());
      scope =
          postings.filter(
              col(StoredTable.BATCH).isin(fresh).or(col(INDUSTRY).isin(changed.toArray())));
      if (changed.isEmpty()) {
        // Only the new batches' mentions are read (their folders alone: ingest_batch is the
        // partition).
        scopeMentions = mentions.filter(col(StoredTable.BATCH).isin(fresh));
      }
    }
    Dataset<Row> counted = countSets(scope, scopeMentions, candidates, maxSize);
    Dataset<Row> next =
        !plan.incremental()
            ? counted
            : counted
                .unionByName(
                    ReportState.read(spark, dir, COUNTS)
                        .filter(not(col(INDUSTRY).isin(changed.toArray()))))
                .groupBy(INDUSTRY, "items")
                .agg(sum("postings").as("postings"))
                .select(Columns.of(COUNTS));
    Json kept = new Json();
    now.forEach((industry, ids2) -> kept.put(industry, List.copyOf(ids2)));
    ReportState.write(storage, dir, next, ids, basis, kept);
    return new Update(ReportState.read(spark, dir, COUNTS), candidates, changed.size());
  }

  private static Set<String> kept(JsonNode kept, String industry) {
    Set<String> out = new TreeSet<>();
    kept.path(industry).forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * Item-set counts of these postings: each posting's candidate skills, sorted, enumerated into
   * sets of up to {@code maxSize}, counted per industry.
   */
  static Dataset<Row> countSets(
      Dataset<Row> postings, Dataset<Row> mentions, Dataset<Row> candidates, int maxSize) {
    return mentions
        .filter(col(SKILL_TYPE).notEqual("credential"))
        .select(POSTING_ID, SKILL_ID)
        .distinct()
        .join(postings.select(POSTING_ID, INDUSTRY), POSTING_ID)
        .join(broadcast(candidates), new String[] {INDUSTRY, SKILL_ID})
        .groupBy(INDUSTRY, POSTING_ID)
        .agg(array_sort(collect_set(SKILL_ID)).as("items"))
        .select(Columns.of(ITEMSET))
        .flatMap(subsets(maxSize), Encoders.row(ITEMSET))
        .groupBy(INDUSTRY, "items")
        .agg(count(lit(1)).as("postings"))
        .select(Columns.of(COUNTS));
  }

  private static final StructType ITEMSET =
      new StructType()
          .add(INDUSTRY, "string", false)
          .add("items", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static FlatMapFunction<Row, Row> subsets(int maxSize) {
    return r -> {
      String industry = r.getAs(INDUSTRY);
      List<String> basket = NamedRow.list(r, "items");
      List<Row> out = new ArrayList<>();
      for (List<String> set : Itemsets.subsets(basket, maxSize)) {
        out.add(
            new NamedRow(ITEMSET)
                .put(INDUSTRY, industry)
                .put("items", set.toArray(new String[0]))
                .row());
      }
      return out.iterator();
    };
  }
}
