package org.skillgap.spark.publish;

import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.console.Console;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;

/**
 * Publishes a run's reports all at once. Every report is written into a staging folder; only when
 * all are complete does the staging folder become a snapshot (one rename, to a folder name never
 * used before) and the LATEST pointer move to it (one atomic replace). A run that fails or is
 * killed at any point leaves LATEST naming a complete snapshot, and a reader that follows LATEST
 * never sees a half-written report. Older snapshots beyond the retention setting are deleted after
 * a grace period, never the one LATEST names.
 */
public final class ReportPublisher {

  private final Storage storage;
  private final Layout layout;
  private final String runId;
  private final LocalDate runDate;

  public ReportPublisher(SparkSession spark, Layout layout, String runId, LocalDate runDate) {
    this.storage = new Storage(spark);
    this.layout = layout;
    this.runId = runId;
    this.runDate = runDate;
  }

  /** Writes one report, partitioned by industry, into staging. Returns its row count. */
  public long stage(String name, Dataset<Row> report) {
    long t0 = System.nanoTime();
    String path = Storage.join(layout.staging(runId), name);
    report.write().mode("overwrite").partitionBy(INDUSTRY).parquet(path);
    // Every report has the five industry partitions, an industry with no rows as a schema-only
    // file: a
    // reader that opens industry=education finds an empty report, not a missing folder.
    StructType withoutIndustry =
        new StructType(
            Arrays.stream(report.schema().fields())
                .filter(f -> !f.name().equals(INDUSTRY))
                .toArray(StructField[]::new));
    List<String> present = storage.list(path);
    for (String industry : Industry.ALL) {
      if (!present.contains("industry=" + industry)) {
        report
            .sparkSession()
            .createDataFrame(List.of(), withoutIndustry)
            .coalesce(1)
            .write()
            .parquet(Storage.join(path, "industry=" + industry));
      }
    }
    // Counted from the written files' footers: a Spark query per report was a tenth of a small
    // night's queries.
    long rows = storage.parquetRows(path);
    Console.get()
        .detail(
            String.format(
                "report %-22s %,10d rows in %6.1f s", name, rows, (System.nanoTime() - t0) / 1e9));
    return rows;
  }

  /**
   * Removes what failed runs left in staging; called under the run lock, so no other run is
   * staging.
   */
  public void clearFailedStaging() {
    for (String entry : storage.list(Storage.join(layout.reportsRoot(), "_staging"))) {
      if (!entry.equals(runId)) {
        storage.delete(layout.staging(entry));
      }
    }
  }

  /**
   * Makes the staged reports a snapshot (one rename into a folder name not used before, so no
   * existing snapshot is ever replaced in place) and points LATEST at it (one atomic replace),
   * unless LATEST names a later date: a backfilled night publishes its snapshot but LATEST only
   * moves forward. A kill at any point leaves LATEST naming a complete snapshot. Returns the
   * snapshot's path.
   */
  public String publish(int keepRuns, int graceMinutes) {
    String name =
        storage.exists(layout.snapshot(runDate.toString()))
            ? Layout.republishedName(runDate, System.currentTimeMillis())
            : runDate.toString();
    storage.rename(layout.staging(runId), layout.snapshot(name));
    KillPoints.reached("publish:snapshot-renamed");
    String latest = latest(storage, layout);
    if (latest == null || !Layout.snapshotDate(latest).isAfter(runDate)) {
      storage.replaceText(layout.latestPointer(), name + "\n");
    } else {
      Console.get()
          .notice(
              "backfill: published " + name + "; LATEST stays at " + latest + ", a later night");
    }
    KillPoints.reached("publish:latest-replaced");
    retain(keepRuns, graceMinutes * 60_000L);
    return layout.snapshot(name);
  }

  /** The snapshot folder LATEST names, or null when nothing was published yet. */
  public static String latest(Storage storage, Layout layout) {
    if (!storage.exists(layout.latestPointer())) {
      return null;
    }
    return storage.readText(layout.latestPointer()).trim();
  }

  /**
   * The snapshot folder of a date: the one LATEST names if it is of that date, else the newest of
   * that date.
   */
  public static String snapshotOf(Storage storage, Layout layout, String date) {
    if (date.contains("~")) {
      return date;
    }
    String latest = latest(storage, layout);
    if (latest != null && Layout.snapshotDate(latest).toString().equals(date)) {
      return latest;
    }
    return storage.list(layout.snapshots()).stream()
        .filter(n -> n.equals(date) || n.startsWith(date + "~"))
        .max(String::compareTo)
        .orElse(date);
  }

  /**
   * Keeps the newest snapshot of each of the newest {@code keepRuns} dates, and the one LATEST
   * names. Any other snapshot is deleted once the snapshot published after it is older than the
   * grace period, so a reader that resolved LATEST just before the switch can finish reading.
   */
  private void retain(int keepRuns, long graceMs) {
    List<String> runs = storage.list(layout.snapshots());
    runs.sort(String::compareTo);
    String latest = latest(storage, layout);
    Map<String, String> newestOfDate = new TreeMap<>(Comparator.reverseOrder());
    for (String run : runs) {
      newestOfDate.put(Layout.snapshotDate(run).toString(), run); // sorted: the last of a date wins
    }
    Set<String> keep = new HashSet<>();
    newestOfDate.values().stream().limit(keepRuns).forEach(keep::add);
    keep.add(latest);
    long now = System.currentTimeMillis();
    for (int i = 0; i < runs.size() - 1; i++) {
      String run = runs.get(i);
      if (keep.contains(run)) {
        continue;
      }
      long successorPublished =
          storage.status(layout.snapshot(runs.get(i + 1))).getModificationTime();
      if (now - successorPublished >= graceMs) {
        storage.delete(layout.snapshot(run));
      }
    }
  }
}
