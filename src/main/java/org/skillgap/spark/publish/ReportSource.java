package org.skillgap.spark.publish;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Where a reader finds a night's reports by name: staged by the running night, or published. */
@FunctionalInterface
public interface ReportSource {
  Dataset<Row> read(String report);
}
