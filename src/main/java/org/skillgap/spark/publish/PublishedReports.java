package org.skillgap.spark.publish;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.error.Errors;
import org.skillgap.spark.warehouse.Layout;

/**
 * Reads the published reports: the nights the nights table names and each report's snapshot of a
 * night. The reports command, the dashboard and the tests read through here, so they always see a
 * whole night, never a table's main branch mid-publish.
 */
public final class PublishedReports {
  private final SparkSession spark;
  private final Layout layout;
  private final ReportCatalog catalog;
  private final NightsTable nights;

  public PublishedReports(SparkSession spark, Layout layout) {
    this.spark = spark;
    this.layout = layout;
    this.catalog = ReportCatalog.of(spark, layout);
    this.nights = new NightsTable(spark, catalog);
  }

  /**
   * Every published run, newest night first; a night published again lists its newest run first.
   */
  public List<PublishedNight> runs() {
    return nights.runs();
  }

  /** The latest night's newest run; empty when nothing was published. */
  public Optional<PublishedNight> latest() {
    return runs().stream().findFirst();
  }

  /**
   * The run to read: the newest run of the given night (a date) or the run of that id; the latest
   * night when {@code run} is null. Errors name what is published when the run is not.
   */
  public PublishedNight run(String run) {
    List<PublishedNight> runs = runs();
    if (runs.isEmpty()) {
      throw Errors.nothingPublished(catalog.name(), layout.reportCatalog());
    }
    if (run == null) {
      return runs.get(0);
    }
    return runs.stream()
        .filter(r -> r.night().toString().equals(run) || r.runId().equals(run))
        .findFirst()
        .orElseThrow(
            () ->
                Errors.runNotPublished(
                    run, runs.stream().map(r -> r.night().toString()).distinct().toList()));
  }

  /** A report of a published run. */
  public Dataset<Row> read(PublishedNight run, String report) {
    if (!run.snapshots().containsKey(report)) {
      throw Errors.reportNotInRun(report, run.runId());
    }
    return readSnapshot(spark, catalog, report, run.snapshots().get(report));
  }

  /** A run's reports, as the dashboard reads them. */
  public ReportSource source(PublishedNight run) {
    return report -> read(run, report);
  }

  /** The run's dashboard page. */
  public String dashboard(PublishedNight run) {
    return layout.dashboard(run.runId());
  }

  /** The catalog, for readers that query it themselves (Spark SQL, the Iceberg API). */
  public ReportCatalog catalog() {
    return catalog;
  }

  /** A table at a snapshot; a null snapshot is a table that had none: empty, with its columns. */
  static Dataset<Row> readSnapshot(
      SparkSession spark, ReportCatalog catalog, String table, Long snapshotId) {
    if (snapshotId == null) {
      return spark.table(catalog.table(table)).limit(0);
    }
    return spark.read().option("versionAsOf", snapshotId).table(catalog.table(table));
  }
}
