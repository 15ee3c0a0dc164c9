package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import java.sql.Date;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.ingest.MinHash;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.common.RowIterators;

/**
 * Finds re-posted postings: the same job (by default the same company, title and location), posted
 * within a time window of each other, descriptions whose word 3-shingles have a Jaccard similarity
 * of at least the threshold.
 *
 * <p>Every posting gets {@link MinHash#DEFAULT_BANDS} band keys ({@link MinHash}). Postings that
 * share a band, a company and a time window become candidates, and candidates are confirmed with
 * the exact Jaccard similarity of their shingle sets. The work stays linear in the postings:
 *
 * <ul>
 *   <li>the window: a company's postings years apart are never paired (a nightly run only ever
 *       compares a night's postings, so a full refresh should not compare more). Windows are {@code
 *       windowDays} long and each posting sits in its own and the next, so postings less than
 *       {@code windowDays} apart always share one;
 *   <li>long bands: unrelated postings of one template rarely agree on all rows of a band;
 *   <li>a bucket of more than {@value #MAX_BUCKET} postings (a mass re-post) pairs each member with
 *       its earliest one only, not every member with every other.
 * </ul>
 */
final class NearDuplicates {
  private NearDuplicates() {}

  /**
   * Above this many postings in one band bucket, members are paired with the earliest member only.
   */
  static final int MAX_BUCKET = 200;

