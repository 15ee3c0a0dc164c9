package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.Json;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.common.Concurrently;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.VersionedFolders;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Where the report facts ({@link ReportFacts}) live between nights, and when they are built again.
 * Each postings batch's facts are one folder, {@code warehouse/_facts/ingest_batch=<date>/<fact>/},
 * written whole; a night reads every batch's folder and merges them by summing.
 *
 * <p>A batch's facts are built again when what they came from changed. Each batch folder carries,
 * in {@value #BASIS_FILE}, the id of its inputs: the facts' version, the taxonomy version, the
 * industry model (a retrained classifier may place old postings elsewhere), and the commit ids of
 * the batch's postings and mentions (rewritten by a re-run of that night or a re-ingested file).
 *
 * <p>A folder per night would make a year of nights 365 folders of eight small tables, each listed
 * and read by every night. When more than {@code report.facts-loose-batches} nights have their own
 * folder, the older half are merged into one group folder ({@link Layout#factsGroup}): the same
 * tables holding the merged rows (sums of partial sums are the same sums), and in {@value
 * #MEMBERS_FILE} the facts id each member was built from. A group stands for its members while
 * every member still has that id; when one changes (an old night re-run, a re-ingested file,
 * another taxonomy or industry model), the group is ignored, every member is folded again into its
 * own folder, and the group is dropped.
 */
final class FactsFolders {
  private FactsFolders() {}

  static final String BASIS_FILE = "_BASIS";
  static final String MEMBERS_FILE = "_MEMBERS";

  /**
   * The id each postings batch's facts must be built from: {@code basis} (facts version, taxonomy,
   * industry model) and the commit ids of the batch's postings and mentions.
   */
  static Map<LocalDate, String> inputIds(
      Storage storage, Layout layout, Iterable<LocalDate> batches, String basis) {
    Map<LocalDate, String> out = new LinkedHashMap<>();
    for (LocalDate batch : batches) {
      out.put(
          batch,
          String.join(
              " ",
              ReportFacts.VERSION,
              basis,
              VersionedFolders.commitId(storage, layout.warehouseBatch(Tables.POSTINGS, batch)),
              VersionedFolders.commitId(storage, layout.warehouseBatch(Tables.MENTIONS, batch))));
    }
    return out;
  }

  /**
   * The batches whose facts are missing or were built from other inputs than {@code ids} says:
   * neither a valid group nor their own folder holds them.
   */
  static List<LocalDate> stale(Storage storage, Layout layout, Map<LocalDate, String> ids) {
    Set<LocalDate> grouped = members(validGroups(storage, layout, ids));
    List<LocalDate> out = new ArrayList<>();
    ids.forEach(
        (batch, id) -> {
          if (!grouped.contains(batch) && !id.equals(builtFrom(storage, layout, batch))) {
            out.add(batch);
          }
        });
    return out;
  }

  /**
   * Folds into facts the postings batches that are new, or whose postings, mentions, taxonomy or
   * industry model changed since their facts were built; returns them.
   *
   * @param placed the postings with their industry and ingest_batch
   */
  static List<LocalDate> foldStale(
      SparkSession spark, Layout layout, Dataset<Row> placed, Map<LocalDate, String> ids) {
    Storage storage = new Storage(spark);
    List<LocalDate> stale = stale(storage, layout, ids);
    for (LocalDate batch : stale) {
      Optional<String> path =
          VersionedFolders.current(storage, layout.warehouseBatch(Tables.MENTIONS, batch));
      Dataset<Row> batchMentions =
          path.isPresent()
              ? Warehouse.readVersion(spark, path.get(), Schemas.MENTIONS)
              : spark.createDataFrame(List.of(), Schemas.MENTIONS);
      write(
          storage,
          layout,
          batch,
          ReportFacts.batch(
              placed.filter(col(StoredTable.BATCH).equalTo(lit(Date.valueOf(batch)))),
              batchMentions),
          ids.get(batch));
    }
    return stale;
  }

  /**
   * The id of what a batch's facts were built from, or null when it has none (or uncommitted ones).
   */
  static String builtFrom(Storage storage, Layout layout, LocalDate batch) {
    return VersionedFolders.current(storage, layout.factsBatch(batch))
        .map(dir -> storage.readTextIfPresent(Storage.join(dir, BASIS_FILE)))
        .map(String::trim)
        .orElse(null);
  }

  /** Writes a batch's facts as one folder, replaced whole, its id inside. */
  static void write(
      Storage storage, Layout layout, LocalDate batch, ReportFacts.Batch input, String id) {
    // Four facts read the per-posting skills and five the postings: each is computed once, not per
    // fact.
    ReportFacts.Batch cached =
        new ReportFacts.Batch(
            input.postings().persist(StorageLevel.MEMORY_AND_DISK()),
            input.periods(),
            input.postingSkills().persist(StorageLevel.MEMORY_AND_DISK()),
            input.emerging(),
            input.counted());
    try {
      // Filled before the writes branch: concurrent jobs over an unfilled cache would each compute
      // it.
      cached.postings().count();
      cached.postingSkills().count();
      VersionedFolders.replace(
          storage,
          layout.factsBatch(batch),
          dir -> {
            // Nine small writes, side by side: one at a time they were mostly scheduling on a
            // small night.
            Concurrently.map(
                ReportFacts.ALL,
                fact -> {
                  // One file per fact: every later night reads every batch's facts, and small files
                  // cost a read each.
                  fact.build()
                      .apply(cached)
                      .select(Columns.of(fact.schema()))
                      .coalesce(1)
                      .write()
                      .parquet(Storage.join(dir, fact.name()));
                  return fact.name();
                });
            storage.writeText(Storage.join(dir, BASIS_FILE), id + "\n");
          });
    } finally {
      cached.postings().unpersist();
      cached.postingSkills().unpersist();
    }
  }

  /**
   * What {@link #compact} did and left.
   *
   * @param groupsDropped groups dropped because a member changed
   * @param merged the nights merged into a new group this night (empty when none)
   * @param groups valid group folders after it
   * @param loose nights with their own folder after it
   */
  record Compaction(int groupsDropped, List<LocalDate> merged, int groups, int loose) {}

  /**
   * After the stale batches were folded: drops the groups a changed member made invalid (their
   * members now have their own folders again) and the own folders of batches a valid group holds
   * (left by a compaction killed before it cleaned up); then, when more than {@code looseMax}
   * batches have their own folder, merges the older ones (all but the newest {@code looseMax / 2})
   * into a new group. Each folder is written complete before anything it replaces is deleted.
   */
  static Compaction compact(
      SparkSession spark, Layout layout, Map<LocalDate, String> ids, int looseMax) {
    Storage storage = new Storage(spark);
    Map<String, Map<LocalDate, String>> valid = validGroups(storage, layout, ids);
    int dropped = 0;
    for (String dir : groups(storage, layout).keySet()) {
      if (!valid.containsKey(dir)) {
        VersionedFolders.drop(storage, dir);
        dropped++;
      }
    }
    Set<LocalDate> grouped = members(valid);
    // One listing, not a delete request per grouped night every night (each a request on an object
    // store).
    Set<String> present = new HashSet<>(storage.list(layout.facts()));
    for (LocalDate batch : grouped) {
      String dir = layout.factsBatch(batch);
      if (present.contains(dir.substring(dir.lastIndexOf('/') + 1))) {
        VersionedFolders.drop(storage, dir);
      }
    }
    List<LocalDate> loose =
        ids.keySet().stream().filter(b -> !grouped.contains(b)).sorted().toList();
    if (loose.size() <= looseMax) {
      return new Compaction(dropped, List.of(), valid.size(), loose.size());
    }
    List<LocalDate> merge = loose.subList(0, loose.size() - looseMax / 2);
    String dir = layout.factsGroup(merge.get(0), merge.get(merge.size() - 1));
    Json members = new Json();
    merge.forEach(b -> members.put(b.toString(), ids.get(b)));
    List<String> from =
        merge.stream()
            .map(b -> VersionedFolders.currentOrFail(storage, layout.factsBatch(b)))
            .toList();
    VersionedFolders.replace(
        storage,
        dir,
        path -> {
          for (ReportFacts.Fact fact : ReportFacts.ALL) {
            merged(spark, fact, from).coalesce(1).write().parquet(Storage.join(path, fact.name()));
          }
          storage.writeText(
              Storage.join(path, MEMBERS_FILE), new Json().put("members", members).pretty());
        });
    KillPoints.reached("facts:grouped", dir);
    for (LocalDate batch : merge) {
      VersionedFolders.drop(storage, layout.factsBatch(batch));
    }
    return new Compaction(dropped, merge, valid.size() + 1, loose.size() - merge.size());
  }

  /**
   * Every committed group folder under _facts, with the facts id each of its members was merged
   * with.
   */
  static Map<String, Map<LocalDate, String>> groups(Storage storage, Layout layout) {
    Map<String, Map<LocalDate, String>> out = new TreeMap<>();
    if (!storage.exists(layout.facts())) {
      return out;
    }
    for (String entry : storage.list(layout.facts())) {
      String dir = Storage.join(layout.facts(), entry);
      Optional<String> files =
          entry.startsWith(Layout.FACTS_GROUP)
              ? VersionedFolders.current(storage, dir)
              : Optional.empty();
      String members = files.map(f -> Storage.join(f, MEMBERS_FILE)).orElse(null);
      if (members == null || !storage.exists(members)) {
        continue;
      }
      Map<LocalDate, String> ids = new TreeMap<>();
      Json.parse(storage.readText(members), members)
          .path("members")
          .fields()
          .forEachRemaining(e -> ids.put(LocalDate.parse(e.getKey()), e.getValue().asText()));
      out.put(dir, ids);
    }
    return out;
  }

  /** The groups every member of which is still a batch with the facts id it was merged with. */
  static Map<String, Map<LocalDate, String>> validGroups(
      Storage storage, Layout layout, Map<LocalDate, String> ids) {
    Map<String, Map<LocalDate, String>> out = new TreeMap<>();
    groups(storage, layout)
        .forEach(
            (dir, members) -> {
              if (members.entrySet().stream()
                  .allMatch(m -> m.getValue().equals(ids.get(m.getKey())))) {
                out.put(dir, members);
              }
            });
    return out;
  }

  /** Every night the given groups hold. */
  private static Set<LocalDate> members(Map<String, Map<LocalDate, String>> groups) {
    Set<LocalDate> out = new TreeSet<>();
    groups.values().forEach(m -> out.addAll(m.keySet()));
    return out;
  }

  /**
   * The stored facts of these batches (each batch's facts id in {@code ids}), read from their
   * folders.
   */
  static ReportFacts.Merged read(SparkSession spark, Layout layout, Map<LocalDate, String> ids) {
    List<String> folders = folders(new Storage(spark), layout, ids);
    return new ReportFacts.Merged(fact -> merged(spark, fact, folders));
  }

  /**
   * Where the facts of these batches are, each once: the current versions of the valid groups, and
   * of the own folders of the batches no valid group holds.
   */
  static List<String> folders(Storage storage, Layout layout, Map<LocalDate, String> ids) {
    Map<String, Map<LocalDate, String>> valid = validGroups(storage, layout, ids);
    List<String> out = new ArrayList<>(valid.keySet());
    Set<LocalDate> grouped = members(valid);
    ids.keySet().stream()
        .filter(b -> !grouped.contains(b))
        .sorted()
        .map(layout::factsBatch)
        .forEach(out::add);
    return out.stream().map(dir -> VersionedFolders.currentOrFail(storage, dir)).toList();
  }

  /**
   * A fact merged over the given facts folders (current versions of batches' or groups'): its key
   * and the merged measures.
   */
  static Dataset<Row> merged(SparkSession spark, ReportFacts.Fact fact, List<String> folders) {
    List<String> paths = folders.stream().map(dir -> Storage.join(dir, fact.name())).toList();
    if (paths.isEmpty()) {
      return spark.createDataFrame(List.of(), fact.schema());
    }
    return fact.mergedOver(
        spark.read().schema(fact.schema()).parquet(paths.toArray(new String[0])));
  }
}
