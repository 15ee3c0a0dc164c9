package org.skillgap.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes reports into a staging folder first and moves them into place only once every report of the run
 * is complete, so a run that fails midway leaves the previous reports as they were.
 */
public final class ReportPublisher {

  private final Storage storage;
  private final Layout layout;
  private final String runId;
  private final Map<String, String> staged = new LinkedHashMap<>();

  public ReportPublisher(SparkSession spark, Layout layout, String runId) {
    this.storage = new Storage(spark);
    this.layout = layout;
    this.runId = runId;
  }

  /** Writes one report, partitioned by industry, into staging. Returns its row count. */
  public long stage(String name, Dataset<Row> report) {
    String path = layout.staging(runId, name);
    report.write().mode("overwrite").partitionBy("industry").parquet(path);
    staged.put(name, path);
    return report.sparkSession().read().parquet(path).count();
  }

  /** Moves every staged report into place, replacing the previous version. */
  public List<String> publish() {
    List<String> published = new ArrayList<>();
    for (Map.Entry<String, String> e : staged.entrySet()) {
      String target = layout.report(e.getKey());
      String old = layout.staging(runId, e.getKey() + ".previous");
      if (storage.exists(target)) {
        storage.rename(target, old);
      }
      storage.rename(e.getValue(), target);
      storage.delete(old);
      published.add(target);
    }
    storage.delete(layout.staging(runId, "").replaceAll("/$", ""));
    return published;
  }
}
