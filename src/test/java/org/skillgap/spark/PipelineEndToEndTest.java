package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.ingest.DatasetCounts;

/** The whole nightly pipeline on generated data plus a few postings written by hand. */
class PipelineEndToEndTest {

  private static final SparkSession spark = SharedSpark.get();
  private static RunSummary summary;
  private static Dataset<Row> demand;
  private static Path out;

  @BeforeAll
  static void runPipeline() {
    PipelineFixture f = PipelineFixture.get();
    summary = f.summary();
    out = f.out();
    demand = Published.report(out, "2026-01-15", "skill_demand").cache();
  }

  @Test
  void reportRowsForTheHandWrittenMonth() {
    List<Row> june =
        demand.filter("period = '2018-06'").orderBy("industry", "rank").collectAsList();
    List<String> got =
        june.stream()
            .map(
                r ->
                    r.getAs("industry")
                        + ":"
                        + r.getAs("skill_id")
                        + ":"
                        + r.getAs("postings")
                        + "/"
                        + r.getAs("industry_postings"))
            .toList();
    assertEquals(
        List.of("other:excel:1/1", "tech:python:2/3", "tech:apache-kafka:1/3", "tech:html:1/3"),
        got,
        "h1 counted once despite its duplicate; h3's negated Python not counted; h4 Retail -> other");
    Row python =
        june.stream().filter(r -> r.getAs("skill_id").equals("python")).findFirst().orElseThrow();
    assertEquals(0.5, python.<Double>getAs("required_share"), 1e-9);
    assertEquals(2.0 / 3, python.<Double>getAs("share"), 1e-9);
  }

  @Test
  void everyIndustryHoldsRows() {
    // One Iceberg partition per industry the night has demand for: all five in the fixture.
    Set<String> withRows =
        new TreeSet<>(demand.select("industry").distinct().as(Encoders.STRING()).collectAsList());
    assertEquals(new TreeSet<>(Industry.ALL), withRows);
  }

  @Test
  void countsReconcile() {
    DatasetCounts postings =
        summary.datasets().stream()
            .filter(d -> d.dataset().equals("postings"))
            .findFirst()
            .orElseThrow();
    assertEquals(PipelineFixture.POSTINGS + 6, postings.read(), "generated + 6 hand-written lines");
    assertEquals(
        postings.read(), postings.accepted() + postings.quarantined() + postings.duplicates());
    assertTrue(postings.duplicates() >= 1);
    assertTrue(postings.quarantinedByReason().getOrDefault("MALFORMED_RECORD", 0L) >= 1);
    // Every accepted posting is counted once per month in the report's totals.
    long inReport =
        demand
            .filter("period_type = 'month'")
            .select("industry", "period", "industry_postings")
            .distinct()
            .agg(sum("industry_postings"))
            .first()
            .getLong(0);
    assertEquals(
        postings.accepted(),
        inReport,
        "every accepted posting is in exactly one industry and month");
  }

  @Test
  void quarantineAndSummaryAreWritten() throws Exception {
    Dataset<Row> q = Stored.quarantine(out, "postings");
    assertTrue(
        q.filter("reason_code = 'MALFORMED_RECORD' and raw_record like '%broken%'").count() == 1);
    assertEquals(1, q.filter("reason_code = 'DUPLICATE_ID' and duplicate_of = 'h1'").count());
    String json = Files.readString(out.resolve("runs/2026-01-15/summary.json"));
    assertTrue(json.contains("\"outcome\": \"success\""), json);
    assertEquals("success", summary.outcome());
  }
}
