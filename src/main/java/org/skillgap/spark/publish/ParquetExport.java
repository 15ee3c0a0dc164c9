package org.skillgap.spark.publish;

import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.core.error.Errors;
import org.skillgap.spark.warehouse.Storage;

/**
 * Writes a report as plain Parquet files partitioned by industry ({@code industry=tech/...}), for
 * readers without an Iceberg reader. The folder is written beside its place under a unique name and
 * renamed into it in one step, so a reader never finds it half-written; an existing folder is
 * refused, never replaced, so an export never deletes anything.
 */
public final class ParquetExport {
  private ParquetExport() {}

  public static void write(Dataset<Row> report, String folder) {
    Storage storage = new Storage(report.sparkSession());
    if (storage.exists(folder)) {
      throw Errors.exportTargetExists(folder);
    }
    String parts = folder.replaceAll("/+$", "") + ".parts-" + UUID.randomUUID();
    try {
      report.write().partitionBy(INDUSTRY).parquet(parts);
      storage.rename(parts, folder);
    } finally {
      storage.delete(parts);
    }
  }
}
