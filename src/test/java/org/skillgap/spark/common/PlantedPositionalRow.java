package org.skillgap.spark.common;

import org.apache.spark.sql.Row;

/** A planted violation for ArchitectureTest: a value read by position. Never used. */
final class PlantedPositionalRow {
  String first(Row row) {
    return row.getString(0);
  }
}
