package org.skillgap.spark.common;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * A partition's rows mapped one by one as Spark pulls them: nothing is buffered, so a partition of
 * any size streams through a per-partition object (a model, a rule set) built once before it.
 */
public final class RowIterators {
  private RowIterators() {}

  public static Iterator<Row> map(Iterator<Row> rows, Function<Row, Row> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return f.apply(rows.next());
      }
    };
  }
}
