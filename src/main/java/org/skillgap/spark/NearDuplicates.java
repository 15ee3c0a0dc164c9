package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds re-posted postings: same company, descriptions whose word 3-shingles have a Jaccard similarity of
 * at least the threshold. MLlib's MinHashLSH gives each posting {@value #BANDS}x{@value #ROWS} MinHashes;
 * postings sharing a band (the company is part of the band key) become candidates, and candidates are
 * confirmed with the exact Jaccard similarity of their shingle sets. Banding keeps the candidate pairs near
 * linear in the input where one hash per table (approxSimilarityJoin) would pair every templated posting.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  static final int BANDS = 6;
  static final int ROWS = 4;

  /**
   * @param postings rows with posting_id, posted_date, company, description
   * @return (posting_id, duplicate_of): each later posting with the earliest earlier posting it repeats
   */
  public static Dataset<Row> find(Dataset<Row> postings, double threshold) {
    Dataset<Row> docs = postings.select(
        col("posting_id"), col("posted_date"),
        lower(trim(coalesce(col("company"), lit("")))).as("company_key"),
        lower(col("description")).as("text"));
    Dataset<Row> words = new RegexTokenizer().setInputCol("text").setOutputCol("words").setPattern("\\W+")
        .transform(docs);
    Dataset<Row> shingles = new NGram().setN(3).setInputCol("words").setOutputCol("shingles").transform(words)
        .filter(size(col("shingles")).gt(0));
    Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(1 << 20).setBinary(true).transform(shingles);
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(BANDS * ROWS).setSeed(20_261_128L)
        .setInputCol("features").setOutputCol("hashes").fit(features);
    Dataset<Row> signed = model.transform(features)
        .withColumn("sig", transform(col("hashes"),
            v -> org.apache.spark.ml.functions.vector_to_array(v, "float64").getItem(0)))
        .select("posting_id", "posted_date", "company_key", "shingles", "sig");

    Column[] bandKeys = new Column[BANDS];
    for (int b = 0; b < BANDS; b++) {
      bandKeys[b] = concat_ws("|", col("company_key"), lit(b),
          concat_ws(",", slice(col("sig"), b * ROWS + 1, ROWS).cast("array<string>")));
    }
    Dataset<Row> banded = signed.withColumn("band", explode(array(bandKeys))).select("band", "posting_id");
    Dataset<Row> pairs = banded.as("a").join(banded.as("b"),
            col("a.band").equalTo(col("b.band")).and(col("a.posting_id").lt(col("b.posting_id"))))
        .select(col("a.posting_id").as("id_a"), col("b.posting_id").as("id_b"))
        .distinct();

    Dataset<Row> a = signed.select(col("posting_id").as("id_a"), col("posted_date").as("date_a"), col("shingles").as("sh_a"));
    Dataset<Row> b = signed.select(col("posting_id").as("id_b"), col("posted_date").as("date_b"), col("shingles").as("sh_b"));
    Dataset<Row> similar = pairs.join(a, "id_a").join(b, "id_b")
        .withColumn("jaccard", size(array_intersect(col("sh_a"), col("sh_b")))
            .divide(size(array_union(col("sh_a"), col("sh_b")))))
        .filter(col("jaccard").geq(threshold));

    // Orient each pair: the later posting (by date, then id) repeats the earlier one.
    Column aFirst = col("date_a").lt(col("date_b")).or(col("date_a").equalTo(col("date_b")).and(col("id_a").lt(col("id_b"))));
    Dataset<Row> oriented = similar.select(
        when(aFirst, col("id_b")).otherwise(col("id_a")).as("posting_id"),
        when(aFirst, col("id_a")).otherwise(col("id_b")).as("original"),
        when(aFirst, col("date_a")).otherwise(col("date_b")).as("original_date"));
    return oriented.groupBy("posting_id")
        .agg(min_by(col("original"), struct(col("original_date"), col("original"))).as("duplicate_of"));
  }
}
