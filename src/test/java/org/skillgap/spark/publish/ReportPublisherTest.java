package org.skillgap.spark.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;

/**
 * Staging a report: its row count (read from the files' footers) and the five industry partitions.
 */
class ReportPublisherTest {
  @TempDir Path tmp;
  private static final SparkSession spark = SharedSpark.get();

  @Test
  void stagingCountsTheRowsWrittenAndFillsEveryIndustry() {
    Layout layout = new Layout(tmp.resolve("out").toString());
    ReportPublisher publisher =
        new ReportPublisher(spark, layout, "run-1", LocalDate.of(2026, 1, 1));
    // Seven rows in two industries, written as several files (one per partition and industry).
    long rows =
        publisher.stage(
            "r",
            spark
                .range(7)
                .selectExpr("IF(id < 5, 'tech', 'finance') AS industry", "id AS n")
                .repartition(3));
    assertEquals(7, rows);
    String staged = Storage.join(layout.staging("run-1"), "r");
    assertEquals(7, spark.read().parquet(staged).count());
    for (String industry : Industry.ALL) {
      assertTrue(new Storage(spark).exists(Storage.join(staged, "industry=" + industry)), industry);
    }
    // A pending write inside the folder is not the report's, as Spark's reader skips it too.
    spark.range(3).write().parquet(Storage.join(staged, "_pending/x"));
    assertEquals(7, new Storage(spark).parquetRows(staged));
    assertEquals(
        0, publisher.stage("empty", spark.range(0).selectExpr("'tech' AS industry", "id AS n")));
  }
}
