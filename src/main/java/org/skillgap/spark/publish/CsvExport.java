package org.skillgap.spark.publish;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.skillgap.core.error.Errors;
import org.skillgap.core.report.CsvCells;
import org.skillgap.spark.warehouse.Storage;

/**
 * Writes a report to one CSV file, safely: the target must be a file, never a folder; the file is
 * written beside it under a unique name and renamed over it in one step, so a reader sees the old
 * file or the new one; and text cells a spreadsheet would run as formulas are defused ({@link
 * CsvCells}).
 */
public final class CsvExport {
  private CsvExport() {}

  public static void write(Dataset<Row> report, String csv) {
    Storage storage = new Storage(report.sparkSession());
    if (storage.exists(csv) && storage.status(csv).isDirectory()) {
      throw Errors.exportTargetIsFolder(csv);
    }
    List<Column> cells = new ArrayList<>();
    for (StructField f : report.schema().fields()) {
      Column c = col(f.name());
      if (f.dataType() instanceof ArrayType) {
        c = array_join(c, "|"); // CSV has no arrays: lists become "a|b|c"
      }
      if (f.dataType() instanceof ArrayType || f.dataType() instanceof StringType) {
        c = when(c.rlike(CsvCells.FORMULA_START), concat(lit("'"), c)).otherwise(c);
      }
      cells.add(c.as(f.name()));
    }
    // Spark writes a folder of parts; one part, renamed out of a folder of our own, makes the file.
    String unique = UUID.randomUUID().toString();
    String parts = csv + ".parts-" + unique;
    try {
      // RFC 4180 quoting (a quote inside a quoted cell is doubled), as spreadsheets and CSV
      // libraries read it;
      // Spark's default escapes it with a backslash, which shifts every later cell of that row for
      // them.
      report
          .select(cells.toArray(Column[]::new))
          .coalesce(1)
          .write()
          .option("header", "true")
          .option("escape", "\"")
          .csv(parts);
      String part =
          storage.list(parts).stream().filter(n -> n.startsWith("part-")).findFirst().orElseThrow();
      storage.replace(Storage.join(parts, part), csv);
    } finally {
      storage.delete(parts);
    }
  }
}
