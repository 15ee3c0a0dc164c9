package org.skillgap.spark.common;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a row of a declared schema from values given by column name, so no value can land in the
 * wrong column when a schema changes. An unknown column fails at once, a column left unset when the
 * row is built.
 */
public final class NamedRow {
  private final StructType schema;
  private final Object[] values;
  private final boolean[] set;

  public NamedRow(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.size()];
    this.set = new boolean[schema.size()];
  }

  public NamedRow put(String column, Object value) {
    int i =
        schema.fieldIndex(
            column); // IllegalArgumentException naming the column when the schema lacks it
    values[i] = value;
    set[i] = true;
    return this;
  }

  /** A list column's value, read by the column's name; empty when the value is null. */
  public static <T> List<T> list(Row row, String column) {
    int i = row.fieldIndex(column);
    return row.isNullAt(i) ? List.of() : row.getList(i);
  }

  public Row row() {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < set.length; i++) {
      if (!set[i]) {
        missing.add(schema.fields()[i].name());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("row of " + schema.simpleString() + " lacks " + missing);
    }
    return RowFactory.create(values.clone());
  }
}
