package org.skillgap.spark.common;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Selects a declared schema's columns, in order and cast to the declared types. */
public final class Columns {
  private Columns() {}

  public static Column[] of(StructType schema) {
    return Arrays.stream(schema.fields())
        .map((StructField f) -> functions.col(f.name()).cast(f.dataType()).as(f.name()))
        .toArray(Column[]::new);
  }

  /**
   * The Dataset with every column of {@code schema} it lacks added as nulls of the declared type:
   * for inputs built by hand (tests, small in-memory runs) that leave out columns a step reads.
   */
  public static Dataset<Row> withMissing(Dataset<Row> df, StructType schema) {
    List<String> present = Arrays.asList(df.columns());
    for (StructField f : schema.fields()) {
      if (!present.contains(f.name())) {
        df = df.withColumn(f.name(), functions.lit(null).cast(f.dataType()));
      }
    }
    return df;
  }
}
