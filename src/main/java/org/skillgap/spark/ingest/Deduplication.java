package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Sets duplicates aside: of a dataset's accepted records, which are kept and which repeat another.
 */
final class Deduplication {
  private Deduplication() {}

  /** Records kept, and duplicates with the id of the record they repeat. */
  record Deduplicated(Dataset<Row> kept, Dataset<Row> duplicates) {}

  /** Every accepted record kept: enrollments have no id of their own to repeat. */
  static Deduplicated keepAccepted(Dataset<Row> validated) {
    Dataset<Row> accepted = accepted(validated);
    return new Deduplicated(
        accepted, accepted.limit(0).withColumn("duplicate_of", lit(null).cast("string")));
  }

  /** The first record of each id, by source file and name, is kept. */
  static Deduplicated byId(Dataset<Row> validated, String idColumn) {
    WindowSpec byId = Window.partitionBy(idColumn).orderBy(col(Schemas.SOURCE_FILE), col("name"));
    Dataset<Row> ranked = accepted(validated).withColumn("_rn", row_number().over(byId));
    return new Deduplicated(
        ranked.filter("_rn = 1").drop("_rn"),
        ranked.filter("_rn > 1").drop("_rn").withColumn("duplicate_of", col(idColumn)));
  }

  /**
   * The earliest posting of each id is kept; then, among those, the earliest of each identical
   * title + company + text; then the earliest of each group of near-identical re-posts ({@link
   * NearDuplicates}); then those that no earlier night ingested. Ties break on source file and id,
   * so re-runs keep the same record.
   *
   * @param history earlier nights' postings, or null when there are none
   */
  static Deduplicated postings(
      Dataset<Row> validated, PipelineConfig config, Dataset<Row> history) {
    WindowSpec byId =
        Window.partitionBy(POSTING_ID).orderBy(col("posted_date"), col(Schemas.SOURCE_FILE));
    Dataset<Row> rankedById = accepted(validated).withColumn("_rn", row_number().over(byId));
    Dataset<Row> sameId =
        rankedById.filter("_rn > 1").drop("_rn").withColumn("duplicate_of", col(POSTING_ID));
    Dataset<Row> firstOfId = rankedById.filter("_rn = 1").drop("_rn");
    Deduplicated exact = byContent(firstOfId);
    Deduplicated fresh = withoutReposts(exact.kept(), config);
    Dataset<Row> duplicates =
        sameId.unionByName(exact.duplicates()).unionByName(fresh.duplicates());
    Deduplicated night = history == null ? fresh : againstHistory(fresh.kept(), history);
    if (history != null) {
      duplicates = duplicates.unionByName(night.duplicates());
    }
    // Counted, then written to quarantine: computed once, and small (a few columns of the
    // duplicates only).
    return new Deduplicated(
        night.kept(),
        duplicates
            .select(Schemas.SOURCE_FILE, POSTING_ID, "duplicate_of")
            .persist(StorageLevel.MEMORY_AND_DISK()));
  }

  private static Dataset<Row> accepted(Dataset<Row> validated) {
    return validated.filter(col("reject_code").isNull());
  }

  /** The earliest posting of each identical title + company + text (its content hash). */
  private static Deduplicated byContent(Dataset<Row> postings) {
    WindowSpec byContent =
        Window.partitionBy("_content").orderBy(col("posted_date"), col(POSTING_ID));
    Dataset<Row> ranked =
        postings
            .withColumn("_content", col("content_hash"))
            .withColumn("_rn", row_number().over(byContent))
            .withColumn("_first", first(POSTING_ID).over(byContent));
    Dataset<Row> sameContent =
        ranked
            .filter("_rn > 1")
            .withColumn("duplicate_of", col("_first"))
            .drop("_rn", "_content", "_first");
    // Cached and filled at once: read by several branches of the queries that follow, each of
    // which would otherwise compute a cache that is not complete yet on its own.
    Dataset<Row> kept =
        ranked
            .filter("_rn = 1")
            .drop("_rn", "_content", "_first")
            .persist(StorageLevel.MEMORY_AND_DISK());
    kept.count();
    return new Deduplicated(kept, sameContent);
  }

  /** The earliest of each group of near-identical re-posts ({@link NearDuplicates}). */
  private static Deduplicated withoutReposts(Dataset<Row> exact, PipelineConfig config) {
    // Small (one row per re-post) and read twice below.
    Dataset<Row> near =
        NearDuplicates.find(
                exact,
                config.ingest().nearDuplicateSimilarity(),
                config.ingest().nearDuplicateWindowDays(),
                config.ingest().nearDuplicateKey())
            .persist(StorageLevel.MEMORY_AND_DISK());
    near.count();
    Dataset<Row> fresh =
        exact.join(near, exact.col(POSTING_ID).equalTo(near.col(POSTING_ID)), "left_anti");
    return new Deduplicated(fresh, exact.join(near, POSTING_ID));
  }

  /**
   * Against earlier nights: the same id, or the same content under another id, was already
   * ingested.
   */
  private static Deduplicated againstHistory(Dataset<Row> fresh, Dataset<Row> history) {
    Dataset<Row> oldIds = history.select(col(POSTING_ID).as("h_id"));
    Dataset<Row> oldContent =
        history.groupBy(col("content_hash").as("h_hash")).agg(min(POSTING_ID).as("h_first"));
    Dataset<Row> seenId =
        fresh
            .join(oldIds, col(POSTING_ID).equalTo(col("h_id")), "left_semi")
            .withColumn("duplicate_of", col(POSTING_ID));
    Dataset<Row> notSeenId = fresh.join(oldIds, col(POSTING_ID).equalTo(col("h_id")), "left_anti");
    Dataset<Row> seenContent =
        notSeenId
            .join(oldContent, col("content_hash").equalTo(col("h_hash")))
            .withColumn("duplicate_of", col("h_first"))
            .drop("h_hash", "h_first");
    Dataset<Row> kept =
        notSeenId.join(oldContent, col("content_hash").equalTo(col("h_hash")), "left_anti");
    return new Deduplicated(kept, seenId.unionByName(seenContent));
  }
}
