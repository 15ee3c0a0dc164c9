package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.PERIOD;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;
import org.skillgap.core.dashboard.Dashboard;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.publish.ReportSource;
import org.skillgap.spark.report.DashboardFigures.Figure;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Gathers the dashboard's figures from a run's report snapshot: each figure is one query over all
 * industries ({@link DashboardFigures}), and each industry's section is drawn from its rows ({@link
 * DashboardSections}). Everything collected is bounded: top-10 lists, periods, credential types,
 * catalogue entries.
 */
public final class DashboardBuilder {
  private DashboardBuilder() {}

  public static Dashboard build(
      SparkSession spark, ReportSource reports, Dashboard.RunFacts facts) {
    Dataset<Row> demand =
        reports
            .read(ReportRegistry.SKILL_DEMAND.name())
            .filter("period_type = 'quarter'")
            .withColumn(YEAR, year(col("period_start")));
    Map<String, Integer> latest = latestYears(demand);
    Snapshot snapshot = new Snapshot(reports, latestYearsTable(spark, latest));
    Map<Figure, Dataset<Row>> queries = new EnumMap<>(Figure.class);
    queries.putAll(skillFigures(demand, snapshot));
    queries.putAll(credentialFigures(snapshot));
    queries.putAll(workforceFigures(snapshot));
    queries.putAll(worthItFigures(snapshot));
    DashboardFigures figures = DashboardFigures.collect(queries);
    List<Dashboard.IndustryView> views = new ArrayList<>();
    for (String industry : Industry.ALL) {
      if (latest.containsKey(industry)) { // no demand in an industry: no section
        views.add(DashboardSections.of(industry, latest.get(industry), figures));
      }
    }
    return new Dashboard(facts, views);
  }

  /** The run's report snapshot, and each industry's latest year (industry, year). */
  private record Snapshot(ReportSource reports, Dataset<Row> latestYears) {
    Dataset<Row> report(ReportRegistry.Report report) {
      return reports.read(report.name());
    }

    /** The rows of each industry's latest year (the year of its latest demand). */
    Dataset<Row> atLatest(Dataset<Row> report) {
      return report.join(broadcast(latestYears), new String[] {INDUSTRY, YEAR});
    }

    /** A report's rows of each industry's latest year. */
    Dataset<Row> latestOf(ReportRegistry.Report report) {
      return atLatest(report(report));
    }
  }

  /** Each industry's latest year with demand, by industry. */
  private static Map<String, Integer> latestYears(Dataset<Row> demand) {
    Map<String, Integer> latest = new TreeMap<>();
    for (Row r : demand.groupBy(INDUSTRY).agg(max(YEAR).as(YEAR)).collectAsList()) {
      latest.put(r.getAs(INDUSTRY), r.<Integer>getAs(YEAR));
    }
    return latest;
  }

  private static Dataset<Row> latestYearsTable(SparkSession spark, Map<String, Integer> latest) {
    StructType industryYear = new StructType().add(INDUSTRY, "string").add(YEAR, "int");
    return spark.createDataFrame(
        latest.entrySet().stream()
            .map(
                e ->
                    new NamedRow(industryYear)
                        .put(INDUSTRY, e.getKey())
                        .put(YEAR, e.getValue())
                        .row())
            .toList(),
        industryYear);
  }

