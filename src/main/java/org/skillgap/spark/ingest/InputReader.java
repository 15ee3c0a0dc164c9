package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.console.Console;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Reads one input dataset's files (JSON Lines, CSV or Parquet, by extension or by setting) into the
 * raw all-text schema: the canonical fields, the unparseable line when a record is broken, and the
 * source file. A feed's own column names are mapped onto the canonical fields first ({@link
 * ColumnMapping}). Nothing is inferred.
 */
final class InputReader {

  /**
   * The whole record as JSON, for CSV and Parquet rows: every column of the file, mapped or not, so
   * a quarantined row keeps what the feed sent. (It also keeps the scan from referencing nothing
   * but the corrupt-record column, which Spark refuses.)
   */
  static final String RAW = "_raw";

  private final SparkSession spark;
  private final String format;
  private final ZipInputs zips;
  private final FileRefusals refusals;

  /**
   * @param format auto, json, csv or parquet
   * @param unpackTo folder where the data files of .zip inputs are unpacked; null where zips are
   *     not expected
   */
  InputReader(SparkSession spark, String format, String unpackTo) {
    this.spark = spark;
    this.format = format;
    this.zips = new ZipInputs(spark, unpackTo);
    this.refusals = new FileRefusals(spark);
  }

  /**
   * @param fields canonical field names, in order
   * @param required fields whose absence from a file's columns deserves a warning
   * @param mapping feed column name to canonical field; a file that has the canonical name instead
   *     keeps it
   */
  Dataset<Row> read(
      List<String> files, List<String> fields, List<String> required, Map<String, String> mapping) {
    ColumnMapping columns = new ColumnMapping(fields, required, mapping);
    List<String> readable = new ArrayList<>();
    List<FileRefusals.Refused> refused = new ArrayList<>();
    for (String f : zips.unpack(files)) {
      String why = refusals.why(f, formatOf(f, format));
      if (why == null) {
        readable.add(f);
      } else {
        Console.get()
            .notice(
                "refusing "
                    + f
                    + ": "
                    + why
                    + ". It is quarantined as one record; the night goes on.");
        refused.add(new FileRefusals.Refused(zips.origin(f), why));
      }
    }
    Dataset<Row> result = refused.isEmpty() ? null : refusals.asRecords(refused, rawSchema(fields));
    for (Map.Entry<String, List<String>> e : byFormat(readable).entrySet()) {
      for (Dataset<Row> p : read(e.getKey(), e.getValue(), fields, columns)) {
        result = result == null ? p : result.unionByName(p);
      }
    }
    return result != null ? result : spark.createDataFrame(List.of(), rawSchema(fields));
  }

  /** The raw schema: the canonical fields as text, the corrupt line, the raw record, the file. */
  static StructType rawSchema(List<String> fields) {
    return Schemas.text(fields)
        .add(Schemas.CORRUPT, "string")
        .add(RAW, "string")
        .add(Schemas.SOURCE_FILE, "string");
  }

  /** A JSON or Parquet format's files read as one; each CSV file alone, by its own header. */
  private List<Dataset<Row>> read(
      String fmt, List<String> files, List<String> fields, ColumnMapping columns) {
    return switch (fmt) {
      case "json" -> List.of(json(files, fields, columns));
      case "parquet" -> List.of(parquet(files, columns));
      default -> files.stream().map(f -> csv(f, columns)).toList();
    };
  }

  private Map<String, List<String>> byFormat(List<String> files) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String f : files) {
      String fmt = formatOf(f, format);
      if (fmt == null) {
        Console.get()
            .notice(
                "skipping "
                    + f
                    + ": unknown extension (use .jsonl, .json, .csv, "
                    + ".parquet, or set input.format)");
        continue;
      }
      out.computeIfAbsent(fmt, k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /** The file's format: the one set, or by its extension under "auto"; null when unknown. */
  private static String formatOf(String file, String format) {
    return format.equals("auto") ? formatOf(file) : format;
  }

  static String formatOf(String file) {
    String f = file.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|snappy|zst)$", "");
    if (f.endsWith(".json") || f.endsWith(".jsonl") || f.endsWith(".ndjson")) {
      return "json";
    }
    if (f.endsWith(".csv")) {
      return "csv";
    }
    if (f.endsWith(".parquet")) {
      return "parquet";
    }
    return null;
  }

  private Dataset<Row> json(List<String> files, List<String> fields, ColumnMapping columns) {
    StructType schema = Schemas.text(columns.jsonNames()).add(Schemas.CORRUPT, "string");
    Dataset<Row> raw =
        spark
            .read()
            .schema(schema)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", Schemas.CORRUPT)
            .json(files.toArray(new String[0]));
    List<Column> cols = new ArrayList<>(columns.jsonColumns());
    cols.add(col(Schemas.CORRUPT));
    cols.add(lit(null).cast("string").as(RAW));
    cols.add(zips.sourceFile().as(Schemas.SOURCE_FILE));
    return raw.select(cols.toArray(Column[]::new));
  }

  private Dataset<Row> csv(String file, ColumnMapping columns) {
    // The header names the columns; the schema built from it is applied by position, all text.
    String[] header =
        spark.read().option("header", "true").option("multiLine", "true").csv(file).columns();
    StructType schema = Schemas.text(headerAsWritten(header)).add(Schemas.CORRUPT, "string");
    Dataset<Row> raw =
        spark
            .read()
            .schema(schema)
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", Schemas.CORRUPT)
            .csv(file)
            // blank header cells back to Spark's _c<i> names, by position
            .toDF(withCorrupt(header));
    return select(raw, Set.of(header), columns, file, col(Schemas.CORRUPT));
  }

  /**
   * The header as the file writes it. Spark names a blank header cell {@code _c<i>} (its position),
   * then checks the header against the schema it is given and warns, once per file, that "" is not
   * {@code _c<i>}: an unnamed first column, as a pandas index leaves, is common (the Coursera
   * catalogue has one). Given the blank name back, the check passes; {@link Dataset#toDF} then
   * renames by position.
   */
  static List<String> headerAsWritten(String[] sparkNames) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sparkNames.length; i++) {
      names.add(sparkNames[i].equals("_c" + i) ? "" : sparkNames[i]);
    }
    return names;
  }

  private static String[] withCorrupt(String[] header) {
    String[] names = Arrays.copyOf(header, header.length + 1);
    names[header.length] = Schemas.CORRUPT;
    return names;
  }

  private Dataset<Row> parquet(List<String> files, ColumnMapping columns) {
    Dataset<Row> raw = spark.read().parquet(files.toArray(new String[0]));
    return select(
        raw,
        new HashSet<>(Arrays.asList(raw.columns())),
        columns,
        String.join(", ", files),
        lit(null).cast("string"));
  }

  /** A CSV or Parquet file's rows in the raw schema, the whole row kept as JSON. */
  private Dataset<Row> select(
      Dataset<Row> raw, Set<String> present, ColumnMapping columns, String what, Column corrupt) {
    List<Column> cols = new ArrayList<>(columns.columnsOf(present, what));
    cols.add(corrupt.as(Schemas.CORRUPT));
    Column[] all = present.stream().sorted().map(ColumnMapping::quoted).toArray(Column[]::new);
    cols.add(to_json(struct(all)).as(RAW));
    cols.add(zips.sourceFile().as(Schemas.SOURCE_FILE));
    return raw.select(cols.toArray(Column[]::new));
  }
}
