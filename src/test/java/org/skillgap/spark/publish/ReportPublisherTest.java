package org.skillgap.spark.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.warehouse.Layout;

/**
 * Staging and publishing a report as an Iceberg table: the staged rows are invisible to a reader of
 * the table until the night is published, a night published again is a run of its own, and a report
 * that gains a column keeps its table.
 */
class ReportPublisherTest {
  @TempDir Path tmp;
  private static final SparkSession spark = SharedSpark.get();

  private static Dataset<Row> report(int rows) {
    return spark
        .range(rows)
        .selectExpr("IF(id < 5, 'tech', 'finance') AS industry", "id AS n")
        .repartition(3);
  }

  @Test
  void stagedRowsAreSeenOnlyOnceTheNightIsPublished() {
    Layout layout = new Layout(tmp.resolve("out").toString());
    ReportPublisher first = new ReportPublisher(spark, layout, "run-1", LocalDate.of(2026, 1, 1));
    assertEquals(7, first.stage("r", report(7)));
    assertEquals(
        0, first.stage("empty", spark.range(0).selectExpr("'tech' AS industry", "id AS n")));
    PublishedReports published = new PublishedReports(spark, layout);
    assertTrue(published.runs().isEmpty(), "nothing published while staged");
    assertEquals(0, spark.table(published.catalog().table("r")).count(), "main not moved yet");
    first.publish(null, 3, 60);
    assertEquals(7, published.read(published.run(null), "r").count());
    assertEquals(0, published.read(published.run(null), "empty").count());
    assertEquals(7, spark.table(published.catalog().table("r")).count(), "main follows");

    ReportPublisher again = new ReportPublisher(spark, layout, "run-2", LocalDate.of(2026, 1, 1));
    again.stage("r", report(9).selectExpr("*", "n * 2 AS doubled"));
    again.stage("empty", spark.range(0).selectExpr("'tech' AS industry", "id AS n"));
    assertEquals(7, published.read(published.run(null), "r").count(), "run-1 until run-2 commits");
    again.publish(null, 3, 60);
    List<PublishedNight> runs = published.runs();
    assertEquals(List.of("run-2", "run-1"), runs.stream().map(PublishedNight::runId).toList());
    Dataset<Row> latest = published.read(runs.get(0), "r");
    assertEquals(9, latest.count());
    assertEquals(List.of("industry", "n", "doubled"), List.of(latest.columns()));
    assertEquals(7, published.read(runs.get(1), "r").count(), "run-1 readable for the grace");
    assertEquals(
        9,
        spark
            .sql(
                "SELECT * FROM "
                    + published.catalog().table("r")
                    + " VERSION AS OF 'night-2026-01-01'")
            .count(),
        "the night's tag moved to the newest run");
  }
}