  /**
   * The top ten skills of each industry's latest year, then their shares in every quarter, the
   * quarters, and the posting shown for each (skill_examples).
   */
  private static Map<Figure, Dataset<Row>> skillFigures(Dataset<Row> demand, Snapshot snapshot) {
    Dataset<Row> topRanked = topOfLatestYear(demand, snapshot.latestYears(), 10);
    Map<Figure, Dataset<Row>> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.TOP, topRanked);
    figures.put(
        Figure.TOP_SHARES,
        demand
            .join(
                broadcast(topRanked.select(INDUSTRY, SKILL_ID)), new String[] {INDUSTRY, SKILL_ID})
            .select(INDUSTRY, SKILL_ID, "skill_name", PERIOD, "share"));
    figures.put(Figure.QUARTERS, demand.select(INDUSTRY, PERIOD).distinct().orderBy(PERIOD));
    figures.put(
        Figure.EXAMPLES,
        snapshot
            .latestOf(ReportRegistry.SKILL_EXAMPLES)
            .join(
                broadcast(topRanked.select(INDUSTRY, SKILL_ID)), new String[] {INDUSTRY, SKILL_ID})
            .select(INDUSTRY, SKILL_ID, "skill_name", "title", "sentence", "matched"));
    return figures;
  }

  /** Coverage against cost, the credential path, and the top skill gaps. */
  private static Map<Figure, Dataset<Row>> credentialFigures(Snapshot snapshot) {
    Map<Figure, Dataset<Row>> figures = new EnumMap<>(Figure.class);
    figures.put(
        Figure.POINTS,
        snapshot
            .latestOf(ReportRegistry.CREDENTIAL_COVERAGE)
            .select(INDUSTRY, CREDENTIAL_ID, "credential_name", "cost", "demand_share_covered")
            .orderBy(CREDENTIAL_ID));
    figures.put(
        Figure.PATHS,
        snapshot
            .report(ReportRegistry.CREDENTIAL_PATHS)
            .filter(col("job_family").equalTo("*"))
            .orderBy("step")
            .select(INDUSTRY, CREDENTIAL_ID));
    figures.put(
        Figure.GAPS,
        snapshot
            .latestOf(ReportRegistry.SKILL_GAPS)
            .filter(col("rank").leq(10))
            .orderBy("rank")
            .select(INDUSTRY, "skill_name", "demand_share", "credentials_covering", "gap_score"));
    return figures;
  }

  /** Enrollments by credential type over the years, and what employers name. */
  private static Map<Figure, Dataset<Row>> workforceFigures(Snapshot snapshot) {
    Map<Figure, Dataset<Row>> figures = new EnumMap<>(Figure.class);
    figures.put(
        Figure.TRENDS,
        snapshot
            .report(ReportRegistry.ENROLLMENT_TRENDS)
            .orderBy("credential_type", YEAR)
            .select(
                col(INDUSTRY),
                col("credential_type"),
                col(YEAR).cast("string").as(YEAR),
                col("enrollments"),
                col("growth_vs_first_year")));
    Dataset<Row> recognition = snapshot.report(ReportRegistry.EMPLOYER_RECOGNITION);
    figures.put(
        Figure.RECOGNITION_BY_YEAR,
        recognition
            .groupBy(INDUSTRY, YEAR)
            .agg(max("any_credential_share").as("any_credential_share"))
            .orderBy(YEAR));
    figures.put(
        Figure.NAMED,
        ranked(snapshot.atLatest(recognition), 8, col("share").desc(), col("credential_skill_name"))
            .select(INDUSTRY, "credential_skill_name", "share"));
    return figures;
  }

  /** "Is it worth it?": the best-valued credentials, and the requirements over the years. */
  private static Map<Figure, Dataset<Row>> worthItFigures(Snapshot snapshot) {
    Map<Figure, Dataset<Row>> figures = new EnumMap<>(Figure.class);
    figures.put(
        Figure.VALUES,
        snapshot
            .latestOf(ReportRegistry.CREDENTIAL_VALUE)
            .filter(col("rank").leq(WORTH_IT_TOP))
            .orderBy("rank"));
    figures.put(
        Figure.REQUIREMENTS, snapshot.report(ReportRegistry.REQUIREMENT_TRENDS).orderBy(YEAR));
    return figures;
  }

  /**
   * Each industry's n most demanded skills of its latest year (industry, skill_id, skill_name,
   * share), from skill_demand's quarter rows with a {@code year} column. A skill's share of the
   * year is over all the industry's postings of the year's quarters, not only of the quarters the
   * skill has a row in: summed over its own rows, a skill asked by the one posting of one quarter,
   * and by none of the next quarter's hundreds, showed 100 % (USAJOBS tech, 2017).
   */
  static Dataset<Row> topOfLatestYear(Dataset<Row> quarters, Dataset<Row> latestYears, int n) {
    Dataset<Row> yearPostings =
        quarters
            .select(INDUSTRY, YEAR, PERIOD, "industry_postings")
            .distinct()
            .groupBy(INDUSTRY, YEAR)
            .agg(sum("industry_postings").as("year_postings"));
    return ranked(
        quarters
            .join(broadcast(latestYears), new String[] {INDUSTRY, YEAR})
            .filter(col(SKILL_TYPE).notEqual("credential"))
            .groupBy(INDUSTRY, YEAR, SKILL_ID, "skill_name")
            .agg(sum("postings").as("skill_postings"))
            .join(yearPostings, new String[] {INDUSTRY, YEAR})
            .withColumn("share", col("skill_postings").divide(col("year_postings")))
            .select(INDUSTRY, SKILL_ID, "skill_name", "share"),
        n,
        col("share").desc(),
        col(SKILL_ID));
  }

  /** Each industry's first n rows in the given order. */
  private static Dataset<Row> ranked(Dataset<Row> rows, int n, Column... order) {
    return rows.withColumn("_r", row_number().over(Window.partitionBy(INDUSTRY).orderBy(order)))
        .filter(col("_r").leq(n))
        .orderBy(col("_r"))
        .drop("_r");
  }

  /** Credentials shown in "Is it worth it?", best value first. */
  static final int WORTH_IT_TOP = 10;

  /**
   * The facts of a run from its summary.json and the warehouse totals: postings and enrollments
   * counted are everything the reports were built from, quarantine counts are the run's own.
   */
  public static Dashboard.RunFacts facts(SparkSession spark, Layout layout, LocalDate night) {
    Storage storage = new Storage(spark);
    Warehouse warehouse = new Warehouse(spark, layout);
    String path = layout.runSummary(night);
    JsonNode summary =
        storage.exists(path) ? Json.parse(storage.readText(path), path) : MissingNode.getInstance();
    Map<String, Long> quarantined = new LinkedHashMap<>();
    for (JsonNode d : summary.path("datasets")) {
      quarantined.put(d.path("dataset").asText(), d.path("quarantined").asLong());
    }
    JsonNode accuracy = summary.path("classifier_accuracy");
    return new Dashboard.RunFacts(
        night.toString(),
        summary.path("taxonomy_version").asText(""),
        warehouse.rows(Tables.POSTINGS),
        EnrollmentCells.total(spark, layout, warehouse),
        quarantined,
        accuracy.isNumber() ? accuracy.asDouble() : null);
  }
}
