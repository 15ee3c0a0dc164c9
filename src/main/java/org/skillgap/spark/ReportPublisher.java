package org.skillgap.spark;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.ingest.Industry;

/**
 * Publishes a run's reports all at once. Every report is written into a staging folder; only when all are
 * complete does the staging folder become the run's snapshot (one rename) and the LATEST pointer move to it
 * (one atomic overwrite). A run that fails midway leaves the previous snapshot and pointer untouched, and a
 * reader that follows LATEST never sees a half-written report. Older snapshots beyond the retention
 * setting are deleted, never the one LATEST names.
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
    report.write().mode("overwrite").partitionBy("industry").parquet(path);
    // Every report has the five industry partitions, an industry with no rows as a schema-only file: a
    // reader that opens industry=education finds an empty report, not a missing folder.
    StructType withoutIndustry = new StructType(java.util.Arrays.stream(report.schema().fields())
        .filter(f -> !f.name().equals("industry")).toArray(org.apache.spark.sql.types.StructField[]::new));
    List<String> present = storage.list(path);
    for (String industry : Industry.ALL) {
      if (!present.contains("industry=" + industry)) {
        report.sparkSession().createDataFrame(List.of(), withoutIndustry).coalesce(1)
            .write().parquet(Storage.join(path, "industry=" + industry));
      }
    }
    // Read back with the schema: an empty report has no data file to infer one from.
    long rows = report.sparkSession().read().schema(report.schema()).parquet(path).count();
    // Progress on stderr, one line per report: the report stage is the longest one of a night.
    System.err.printf("[skillgap] report %-22s %,10d rows in %6.1f s%n", name, rows, (System.nanoTime() - t0) / 1e9);
    return rows;
  }

  /** Makes the staged reports the run's snapshot and points LATEST at it. */
  public String publish(int keepRuns) {
    String target = layout.snapshot(runDate.toString());
    if (storage.exists(target)) {
      // Re-running a date replaces its snapshot. LATEST may name it: move the old one aside first so the
      // window without it is one rename long, then drop it.
      String old = layout.staging(runId + ".replaced");
      storage.rename(target, old);
      storage.rename(layout.staging(runId), target);
      storage.delete(old);
    } else {
      storage.rename(layout.staging(runId), target);
    }
    storage.replaceText(layout.latestPointer(), runDate + "\n");
    retain(keepRuns);
    return target;
  }

  /** The date LATEST names, or null when nothing was published yet. */
  public static String latest(Storage storage, Layout layout) {
    if (!storage.exists(layout.latestPointer())) {
      return null;
    }
    return storage.readText(layout.latestPointer()).trim();
  }

  private void retain(int keepRuns) {
    List<String> runs = storage.list(layout.snapshots());
    runs.sort(String::compareTo);
    String latest = runDate.toString();
    for (int i = 0; i < runs.size() - keepRuns; i++) {
      if (!runs.get(i).equals(latest)) {
        storage.delete(layout.snapshot(runs.get(i)));
      }
    }
  }
}
