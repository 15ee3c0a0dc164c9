package org.skillgap.spark.warehouse;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.console.Console;

/**
 * The warehouse tables: one Parquet partition per night that ingested records (ingest_batch). A
 * table is read across all its batches.
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

  /** The file system the warehouse is on, for the stages' own files beside it. */
  public Storage storage() {
    return storage;
  }

  /**
   * Every batch of a table, with its ingest_batch column; empty (with the schema) before the first
   * night.
   */
  public Dataset<Row> table(StoredTable table) {
    StructType withBatch = table.schema().add(StoredTable.BATCH, DataTypes.DateType, false);
    return partitions(spark, layout.warehouse(table.name()), withBatch)
        .orElseGet(() -> spark.createDataFrame(List.of(), withBatch));
  }

  /**
   * The committed partition folders ({@code name=value}) under {@code root}, each read from its
   * current version, as one table with the partition column; empty when there are none. With a null
   * schema, Spark infers it. This is how to read a warehouse table or a quarantine folder: a plain
   * read of {@code root} finds no files, as versions are hidden folders.
   */
  public static Optional<Dataset<Row>> partitions(
      SparkSession spark, String root, StructType schema) {
    Storage storage = new Storage(spark);
    List<String> files = new ArrayList<>();
    for (String entry : storage.list(root)) {
      if (entry.contains("=")) {
        VersionedFolders.current(storage, Storage.join(root, entry))
            .ifPresent(version -> files.addAll(storage.parquetFiles(version)));
      }
    }
    if (files.isEmpty()) {
      return Optional.empty();
    }
    // Each file read with the partition column the folder above its version names.
    DataFrameReader reader = spark.read().option(BASE_PATH, root);
    if (schema != null) {
      reader = reader.schema(schema);
    }
    return Optional.of(reader.parquet(files.toArray(new String[0])));
  }

  /**
   * A version's Parquet files, read with the schema. Handed to Spark as files, not as the folder:
   * Spark warns of every path it is given whose name starts with '_', as a version's does.
   */
  public static Dataset<Row> readVersion(SparkSession spark, String version, StructType schema) {
    List<String> files = new Storage(spark).parquetFiles(version);
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(files.toArray(new String[0]));
  }

  /** Spark's option naming the folder below which partition folders (name=value) are read. */
  private static final String BASE_PATH = "basePath";

  /** Committed batches of a table, oldest first (a batch whose write was killed is not one). */
  public Set<LocalDate> batches(StoredTable table) {
    Set<LocalDate> out = new TreeSet<>();
    String prefix = StoredTable.BATCH + "=";
    String dir = layout.warehouse(table.name());
    for (String entry : storage.list(dir)) {
      if (entry.startsWith(prefix)
          && VersionedFolders.isCommitted(storage, Storage.join(dir, entry))) {
        out.add(LocalDate.parse(entry.substring(prefix.length())));
      }
    }
    return out;
  }

  /**
   * Enrollment records re-delivered on a later night (a status moving to completed) replace the
   * earlier ones: the latest batch wins per learner, credential and enrollment date.
   */
  public Dataset<Row> enrollments() {
    return latestEnrollments(table(Tables.ENROLLMENTS));
  }

  /**
   * The latest version of each enrollment record among these rows of the table (see {@link
   * #enrollments}).
   */
  public static Dataset<Row> latestEnrollments(Dataset<Row> rows) {
    return latest(rows, "learner_key", CREDENTIAL_ID, "enrolled_date");
  }

  /** A catalogue entry delivered again on a later night replaces the earlier one. */
  public Dataset<Row> credentials() {
    return latest(table(Tables.CREDENTIALS), CREDENTIAL_ID);
  }

  private static Dataset<Row> latest(Dataset<Row> t, String... key) {
    return t.withColumn(
            "_rn",
            row_number()
                .over(
                    Window.partitionBy(
                            Arrays.stream(key).map(functions::col).toArray(Column[]::new))
                        .orderBy(col(StoredTable.BATCH).desc(), col(Schemas.SOURCE_FILE).desc())))
        .filter("_rn = 1")
        .drop("_rn");
  }

  /**
   * Removes what earlier-ingested versions of changed input files contributed to a batch: their
   * records, and the mentions of their postings. Rewrites that batch only.
   */
  public void dropSourceFiles(LocalDate batch, Set<String> paths) {
    Console.get()
        .notice("re-ingesting " + paths.size() + " changed file(s) first ingested on " + batch);
    String[] files = paths.toArray(new String[0]);
    Dataset<Row> removedPostings = null;
    for (StoredTable table : Tables.INPUTS) {
      String dir = layout.warehouseBatch(table.name(), batch);
      if (!VersionedFolders.isCommitted(storage, dir)) {
        continue;
      }
      Dataset<Row> old = batch(table, batch).cache();
      if (table.equals(Tables.POSTINGS)) {
        removedPostings =
            old.filter(col(Schemas.SOURCE_FILE).isin((Object[]) files)).select(POSTING_ID).cache();
        removedPostings.count();
      }
      rewrite(dir, old.filter(not(col(Schemas.SOURCE_FILE).isin((Object[]) files))));
      old.unpersist();
    }
    String mentions = layout.warehouseBatch(Tables.MENTIONS.name(), batch);
    if (removedPostings != null && VersionedFolders.isCommitted(storage, mentions)) {
      Dataset<Row> m = batch(Tables.MENTIONS, batch);
      rewrite(
          mentions,
          m.join(
              removedPostings,
              m.col(POSTING_ID).equalTo(removedPostings.col(POSTING_ID)),
              "left_anti"));
    }
  }

  private void rewrite(String dir, Dataset<Row> content) {
    VersionedFolders.replace(storage, dir, path -> content.write().parquet(path));
  }

  /** Where a committed batch's files are (its current version). */
  public String batchVersion(StoredTable table, LocalDate batch) {
    return VersionedFolders.currentOrFail(storage, layout.warehouseBatch(table.name(), batch));
  }

  /** One committed batch of a table, without the batch column. */
  public Dataset<Row> batch(StoredTable table, LocalDate batch) {
    return readVersion(spark, batchVersion(table, batch), table.schema());
  }

  /** Rows in a table, from its current files' footers (see {@link Storage#parquetRows}). */
  public long rows(StoredTable table) {
    long rows = 0;
    for (LocalDate batch : batches(table)) {
      rows += storage.parquetRows(batchVersion(table, batch));
    }
    return rows;
  }

  /** Writes one batch of a table as a whole (see {@link VersionedFolders}). */
  public void writeBatch(StoredTable table, LocalDate batch, Dataset<Row> content) {
    VersionedFolders.replace(
        storage, layout.warehouseBatch(table.name(), batch), path -> content.write().parquet(path));
  }
}
