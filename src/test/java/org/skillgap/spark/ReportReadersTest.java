package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.hadoop.HadoopCatalog;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.types.Types;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.publish.ReportCatalog;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.warehouse.Layout;

/**
 * The published reports read back from their Iceberg tables: by Spark SQL at the night's tag, by
 * Iceberg's generic Java reader (no Spark), and by DuckDB over the Parquet files the night's
 * snapshot lists. Every documented column is there with its documented type, and all three count
 * the rows Spark's reader counts.
 */
class ReportReadersTest {

  private static final SparkSession spark = SharedSpark.get();
  private static Layout layout;
  private static PublishedReports published;
  private static PublishedNight night;

  @BeforeAll
  static void run() {
    layout = new Layout(PipelineFixture.get().out().toString());
    published = new PublishedReports(spark, layout);
    night = published.run("2026-01-15");
  }

  /** The embedded catalog as a program outside Spark opens it: a Hadoop catalog on the folder. */
  private static Table icebergTable(String report) {
    HadoopCatalog catalog =
        new HadoopCatalog(spark.sparkContext().hadoopConfiguration(), layout.reportCatalog());
    return catalog.loadTable(TableIdentifier.of(ReportCatalog.NAMESPACE, report));
  }

  @Test
  void sparkSqlReadsEachReportAtTheNightsTag() {
    for (ReportRegistry.Report report : ReportRegistry.ALL) {
      long tagged =
          spark
              .sql(
                  "SELECT * FROM "
                      + published.catalog().table(report.name())
                      + " VERSION AS OF '"
                      + night.tag()
                      + "'")
              .count();
      assertEquals(published.read(night, report.name()).count(), tagged, report.name());
    }
  }

  @Test
  void icebergsGenericReaderSeesEveryDocumentedColumnAndRow() throws Exception {
    for (ReportRegistry.Report report : ReportRegistry.ALL) {
      Table table = icebergTable(report.name());
      for (StructField f : report.schema().fields()) {
        Types.NestedField column = table.schema().findField(f.name());
        assertNotNull(column, report.name() + " lacks " + f.name());
        assertEquals(
            icebergType(f.dataType().simpleString()),
            column.type().toString(),
            report.name() + "." + f.name());
      }
      long rows = 0;
      try (CloseableIterable<Record> records =
          IcebergGenerics.read(table).useSnapshot(night.snapshots().get(report.name())).build()) {
        for (Record ignored : records) {
          rows++;
        }
      }
      assertEquals(published.read(night, report.name()).count(), rows, report.name());
    }
  }

  @Test
  void duckDbReadsTheFilesTheNightsSnapshotLists() throws Exception {
    Class.forName("org.duckdb.DuckDBDriver");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (ReportRegistry.Report report : ReportRegistry.ALL) {
        String files = dataFiles(report.name());
        if (files.equals("[]")) {
          assertEquals(0, published.read(night, report.name()).count(), report.name());
          continue;
        }
        Map<String, String> seen = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + files + ")")) {
          while (rs.next()) {
            seen.put(rs.getString("column_name"), rs.getString("column_type"));
          }
        }
        for (StructField f : report.schema().fields()) {
          assertEquals(
              duckType(f.dataType().simpleString()),
              seen.get(f.name()),
              report.name() + "." + f.name());
        }
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet(" + files + ")")) {
          rs.next();
          assertEquals(published.read(night, report.name()).count(), rs.getLong(1), report.name());
        }
      }
      // And the numbers agree with Spark's: shares are shares, postings within their industry's.
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM read_parquet("
                  + dataFiles(ReportRegistry.SKILL_DEMAND.name())
                  + ") WHERE share <= 0 OR share > 1 OR postings > industry_postings")) {
        rs.next();
        assertEquals(0, rs.getLong(1));
      }
    }
  }

  /** The data files of the night's snapshot of a report, as a DuckDB list literal. */
  private static String dataFiles(String report) throws Exception {
    List<String> files = new ArrayList<>();
    Table table = icebergTable(report);
    try (CloseableIterable<FileScanTask> tasks =
        table.newScan().useSnapshot(night.snapshots().get(report)).planFiles()) {
      for (FileScanTask task : tasks) {
        files.add(task.file().location().replaceFirst("^file:", ""));
      }
    }
    return files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ", "[", "]"));
  }

  /** Iceberg's name for a documented Spark type. */
  private static String icebergType(String sparkType) {
    return switch (sparkType) {
      case "string" -> "string";
      case "bigint" -> "long";
      case "int" -> "int";
      case "double" -> "double";
      case "date" -> "date";
      case "boolean" -> "boolean";
      case "array<string>" -> "list<string>";
      default -> throw new IllegalArgumentException(sparkType);
    };
  }

  /** DuckDB's name for a documented Spark type. */
  private static String duckType(String sparkType) {
    return switch (sparkType) {
      case "string" -> "VARCHAR";
      case "bigint" -> "BIGINT";
      case "int" -> "INTEGER";
      case "double" -> "DOUBLE";
      case "date" -> "DATE";
      case "boolean" -> "BOOLEAN";
      case "array<string>" -> "VARCHAR[]";
      default -> throw new IllegalArgumentException(sparkType);
    };
  }
}
