package org.skillgap.core.planted;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A planted violation for ArchitectureTest: core naming a Spark type. Never used. */
final class PlantedSparkInCore {
  Dataset<Row> rows;
}
