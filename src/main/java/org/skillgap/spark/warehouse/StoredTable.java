package org.skillgap.spark.warehouse;

import org.apache.spark.sql.types.StructType;

/**
 * A table the warehouse stores: its folder under {@code warehouse/}, its columns, and one Parquet
 * partition ({@value #BATCH}) per night that ingested its rows.
 */
public record StoredTable(String name, StructType schema) {
  /** The partition column: the night whose ingest (or extract, or placement) wrote the rows. */
  public static final String BATCH = "ingest_batch";
}
