package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.sample.SampleDataGenerator;

/** The whole nightly pipeline on a tiny input: generated data plus a few postings written by hand. */
class PipelineEndToEndTest {

  @TempDir static Path tmp;
  private static final SparkSession spark = SharedSpark.get();
  private static RunSummary summary;
  private static Dataset<Row> demand;
  private static Path out;

  @BeforeAll
  static void runPipeline() throws Exception {
    Path in = tmp.resolve("in");
    new SampleDataGenerator(11).write(in, SampleDataGenerator.Size.ofPostings(150));
    // June 2018 lies outside the generator's years, so these rows are the only ones in that month.
    Files.writeString(in.resolve("postings/hand-written.jsonl"), String.join("\n",
        "{\"id\":\"h1\",\"title\":\"Data Engineer\",\"company\":\"Acme\",\"posted_date\":\"2018-06-04\",\"industry\":\"Information Technology\",\"description\":\"<ul><li>Python is required.</li><li>Kafka is a plus.</li></ul>\"}",
        "{\"id\":\"h2\",\"title\":\"Analyst\",\"company\":\"Acme\",\"posted_date\":\"2018-06-12\",\"industry\":\"Software\",\"description\":\"Experience with Python preferred.\"}",
        "{\"id\":\"h3\",\"title\":\"Web Developer\",\"company\":\"Beta\",\"posted_date\":\"2018-06-20\",\"industry\":\"Internet\",\"description\":\"No prior Python experience needed. Must know HTML.\"}",
        "{\"id\":\"h4\",\"title\":\"Clerk\",\"company\":\"Gamma\",\"posted_date\":\"2018-06-21\",\"industry\":\"Miscellaneous Services\",\"description\":\"Strong Excel skills required.\"}",
        "{\"id\":\"h1\",\"title\":\"Data Engineer\",\"company\":\"Acme\",\"posted_date\":\"2018-06-04\",\"industry\":\"Information Technology\",\"description\":\"<ul><li>Python is required.</li><li>Kafka is a plus.</li></ul>\"}",
        "{\"id\":\"broken\",\"title\":"));
    out = tmp.resolve("out");
    PipelineConfig config = new ConfigLoader().build(in.toString(), out.toString(), LocalDate.of(2026, 1, 15));
    summary = new Pipeline(spark, config).runAll();
    demand = spark.read().parquet(out.resolve("reports/skill_demand").toString()).cache();
  }

  @Test
  void reportRowsForTheHandWrittenMonth() {
    List<Row> june = demand.filter("period = '2018-06'").orderBy("industry", "rank").collectAsList();
    List<String> got = june.stream().map(r -> r.getAs("industry") + ":" + r.getAs("skill_id") + ":" + r.getAs("postings")
        + "/" + r.getAs("industry_postings")).toList();
    assertEquals(List.of("other:excel:1/1", "tech:python:2/3", "tech:apache-kafka:1/3", "tech:html:1/3"), got,
        "h1 counted once despite its duplicate; h3's negated Python not counted; h4 unmapped -> other");
    Row python = june.stream().filter(r -> r.getAs("skill_id").equals("python")).findFirst().orElseThrow();
    assertEquals(0.5, python.<Double>getAs("required_share"), 1e-9);
    assertEquals(2.0 / 3, python.<Double>getAs("share"), 1e-9);
  }

  @Test
  void everyIndustryHasAPartition() throws Exception {
    Set<String> partitions;
    try (var s = Files.list(out.resolve("reports/skill_demand"))) {
      partitions = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("industry=")).collect(Collectors.toSet());
    }
    assertEquals(Set.of("industry=tech", "industry=healthcare", "industry=finance", "industry=education", "industry=other"),
        partitions);
  }

  @Test
  void countsReconcile() {
    DatasetCounts postings = summary.datasets().stream().filter(d -> d.dataset().equals("postings")).findFirst().orElseThrow();
    assertEquals(156, postings.read(), "150 generated + 6 hand-written lines");
    assertEquals(postings.read(), postings.accepted() + postings.quarantined() + postings.duplicates());
    assertTrue(postings.duplicates() >= 1);
    assertTrue(postings.quarantinedByReason().getOrDefault("MALFORMED_RECORD", 0L) >= 1);
    // Every accepted posting is counted once per month in the report's totals.
    long inReport = demand.filter("period_type = 'month'")
        .select("industry", "period", "industry_postings").distinct()
        .agg(sum("industry_postings")).first().getLong(0);
    long withoutSkills = postings.accepted() - inReport;
    assertTrue(withoutSkills >= 0 && withoutSkills <= 2, "postings with no skill at all: " + withoutSkills);
  }

  @Test
  void quarantineAndSummaryAreWritten() throws Exception {
    Dataset<Row> q = spark.read().parquet(out.resolve("quarantine/postings").toString());
    assertTrue(q.filter("reason_code = 'MALFORMED_RECORD' and raw_record like '%broken%'").count() == 1);
    assertEquals(1, q.filter("reason_code = 'DUPLICATE_ID' and duplicate_of = 'h1'").count());
    String json = Files.readString(out.resolve("runs/2026-01-15/summary.json"));
    assertTrue(json.contains("\"outcome\": \"success\""), json);
    assertEquals("success", summary.outcome());
  }
}
