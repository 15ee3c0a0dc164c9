package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.publish.ReportPublisher;
import org.skillgap.spark.warehouse.Layout;

/**
 * docs/architecture.md's recipe for a new report, followed for a trivial one (postings per industry
 * and year): a builder over the night's {@link ReportInputs}, a schema, a declaration like {@link
 * ReportRegistry}'s. It builds, stages and publishes as the registered reports do, and the docs
 * check fails until docs/reports.md documents it, which is the recipe's last step.
 */
class NewReportRecipeTest {

  private final SparkSession spark = SharedSpark.get();

  /** Step 2: the schema (in ReportSchemas for a real report). */
  static final StructType POSTINGS_PER_YEAR =
      new StructType()
          .add("industry", DataTypes.StringType, false)
          .add("year", DataTypes.IntegerType, false)
          .add("postings", DataTypes.LongType, false);

  /** Step 1: the builder, reading the merged facts every night already folds. */
  static Dataset<Row> postingsPerYear(ReportInputs in) {
    return in.facts()
        .get(ReportFacts.CELL_POSTINGS)
        .filter(col("period_type").equalTo("year"))
        .groupBy(col("industry"), col("period").cast("int").as("year"))
        .agg(sum("postings").as("postings"))
        .select(Columns.of(POSTINGS_PER_YEAR));
  }

  /** Step 3: the declaration, one line in ReportRegistry.ALL for a real report. */
  static final ReportRegistry.Report REPORT =
      new ReportRegistry.Report(
          "postings_per_year", POSTINGS_PER_YEAR, NewReportRecipeTest::postingsPerYear);

  @Test
  void aReportAddedByTheRecipeBuildsAndPublishes(@TempDir Path tmp) throws Exception {
    ReportInputs inputs =
        InMemoryReports.demandOnly(postings(), mentions(), LocalDate.of(2025, 6, 1), 1);
    Layout layout = new Layout(tmp.toString());
    ReportPublisher publisher =
        new ReportPublisher(spark, layout, "run-1", LocalDate.of(2025, 6, 1));
    long rows = publisher.stage(REPORT.name(), REPORT.build().apply(inputs));
    PublishedNight night = publisher.publish(null, 3, 0);

    assertEquals(2, rows, "tech 2024 and healthcare 2024");
    Dataset<Row> published =
        new PublishedReports(spark, layout).read(night, REPORT.name()).orderBy("industry");
    assertEquals(
        List.of("[healthcare,2024,1]", "[tech,2024,2]"),
        published.select("industry", "year", "postings").collectAsList().stream()
            .map(Row::toString)
            .toList());
  }

  @Test
  void theDocsCheckRefusesItUntilDocumented() throws Exception {
    Map<String, Map<String, String>> documented = ReportRegistryTest.documented();
    assertFalse(
        documented.containsKey(REPORT.name()),
        "step 4 (its section in docs/reports.md) is what ReportRegistryTest demands of a registered"
            + " report");
    assertTrue(documented.keySet().containsAll(ReportRegistry.NAMES));
  }

  private Dataset<Row> postings() {
    return InMemoryReports.postings(
        "posting_id, industry, posted_date, title",
        List.of(
            "('p1', 'tech', DATE'2024-03-02', 'Data Engineer')",
            "('p2', 'tech', DATE'2024-05-20', 'Data Analyst')",
            "('h1', 'healthcare', DATE'2024-03-05', 'Nurse')"));
  }

  private Dataset<Row> mentions() {
    return InMemoryReports.values(
        "posting_id, skill_id, skill_type, requirement",
        List.of(
            "('p1', 'python', 'technology', 'required')",
            "('h1', 'patient-care', 'knowledge', 'not_stated')"));
  }
}
