package org.skillgap.spark;

import java.util.Arrays;
import org.apache.spark.sql.Column;
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
}
