package org.skillgap.spark.ingest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;
import org.skillgap.core.ingest.FileLimits;
import org.skillgap.core.ingest.Redaction;
import org.skillgap.core.ingest.RejectReason;
import org.skillgap.core.ingest.Validated;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.common.RowIterators;
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

  /** Puts a clean value's fields into the warehouse row by column name, all but source_file. */
  interface ToValues<T> extends Serializable {
    void put(T value, NamedRow row);
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
    List<String> cleanColumns =
        Arrays.stream(accepted.fieldNames()).filter(n -> !n.equals(Schemas.SOURCE_FILE)).toList();
    MapPartitionsFunction<Row, Row> fn =
        rows -> {
          // One field map per partition, refilled for each record.
          Map<String, String> fields = new HashMap<>();
          return RowIterators.map(
              rows,
              r -> {
                NamedRow row = new NamedRow(out);
                toRow(r, row, names, cleanColumns, fields, rules, toValues, redaction, learnerData);
                return row.row();
              });
        };
    return raw.mapPartitions(fn, Encoders.row(out));
  }

  private static <T> void toRow(
      Row r,
      NamedRow row,
      String[] names,
      List<String> cleanColumns,
      Map<String, String> fields,
      Rules<T> rules,
      ToValues<T> toValues,
      Redaction redaction,
      boolean redactUnparsed) {
    String corrupt = r.getAs(Schemas.CORRUPT);
    row.put(Schemas.SOURCE_FILE, r.getAs(Schemas.SOURCE_FILE));
    if (corrupt != null) {
      cleanColumns.forEach(c -> row.put(c, null));
      rejected(
          row,
          RejectReason.MALFORMED_RECORD.name(),
          whyMalformed(corrupt),
          redactUnparsed
              ? redaction.redactUnparsedLearnerLine(corrupt)
              : redaction.redact(corrupt));
      return;
    }
    fields.clear();
    for (String n : names) {
      fields.put(n, r.getAs(n));
    }
    Validated<T> v = rules.validate(fields);
    if (v.accepted()) {
      toValues.put(v.value(), row);
      rejected(row, null, null, null);
    } else {
      cleanColumns.forEach(c -> row.put(c, null));
      rejected(
          row,
          v.rejection().reason().name(),
          v.rejection().message(),
          redaction.redact(rawRecord(r, names, fields)));
    }
  }

  private static void rejected(NamedRow row, String code, String message, String rawRecord) {
    row.put("reject_code", code).put("reject_message", message).put("raw_record", rawRecord);
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
