package org.skillgap.spark.ingest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;
import org.skillgap.core.ingest.FileLimits;
import org.skillgap.core.ingest.Redaction;
import org.skillgap.core.ingest.RejectReason;
import org.skillgap.core.ingest.Validated;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Runs a dataset's plain-Java rules over raw rows. Output rows carry the clean fields, or the
 * reason code, message and (redacted) raw record of a rejected one. Rules are shipped once per
 * task, not per row.
 */
final class RecordValidation {
  private RecordValidation() {}

  /** The plain-Java side: validate one record given as field name to text. */
  interface Rules<T> extends Serializable {
    Validated<T> validate(Map<String, String> fields);
  }

  /** Turns a clean value into the warehouse row's values, in schema order, without source_file. */
  interface ToValues<T> extends Serializable {
    Object[] values(T value);
  }

  /**
   * @param learnerData whether the records carry learner ids: then a line too broken to parse is
   *     kept only as its cells' pseudonyms ({@link Redaction#redactUnparsedLearnerLine})
   */
  static <T> Dataset<Row> validate(
      Dataset<Row> raw,
      StructType rawSchema,
      StructType accepted,
      Rules<T> rules,
      ToValues<T> toValues,
      Redaction redaction,
      boolean learnerData) {
    StructType out = Schemas.withRejection(accepted);
    String[] names = rawSchema.fieldNames();
    int width = accepted.size();
    MapPartitionsFunction<Row, Row> fn =
        rows ->
            new Iterator<>() {
              private final Map<String, String> fields = new HashMap<>();

              @Override
              public boolean hasNext() {
                return rows.hasNext();
              }

              @Override
              public Row next() {
                return toRow(
                    rows.next(), names, width, fields, rules, toValues, redaction, learnerData);
              }
            };
    return raw.mapPartitions(fn, Encoders.row(out));
  }

  private static <T> Row toRow(
      Row r,
      String[] names,
      int width,
      Map<String, String> fields,
      Rules<T> rules,
      ToValues<T> toValues,
      Redaction redaction,
      boolean redactUnparsed) {
    String corrupt = r.getAs(Schemas.CORRUPT);
    Object[] values = new Object[width + 3];
    values[width - 1] = r.getAs("source_file");
    if (corrupt != null) {
      values[width] = RejectReason.MALFORMED_RECORD.name();
      values[width + 1] = whyMalformed(corrupt);
      values[width + 2] =
          redactUnparsed ? redaction.redactUnparsedLearnerLine(corrupt) : redaction.redact(corrupt);
      return RowFactory.create(values);
    }
    fields.clear();
    for (String n : names) {
      fields.put(n, r.getAs(n));
    }
    Validated<T> v = rules.validate(fields);
    if (v.accepted()) {
      Object[] clean = toValues.values(v.value());
      System.arraycopy(clean, 0, values, 0, clean.length);
    } else {
      values[width] = v.rejection().reason().name();
      values[width + 1] = v.rejection().message();
      values[width + 2] = redaction.redact(rawRecord(r, names, fields));
    }
    return RowFactory.create(values);
  }

  private static String whyMalformed(String corrupt) {
    if (corrupt.startsWith(FileLimits.REFUSED)) {
      return "the whole file was refused: " + corrupt.substring(FileLimits.REFUSED.length());
    }
    return corrupt.indexOf('\uFFFD') >= 0
        ? "the line holds bytes that are not valid UTF-8; re-export the feed as UTF-8"
        : "the line is not a complete record of the expected format (truncated, or a field count that "
            + "does not match the header)";
  }

  /** The record as the feed sent it: the file's whole row, else (JSON) its fields as read. */
  private static String rawRecord(Row r, String[] names, Map<String, String> fields) {
    String raw = r.getAs(InputReader.RAW);
    if (raw != null) {
      return raw;
    }
    Json json = new Json();
    for (String n : names) {
      json.put(n, fields.get(n));
    }
    return json.toString();
  }
}
