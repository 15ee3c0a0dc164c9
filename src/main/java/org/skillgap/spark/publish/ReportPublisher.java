package org.skillgap.spark.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.console.Console;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;

/**
 * Publishes a night's reports as Iceberg tables, all at once. Each report is staged as a snapshot
 * of its table that readers do not see (Iceberg's write-audit-publish: the table's main branch
 * stays where it was). When every report is staged, each staged snapshot is tagged {@code
 * night-<date>}, the dashboard is written under the run's own name, and the night is committed: one
 * append to the {@link NightsTable}, which names every report's snapshot. That commit is the
 * switch: a reader that goes through the nights table sees the previous night whole until then and
 * this one whole after. Only then do the tables' main branches move to the night's snapshots, for
 * readers that query a table without a tag. A backfilled night is committed and tagged but leaves
 * the main branches on the later night.
 *
 * <p>A run killed at any point leaves the last committed night readable: what it staged is
 * unreferenced and expires after the grace period, like the snapshots of runs beyond {@code
 * publish.keep-runs}.
 */
public final class ReportPublisher {

  /** Spark's session setting that makes writes to a table with write.wap.enabled stage only. */
  private static final String WAP_ID = "spark.wap.id";

  private static final String TOTAL_RECORDS = "total-records";

  private final SparkSession spark;
  private final Storage storage;
  private final Layout layout;
  private final String runId;
  private final LocalDate runDate;
  private final ReportCatalog catalog;
  private final NightsTable nights;
  private final Map<String, Staged> staged = new TreeMap<>();

  /** A staged report: its snapshot (null when its table had none and it had no rows) and rows. */
  private record Staged(Long snapshotId, long rows) {}

  public ReportPublisher(SparkSession spark, Layout layout, String runId, LocalDate runDate) {
    this.spark = spark;
    this.storage = new Storage(spark);
    this.layout = layout;
    this.runId = runId;
    this.runDate = runDate;
    this.catalog = ReportCatalog.of(spark, layout);
    this.nights = new NightsTable(spark, catalog);
  }

  /**
   * Stages one report, partitioned by industry, as a snapshot readers do not see yet. Returns its
   * row count. Reports may be staged side by side, from several threads.
   */
  public long stage(String name, Dataset<Row> report) {
    long t0 = System.nanoTime();
    StructType tableSchema = createOrEvolve(name, report.schema());
    spark.conf().set(WAP_ID, runId);
    try {
      alignTo(report, tableSchema).writeTo(catalog.table(name)).overwrite(lit(true));
    } catch (NoSuchTableException e) {
      throw new IllegalStateException(e); // created above
    }
    Snapshot snapshot = stagedSnapshot(catalog.load(name));
    long rows = snapshot == null ? 0 : Long.parseLong(snapshot.summary().get(TOTAL_RECORDS));
    synchronized (staged) {
      staged.put(name, new Staged(snapshot == null ? null : snapshot.snapshotId(), rows));
    }
    Console.get()
        .detail(
            String.format(
                "report %-22s %,10d rows in %6.1f s", name, rows, (System.nanoTime() - t0) / 1e9));
    return rows;
  }

  /** The staged reports, for what is built from them before they are published (the dashboard). */
  public ReportSource staged() {
    return report -> {
      Staged s;
      synchronized (staged) {
        s = staged.get(report);
      }
      return PublishedReports.readSnapshot(spark, catalog, report, s.snapshotId());
    };
  }

  /**
   * A report's table with the report's columns: created on the first night (every column nullable,
   * so a Spark plan's nullability never refuses a write), and given the columns a newer version of
   * the report adds. Returns the table's schema.
   */
  private StructType createOrEvolve(String name, StructType schema) {
    String table = catalog.table(name);
    synchronized (ReportPublisher.class) {
      if (!catalog.exists(name)) {
        catalog.createNamespace();
        spark.sql(
            "CREATE TABLE IF NOT EXISTS "
                + table
                + " ("
                + schema.asNullable().toDDL()
                + ") USING iceberg PARTITIONED BY ("
                + INDUSTRY
                + ") TBLPROPERTIES ('write.wap.enabled' = 'true', 'format-version' = '2')");
      }
      StructType current = spark.table(table).schema();
      Set<String> known = new HashSet<>(List.of(current.fieldNames()));
      for (StructField f : schema.fields()) {
        if (!known.contains(f.name())) {
          spark.sql("ALTER TABLE " + table + " ADD COLUMN " + f.name() + " " + f.dataType().sql());
        }
      }
      return spark.table(table).schema();
    }
  }

  /** The report in the table's column order; a column the report no longer has is null. */
  private static Dataset<Row> alignTo(Dataset<Row> report, StructType tableSchema) {
    Set<String> present = new HashSet<>(List.of(report.columns()));
    List<Column> columns = new ArrayList<>();
    for (StructField f : tableSchema.fields()) {
      columns.add(
          present.contains(f.name()) ? col(f.name()) : lit(null).cast(f.dataType()).as(f.name()));
    }
    return report.select(columns.toArray(Column[]::new));
  }

  /** This run's staged snapshot of a table; null when the write committed none. */
  private Snapshot stagedSnapshot(Table table) {
    Snapshot found = null;
    for (Snapshot s : table.snapshots()) {
      if (runId.equals(s.summary().get("wap.id"))
          && (found == null || s.sequenceNumber() > found.sequenceNumber())) {
        found = s;
      }
    }
    return found;
  }

  /**
   * Publishes what was staged (see the class comment for the order and why each step is safe to
   * kill), then applies retention. Returns the published night.
   */
  public PublishedNight publish(String dashboardHtml, int keepRuns, int graceMinutes) {
    spark.conf().unset(WAP_ID);
    Map<String, Long> snapshots = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    staged.forEach(
        (name, s) -> {
          snapshots.put(name, s.snapshotId());
          rows.put(name, s.rows());
        });
    String tag = PublishedNight.tagOf(runDate);
    snapshots.forEach(
        (name, id) -> {
          if (id != null) {
            Table table = catalog.load(name);
            if (table.refs().containsKey(tag)) {
              table.manageSnapshots().replaceTag(tag, id).commit();
            } else {
              table.manageSnapshots().createTag(tag, id).commit();
            }
          }
        });
    KillPoints.reached("publish:tagged");
    if (dashboardHtml != null) {
      storage.replaceText(layout.dashboard(runId), dashboardHtml);
    }
    KillPoints.reached("publish:dashboard-written");
    PublishedNight night =
        new PublishedNight(
            runDate,
            runId,
            Instant.now(),
            snapshots,
            rows.values().stream().mapToLong(Long::longValue).sum());
    List<PublishedNight> before = nights.runs();
    nights.createIfMissing();
    nights.append(night, rows);
    KillPoints.reached("publish:night-committed");
    if (before.isEmpty() || !before.get(0).night().isAfter(runDate)) {
      snapshots.forEach(
          (name, id) -> {
            if (id != null) {
              catalog.load(name).manageSnapshots().setCurrentSnapshot(id).commit();
              KillPoints.reached("publish:main-moved", name);
            }
          });
    } else {
      Console.get()
          .notice(
              "backfill: published "
                  + runDate
                  + "; the tables' main branches stay at "
                  + before.get(0).night()
                  + ", a later night");
    }
    new Retention(catalog, nights, storage, layout).apply(keepRuns, graceMinutes * 60_000L);
    return night;
  }
}
