package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.core.ingest.RejectReason;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.VersionedFolders;

/**
 * Writes a night's quarantine of one dataset: its rejected records with why, and its duplicates
 * with the record they repeat. Re-running the night replaces it.
 */
final class Quarantine {
  private final Storage storage;
  private final Layout layout;
  private final LocalDate runDate;

  Quarantine(Storage storage, Layout layout, LocalDate runDate) {
    this.storage = storage;
    this.layout = layout;
    this.runDate = runDate;
  }

  void write(String dataset, Dataset<Row> validated, Dataset<Row> duplicates) {
    Dataset<Row> quarantined =
        rejected(dataset, validated)
            .unionByName(duplicates(dataset, duplicates))
            .drop("run_date")
            .coalesce(1);
    VersionedFolders.replace(
        storage, layout.quarantine(dataset, runDate), path -> quarantined.write().parquet(path));
  }

  private Dataset<Row> rejected(String dataset, Dataset<Row> validated) {
    return validated
        .filter(col("reject_code").isNotNull())
        .select(
            lit(dataset).as("dataset"),
            col(Schemas.SOURCE_FILE),
            col("reject_code").as("reason_code"),
            col("reject_message").as("reason"),
            lit(null).cast("string").as("duplicate_of"),
            col("raw_record"),
            night().as("run_date"));
  }

  private Dataset<Row> duplicates(String dataset, Dataset<Row> duplicates) {
    return duplicates.select(
        lit(dataset).as("dataset"),
        col(Schemas.SOURCE_FILE),
        lit(RejectReason.DUPLICATE_ID.name()).as("reason_code"),
        concat(lit("duplicate of "), col("duplicate_of")).as("reason"),
        col("duplicate_of"),
        lit(null).cast("string").as("raw_record"),
        night().as("run_date"));
  }

  private Column night() {
    return lit(Date.valueOf(runDate));
  }
}
