package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.skillgap.core.console.Console;

/**
 * Maps a feed's own column names onto the canonical fields of a dataset. A mapped source is one
 * feed column, or several joined with " + " ({@code Job Description + Preferred
 * Skills=description}); a file that has the canonical name instead keeps it. Spark matches column
 * names regardless of case; so does this.
 */
final class ColumnMapping {

  /** Separates the feed columns that a mapping joins into one field. */
  static final String JOIN = "\\s+\\+\\s+";

  private final List<String> fields;
  private final List<String> required;

  /** The feed's name for each canonical field, in field order. */
  private final Map<String, String> sourceOf = new LinkedHashMap<>();

  /**
   * @param fields canonical field names, in order
   * @param required fields whose absence from a file's columns deserves a warning
   * @param mapping feed column name to canonical field
   */
  ColumnMapping(List<String> fields, List<String> required, Map<String, String> mapping) {
    this.fields = fields;
    this.required = required;
    for (String f : fields) {
      sourceOf.put(f, f);
    }
    // The lookups in columnsOf compare case-insensitively: a mapping that differs only in case is
    // the same column.
    mapping.forEach((source, target) -> sourceOf.put(target, source));
  }

  /** The feed columns a mapped source names: one, or several joined with " + ". */
  static List<String> parts(String source) {
    return Arrays.asList(source.trim().split(JOIN));
  }

  static Column quoted(String name) {
    return col("`" + name.replace("`", "``") + "`");
  }

  /**
   * The names to read from a JSON file: both the feed's and the canonical ones, since a mapped feed
   * and a canonical one can share a folder. Spark resolves names case-insensitively, so "Company"
   * and "company" are one column, read once.
   */
  List<String> jsonNames() {
    TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    List<String> names = new ArrayList<>();
    for (String n : fields) {
      if (seen.add(n)) {
        names.add(n);
      }
    }
    for (String src : sourceOf.values()) {
      for (String n : parts(src)) {
        if (seen.add(n)) {
          names.add(n);
        }
      }
    }
    return names;
  }

  /**
   * Each canonical field of a JSON record read with {@link #jsonNames}: the feed's, else its own.
   */
  List<Column> jsonColumns() {
    List<Column> cols = new ArrayList<>();
    sourceOf.forEach(
        (target, src) ->
            cols.add(
                (src.equalsIgnoreCase(target)
                        ? quoted(target)
                        : coalesce(joined(parts(src)), quoted(target)))
                    .as(target)));
    return cols;
  }

  /**
   * Each canonical field of a file with these columns (CSV, Parquet): the feed's columns, else the
   * canonical one, else null. A required field the file has no column for is announced: its records
   * will be quarantined.
   *
   * @param what the file or files, as the notice names them
   */
  List<Column> columnsOf(Set<String> present, String what) {
    List<Column> cols = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    TreeSet<String> has = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    has.addAll(present);
    sourceOf.forEach(
        (target, src) -> {
          List<String> given = parts(src).stream().filter(has::contains).toList();
          if (!given.isEmpty()) {
            cols.add(joined(given).as(target));
          } else if (has.contains(target)) {
            cols.add(quoted(target).cast("string").as(target));
          } else {
            if (required.contains(target)) {
              absent.add(target);
            }
            cols.add(lit(null).cast("string").as(target));
          }
        });
    if (!absent.isEmpty()) {
      Console.get()
          .notice(
              what
                  + " has no column for the required "
                  + absent
                  + " (columns: "
                  + new TreeSet<>(present)
                  + "): its records will be quarantined. Map the feed's names with "
                  + "input.<dataset>.columns if they exist under another name.");
    }
    return cols;
  }

  /**
   * One column, or several joined a paragraph apart (so that each ends its sentences); null where
   * every one is empty.
   */
  private static Column joined(List<String> names) {
    if (names.size() == 1) {
      return quoted(names.get(0)).cast("string");
    }
    Column[] texts =
        names.stream()
            .map(n -> nullif(trim(quoted(n).cast("string")), lit("")))
            .toArray(Column[]::new);
    return nullif(concat_ws("\n\n", texts), lit(""));
  }
}