  private static final StructType SIGNED =
      new StructType()
          .add(POSTING_ID, DataTypes.StringType, false)
          .add("posted_date", DataTypes.DateType, false)
          .add("company_key", DataTypes.StringType, false)
          .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);

  private static final StructType SHINGLED =
      new StructType()
          .add(POSTING_ID, DataTypes.StringType, false)
          .add("posted_date", DataTypes.DateType, false)
          .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  /**
   * @param postings rows with posting_id, posted_date, description and the key's fields
   * @param key the fields re-posts of one job share (company, title, location): a posting with
   *     another title or location is another vacancy, however alike an employer's template text
   *     makes the descriptions
   * @return (posting_id, duplicate_of): each later posting with the earliest earlier posting it
   *     repeats
   */
  static Dataset<Row> find(
      Dataset<Row> postings, double threshold, int windowDays, List<String> key) {
    Dataset<Row> buckets = buckets(signed(postings, key), windowDays);
    Dataset<Row> similar = similar(postings, candidatePairs(buckets), threshold);
    return earliestRepeated(similar);
  }

  /** Each posting's band keys and its key fields, normalised and joined. */
  private static Dataset<Row> signed(Dataset<Row> postings, List<String> key) {
    Column[] parts =
        key.stream()
            .map(f -> regexp_replace(lower(trim(coalesce(col(f), lit("")))), "\\s+", " "))
            .toArray(Column[]::new);
    return postings
        .select(
            col(POSTING_ID),
            col("posted_date"),
            concat_ws("\u0001", parts).as("company_key"),
            col("description"))
        .mapPartitions(signatures(), Encoders.row(SIGNED));
  }

  /**
   * The buckets of two postings or more: one row per (bucket key, posting), with the bucket's size
   * and its earliest member. Cached and filled.
   */
  private static Dataset<Row> buckets(Dataset<Row> signed, int windowDays) {
    // One row per (posting, band, window); the key hashes all three parts that must agree.
    Column window =
        floor(datediff(col("posted_date"), lit(Date.valueOf("1970-01-01"))).divide(windowDays));
    Dataset<Row> keyed =
        signed
            .select(
                col(POSTING_ID),
                col("posted_date"),
                col("company_key"),
                explode(col("bands")).as("band"))
            .withColumn("window", explode(array(window, window.plus(1))))
            .select(
                xxhash64(col("company_key"), col("window"), col("band")).as("key"),
                col(POSTING_ID),
                col("posted_date"));
    WindowSpec byKey = Window.partitionBy("key");
    Dataset<Row> buckets =
        keyed
            .withColumn("members", count(lit(1)).over(byKey))
            .filter(col("members").geq(2))
            .withColumn(
                "earliest",
                min(struct(col("posted_date"), col(POSTING_ID))).over(byKey).getField(POSTING_ID))
            .drop("posted_date")
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Filled here, once: the pair queries read it from several plan branches at the same time,
    // and each branch that starts before the cache is complete computes it again (16 copies of
    // this window at 100k postings).
    buckets.count();
    return buckets;
  }

  /**
   * (id_a, id_b), id_a the lesser: every two members of a small bucket, and each member of a large
   * one with its earliest.
   */
  private static Dataset<Row> candidatePairs(Dataset<Row> buckets) {
    Dataset<Row> small = buckets.filter(col("members").leq(MAX_BUCKET)).select("key", POSTING_ID);
    Dataset<Row> cliquePairs =
        small
            .as("a")
            .join(
                small.as("b"),
                col("a.key").equalTo(col("b.key")).and(col("a.posting_id").lt(col("b.posting_id"))))
            .select(col("a.posting_id").as("id_a"), col("b.posting_id").as("id_b"));
    Dataset<Row> starPairs =
        buckets
            .filter(col("members").gt(MAX_BUCKET))
            .filter(col(POSTING_ID).notEqual(col("earliest")))
            .select(
                least(col("earliest"), col(POSTING_ID)).as("id_a"),
                greatest(col("earliest"), col(POSTING_ID)).as("id_b"));
    return cliquePairs.unionByName(starPairs).distinct();
  }

  /** The candidate pairs whose shingle sets are at least the threshold alike, with their dates. */
  private static Dataset<Row> similar(Dataset<Row> postings, Dataset<Row> pairs, double threshold) {
    // Only candidates are shingled a second time, for the exact check.
    Dataset<Row> candidateIds =
        pairs.select(col("id_a").as(POSTING_ID)).union(pairs.select(col("id_b"))).distinct();
    Dataset<Row> shingled =
        postings
            .select(POSTING_ID, "posted_date", "description")
            .join(candidateIds, POSTING_ID)
            .mapPartitions(shingleSets(), Encoders.row(SHINGLED));
    Dataset<Row> a =
        shingled.select(
            col(POSTING_ID).as("id_a"),
            col("posted_date").as("date_a"),
            col("shingles").as("sh_a"));
    Dataset<Row> b =
        a.select(col("id_a").as("id_b"), col("date_a").as("date_b"), col("sh_a").as("sh_b"));
    return pairs
        .join(a, "id_a")
        .join(b, "id_b")
        .withColumn(
            "jaccard",
            size(array_intersect(col("sh_a"), col("sh_b")))
                .divide(size(array_union(col("sh_a"), col("sh_b")))))
        .filter(col("jaccard").geq(threshold));
  }

  /**
   * Orients each pair, the later posting (by date, then id) repeating the earlier one, and keeps
   * the earliest posting each one repeats.
   */
  private static Dataset<Row> earliestRepeated(Dataset<Row> similar) {
    Column aFirst =
        col("date_a")
            .lt(col("date_b"))
            .or(col("date_a").equalTo(col("date_b")).and(col("id_a").lt(col("id_b"))));
    Dataset<Row> oriented =
        similar.select(
            when(aFirst, col("id_b")).otherwise(col("id_a")).as(POSTING_ID),
            when(aFirst, col("id_a")).otherwise(col("id_b")).as("original"),
            when(aFirst, col("date_a")).otherwise(col("date_b")).as("original_date"));
    return oriented
        .groupBy(POSTING_ID)
        .agg(
            min_by(col("original"), struct(col("original_date"), col("original")))
                .as("duplicate_of"));
  }

  private static MapPartitionsFunction<Row, Row> signatures() {
    return rows -> {
      MinHash minHash = MinHash.standard();
      return RowIterators.map(
          rows,
          r -> {
            long[] keys = minHash.bandKeys(MinHash.shingles(r.getAs("description")));
            Long[] boxed = new Long[keys.length];
            for (int i = 0; i < keys.length; i++) {
              boxed[i] = keys[i];
            }
            return new NamedRow(SIGNED)
                .put(POSTING_ID, r.getAs(POSTING_ID))
                .put("posted_date", r.getAs("posted_date"))
                .put("company_key", r.getAs("company_key"))
                .put("bands", boxed)
                .row();
          });
    };
  }

  private static MapPartitionsFunction<Row, Row> shingleSets() {
    return rows ->
        RowIterators.map(
            rows,
            r -> {
              int[] s = MinHash.shingles(r.getAs("description"));
              Integer[] boxed = new Integer[s.length];
              for (int i = 0; i < s.length; i++) {
                boxed[i] = s[i];
              }
              return new NamedRow(SHINGLED)
                  .put(POSTING_ID, r.getAs(POSTING_ID))
                  .put("posted_date", r.getAs("posted_date"))
                  .put("shingles", boxed)
                  .row();
            });
  }
}
