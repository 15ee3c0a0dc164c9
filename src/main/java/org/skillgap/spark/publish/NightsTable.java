package org.skillgap.spark.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.spark.common.NamedRow;

/**
 * The log of published nights, an Iceberg table beside the reports: one row per report of each
 * published run, naming the snapshot that holds it. A night is published when its rows are
 * committed, in one commit, so a reader that goes through this table sees every report of a night
 * or none of them, however the tables' own histories stand.
 */
final class NightsTable {
  static final String NAME = "published_nights";

  static final String NIGHT = "night";
  static final String RUN_ID = "run_id";
  static final String PUBLISHED_AT = "published_at";
  static final String REPORT = "report";
  static final String SNAPSHOT_ID = "snapshot_id";
  static final String ROWS = "rows";

  static final StructType SCHEMA =
      new StructType()
          .add(NIGHT, DataTypes.DateType, false)
          .add(RUN_ID, DataTypes.StringType, false)
          .add(PUBLISHED_AT, DataTypes.TimestampType, false)
          .add(REPORT, DataTypes.StringType, false)
          .add(SNAPSHOT_ID, DataTypes.LongType, true)
          .add(ROWS, DataTypes.LongType, false);

  private final SparkSession spark;
  private final ReportCatalog catalog;

  NightsTable(SparkSession spark, ReportCatalog catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  void createIfMissing() {
    spark.sql(
        "CREATE TABLE IF NOT EXISTS "
            + catalog.table(NAME)
            + " ("
            + SCHEMA.toDDL()
            + ") USING iceberg");
  }

  /** Commits a night: all its rows in one append. */
  void append(PublishedNight night, Map<String, Long> rowsByReport) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Long> e : night.snapshots().entrySet()) {
      rows.add(
          new NamedRow(SCHEMA)
              .put(NIGHT, Date.valueOf(night.night()))
              .put(RUN_ID, night.runId())
              .put(PUBLISHED_AT, Timestamp.from(night.publishedAt()))
              .put(REPORT, e.getKey())
              .put(SNAPSHOT_ID, e.getValue())
              .put(ROWS, rowsByReport.get(e.getKey()))
              .row());
    }
    try {
      spark.createDataFrame(rows, SCHEMA).coalesce(1).writeTo(catalog.table(NAME)).append();
    } catch (NoSuchTableException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every published run, newest night first and, within a night, the newest run first. */
  List<PublishedNight> runs() {
    if (!catalog.exists(NAME)) {
      return List.of();
    }
    Map<String, List<Row>> byRun = new LinkedHashMap<>();
    // Bounded by retention: publish.keep-runs nights of a dozen reports.
    for (Row row : spark.table(catalog.table(NAME)).orderBy(col(REPORT)).collectAsList()) {
      byRun.computeIfAbsent(row.getAs(RUN_ID), k -> new ArrayList<>()).add(row);
    }
    List<PublishedNight> runs = new ArrayList<>();
    for (List<Row> rows : byRun.values()) {
      Row first = rows.get(0);
      Map<String, Long> snapshots = new LinkedHashMap<>();
      long total = 0;
      for (Row row : rows) {
        snapshots.put(row.getAs(REPORT), row.getAs(SNAPSHOT_ID));
        total += row.<Long>getAs(ROWS);
      }
      runs.add(
          new PublishedNight(
              first.<Date>getAs(NIGHT).toLocalDate(),
              first.getAs(RUN_ID),
              first.<Timestamp>getAs(PUBLISHED_AT).toInstant(),
              snapshots,
              total));
    }
    runs.sort(
        Comparator.comparing(PublishedNight::night)
            .thenComparing(PublishedNight::publishedAt)
            .reversed());
    return runs;
  }

  /**
   * Forgets runs: the table rewritten without their rows, in one commit. (Deleting by a filter on
   * run_id would need every file's run_id bounds exact, and Iceberg truncates string bounds.)
   */
  void forget(List<String> runIds) {
    if (runIds.isEmpty()) {
      return;
    }
    String table = catalog.table(NAME);
    try {
      spark
          .table(table)
          .filter(not(col(RUN_ID).isin(runIds.toArray())))
          .coalesce(1)
          .writeTo(table)
          .overwrite(lit(true));
    } catch (NoSuchTableException e) {
      throw new IllegalStateException(e);
    }
  }
}
