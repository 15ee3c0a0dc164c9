package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse tables: one Parquet partition per night that ingested records (ingest_batch). A table is
 * read across all its batches.
 */
public final class Warehouse {

  private final SparkSession spark;
  private final Layout layout;
  private final Storage storage;

  public Warehouse(SparkSession spark, Layout layout) {
    this.spark = spark;
    this.layout = layout;
    this.storage = new Storage(spark);
  }

  /** Every batch of a table, with its ingest_batch column; empty (with the schema) before the first night. */
  public Dataset<Row> table(String name, StructType schema) {
    StructType withBatch = schema.add("ingest_batch", DataTypes.DateType, false);
    if (batches(name).isEmpty()) {
      return spark.createDataFrame(List.of(), withBatch);
    }
    return spark.read().schema(withBatch).parquet(layout.warehouse(name));
  }

  /** Batch dates present for a table, oldest first. */
  public Set<LocalDate> batches(String name) {
    Set<LocalDate> out = new TreeSet<>();
    for (String entry : storage.list(layout.warehouse(name))) {
      if (entry.startsWith("ingest_batch=")) {
        out.add(LocalDate.parse(entry.substring("ingest_batch=".length())));
      }
    }
    return out;
  }

  /**
   * Enrollment records re-delivered on a later night (a status moving to completed) replace the earlier
   * ones: the latest batch wins per learner, credential and enrollment date.
   */
  public Dataset<Row> enrollments() {
    return latest(table(IngestStage.ENROLLMENTS, Schemas.ENROLLMENTS), "learner_key", "credential_id", "enrolled_date");
  }

  /** A catalogue entry delivered again on a later night replaces the earlier one. */
  public Dataset<Row> credentials() {
    return latest(table(IngestStage.CREDENTIALS, Schemas.CREDENTIALS), "credential_id");
  }

  private static Dataset<Row> latest(Dataset<Row> t, String... key) {
    return t.withColumn("_rn", row_number().over(Window.partitionBy(
            java.util.Arrays.stream(key).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
            .orderBy(col("ingest_batch").desc(), col("source_file").desc())))
        .filter("_rn = 1").drop("_rn");
  }

  /**
   * Removes what earlier-ingested versions of changed input files contributed to a batch: their records,
   * and the mentions of their postings. Rewrites that batch only.
   */
  public void dropSourceFiles(LocalDate batch, Set<String> paths) {
    System.err.println("[skillgap] re-ingesting " + paths.size() + " changed file(s) first ingested on " + batch);
    String[] files = paths.toArray(new String[0]);
    Dataset<Row> removedPostings = null;
    Map<String, StructType> tables = Map.of(IngestStage.POSTINGS, Schemas.POSTINGS,
        IngestStage.ENROLLMENTS, Schemas.ENROLLMENTS, IngestStage.CREDENTIALS, Schemas.CREDENTIALS);
    for (String table : List.of(IngestStage.POSTINGS, IngestStage.ENROLLMENTS, IngestStage.CREDENTIALS)) {
      String dir = layout.warehouseBatch(table, batch);
      if (!storage.exists(dir)) {
        continue;
      }
      Dataset<Row> old = spark.read().schema(tables.get(table)).parquet(dir).cache();
      if (table.equals(IngestStage.POSTINGS)) {
        removedPostings = old.filter(col("source_file").isin((Object[]) files)).select("posting_id").cache();
        removedPostings.count();
      }
      rewrite(dir, old.filter(not(col("source_file").isin((Object[]) files))));
      old.unpersist();
    }
    String mentions = layout.warehouseBatch("mentions", batch);
    if (removedPostings != null && storage.exists(mentions)) {
      Dataset<Row> m = spark.read().schema(Schemas.MENTIONS).parquet(mentions);
      rewrite(mentions, m.join(removedPostings, m.col("posting_id").equalTo(removedPostings.col("posting_id")), "left_anti"));
    }
  }

  /** Writes beside the folder, then swaps it in. */
  private void rewrite(String dir, Dataset<Row> content) {
    String tmp = dir + ".rewrite";
    content.write().mode("overwrite").parquet(tmp);
    String old = dir + ".old";
    storage.rename(dir, old);
    storage.rename(tmp, dir);
    storage.delete(old);
  }
}
