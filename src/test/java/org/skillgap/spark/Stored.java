package org.skillgap.spark;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/** What a night stored under an output folder, read the way the pipeline reads it. */
public final class Stored {
  private Stored() {}

  private static final SparkSession spark = SharedSpark.get();

  /** Every committed batch of a warehouse table, with its ingest_batch column. */
  public static Dataset<Row> table(Path out, StoredTable table) {
    return table(out.toString(), table);
  }

  /** The same, for an output folder given as a file system URI (hdfs://, s3a://). */
  public static Dataset<Row> table(String out, StoredTable table) {
    return new Warehouse(spark, Layout.live(new Storage(spark), out)).table(table);
  }

  /** The table by name (postings, enrollments, credentials, mentions). */
  public static Dataset<Row> table(Path out, String name) {
    return table(out, Tables.ALL.stream().filter(t -> t.name().equals(name)).findFirst().get());
  }

  /** Every quarantined record of a dataset, with its run_date column. */
  public static Dataset<Row> quarantine(Path out, String dataset) {
    return Warehouse.partitions(spark, out.resolve("quarantine").resolve(dataset).toString(), null)
        .orElseThrow(() -> new AssertionError("nothing quarantined for " + dataset));
  }
}
