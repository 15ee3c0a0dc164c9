package org.skillgap.spark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.VersionedFolders;

/**
 * Report figures kept between nights because they do not merge from per-batch facts (exact medians,
 * itemset counts), in {@code warehouse/_state/<name>/}: a Parquet table and {@value #STATE_FILE},
 * which records the facts id of every postings batch the table was computed from, the settings it
 * depends on ({@code basis}), and what its owner needs to decide what to recompute ({@code kept}).
 * The folder is replaced whole ({@link VersionedFolders}), so a kill leaves the old state or the
 * new one.
 *
 * <p>A night may add to the kept table when it holds the same basis and every batch it was computed
 * from still has the same facts id: then only the new batches are fresh. Otherwise (a re-run night,
 * a re-ingested file, another taxonomy, industry model or setting) everything is recomputed.
 */
final class ReportState {
  private ReportState() {}

  static final String STATE_FILE = "state.json";
  private static final String TABLE = "table";

  /**
   * What a night may reuse.
   *
   * @param incremental whether the kept table is valid for the batches it was computed from
   * @param fresh the batches it was not computed from (all of them when not incremental)
   * @param kept what the owner stored beside the table (missing node when not incremental)
   */
  record Plan(boolean incremental, List<LocalDate> fresh, JsonNode kept) {
    boolean upToDate() {
      return incremental && fresh.isEmpty();
    }
  }

  static Plan plan(Storage storage, String dir, Map<LocalDate, String> ids, String basis) {
    String file =
        VersionedFolders.current(storage, dir).map(f -> Storage.join(f, STATE_FILE)).orElse(null);
    String text = file == null ? null : storage.readTextIfPresent(file);
    JsonNode state = text == null ? null : Json.parse(text, file);
    Map<LocalDate, String> before = new TreeMap<>();
    if (state != null) {
      state
          .path("batches")
          .fields()
          .forEachRemaining(e -> before.put(LocalDate.parse(e.getKey()), e.getValue().asText()));
    }
    boolean incremental =
        state != null
            && basis.equals(state.path("basis").asText())
            && before.entrySet().stream().allMatch(e -> e.getValue().equals(ids.get(e.getKey())));
    List<LocalDate> fresh =
        ids.keySet().stream().filter(b -> !incremental || !before.containsKey(b)).sorted().toList();
    return new Plan(
        incremental, fresh, incremental ? state.path("kept") : MissingNode.getInstance());
  }

  /** Replaces the kept table and what it was computed from. */
  static void write(
      Storage storage,
      String dir,
      Dataset<Row> table,
      Map<LocalDate, String> ids,
      String basis,
      Json kept) {
    Json batches = new Json();
    ids.forEach((b, id) -> batches.put(b.toString(), id));
    String state =
        new Json().put("basis", basis).put("batches", batches).put("kept", kept).pretty();
    VersionedFolders.replace(
        storage,
        dir,
        path -> {
          table.write().parquet(Storage.join(path, TABLE));
          storage.writeText(Storage.join(path, STATE_FILE), state);
        });
  }

  static Dataset<Row> read(SparkSession spark, String dir, StructType schema) {
    String files = VersionedFolders.currentOrFail(new Storage(spark), dir);
    return spark.read().schema(schema).parquet(Storage.join(files, TABLE));
  }
}
