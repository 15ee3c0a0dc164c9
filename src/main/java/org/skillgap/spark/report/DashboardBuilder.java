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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;
import org.skillgap.core.dashboard.Dashboard;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.common.Concurrently;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Gathers the dashboard's figures from a run's report snapshot. Everything collected is bounded:
 * top-10 lists, periods, credential types, catalogue entries.
 */
public final class DashboardBuilder {
  private DashboardBuilder() {}

  public static Dashboard build(SparkSession spark, String snapshotDir, Dashboard.RunFacts facts) {
    Dataset<Row> demand =
        report(spark, snapshotDir, ReportRegistry.SKILL_DEMAND)
            .filter("period_type = 'quarter'")
            .withColumn(YEAR, year(col("period_start")));
    // Each figure is one query over all industries, grouped here: a query per industry and figure
    // was about
    // sixty small Spark jobs of a tenth of a second each, the dashboard's whole cost on a small
    // night.
    Map<String, Integer> latest = new TreeMap<>();
    for (Row r : demand.groupBy(INDUSTRY).agg(max(YEAR).as(YEAR)).collectAsList()) {
      latest.put(r.getAs(INDUSTRY), r.<Integer>getAs(YEAR));
    }
    StructType industryYear = new StructType().add(INDUSTRY, "string").add(YEAR, "int");
    Dataset<Row> latestYears =
        spark.createDataFrame(
            latest.entrySet().stream()
                .map(
                    e ->
                        new NamedRow(industryYear)
                            .put(INDUSTRY, e.getKey())
                            .put(YEAR, e.getValue())
                            .row())
                .toList(),
            industryYear);

    // The top ten skills of each industry's latest year, then their shares in every quarter.
    Dataset<Row> topRanked = topOfLatestYear(demand, latestYears, 10);
    Map<String, Dataset<Row>> figures = new LinkedHashMap<>();
    figures.put("top", topRanked);
    figures.put(
        "topShares",
        demand
            .join(
                broadcast(topRanked.select(INDUSTRY, SKILL_ID)), new String[] {INDUSTRY, SKILL_ID})
            .select(INDUSTRY, SKILL_ID, "skill_name", PERIOD, "share"));
    figures.put("quarters", demand.select(INDUSTRY, PERIOD).distinct().orderBy(PERIOD));
    figures.put(
        "points",
        atLatest(report(spark, snapshotDir, ReportRegistry.CREDENTIAL_COVERAGE), latestYears)
            .select(INDUSTRY, CREDENTIAL_ID, "credential_name", "cost", "demand_share_covered")
            .orderBy(CREDENTIAL_ID));
    figures.put(
        "paths",
        report(spark, snapshotDir, ReportRegistry.CREDENTIAL_PATHS)
            .filter(col("job_family").equalTo("*"))
            .orderBy("step")
            .select(INDUSTRY, CREDENTIAL_ID));
    figures.put(
        "gaps",
        atLatest(report(spark, snapshotDir, ReportRegistry.SKILL_GAPS), latestYears)
            .filter(col("rank").leq(10))
            .orderBy("rank")
            .select(INDUSTRY, "skill_name", "demand_share", "credentials_covering", "gap_score"));
    figures.put(
        "trends",
        report(spark, snapshotDir, ReportRegistry.ENROLLMENT_TRENDS)
            .orderBy("credential_type", YEAR)
            .select(
                col(INDUSTRY),
                col("credential_type"),
                col(YEAR).cast("string").as(YEAR),
                col("enrollments"),
                col("growth_vs_first_year")));
    Dataset<Row> recognition = report(spark, snapshotDir, ReportRegistry.EMPLOYER_RECOGNITION);
    figures.put(
        "recognitionByYear",
        recognition
            .groupBy(INDUSTRY, YEAR)
            .agg(max("any_credential_share").as("any_credential_share"))
            .orderBy(YEAR));
    figures.put(
        "named",
        ranked(
                atLatest(recognition, latestYears),
                8,
                col("share").desc(),
                col("credential_skill_name"))
            .select(INDUSTRY, "credential_skill_name", "share"));
    figures.put(
        "values",
        atLatest(report(spark, snapshotDir, ReportRegistry.CREDENTIAL_VALUE), latestYears)
            .filter(col("rank").leq(WORTH_IT_TOP))
            .orderBy("rank"));
    figures.put(
        "requirements",
        report(spark, snapshotDir, ReportRegistry.REQUIREMENT_TRENDS).orderBy(YEAR));
    // Eleven small queries, collected side by side: one after another they were most of a small
    // night's
    // dashboard time, the driver planning while the cores waited.
    List<Map<String, List<Row>>> collected =
        Concurrently.map(new ArrayList<>(figures.values()), DashboardBuilder::byIndustry);
    Map<String, Map<String, List<Row>>> figure = new LinkedHashMap<>();
    int i = 0;
    for (String name : figures.keySet()) {
      figure.put(name, collected.get(i++));
    }

    List<Dashboard.IndustryView> views = new ArrayList<>();
    for (String industry : Industry.ALL) {
      if (!latest.containsKey(industry)) {
        continue; // no demand in this industry: no section
      }
      int year = latest.get(industry);
      List<Dashboard.Bar> topSkills = new ArrayList<>();
      Map<String, Map<String, Double>> shareBySkill = new LinkedHashMap<>();
      for (Row r : rows(figure.get("top"), industry)) {
        topSkills.add(new Dashboard.Bar(r.getAs("skill_name"), r.<Double>getAs("share")));
        shareBySkill.put(r.getAs(SKILL_ID), new LinkedHashMap<>());
      }
      List<String> periods =
          rows(figure.get("quarters"), industry).stream()
              .map(r -> r.<String>getAs(PERIOD))
              .toList();
      Map<String, String> names = new LinkedHashMap<>();
      for (Row r : rows(figure.get("topShares"), industry)) {
        shareBySkill.get(r.<String>getAs(SKILL_ID)).put(r.getAs(PERIOD), r.<Double>getAs("share"));
        names.put(r.getAs(SKILL_ID), r.getAs("skill_name"));
      }
      List<Dashboard.Series> trendsOfTop = new ArrayList<>();
      shareBySkill.forEach(
          (id, byQuarter) ->
              trendsOfTop.add(
                  new Dashboard.Series(
                      names.getOrDefault(id, id),
                      periods,
                      periods.stream().map(q -> byQuarter.getOrDefault(q, 0.0)).toList())));

      List<Dashboard.Point> scatter = new ArrayList<>();
      for (Row r : rows(figure.get("points"), industry)) {
        Double cost = r.getAs("cost");
        scatter.add(
            new Dashboard.Point(
                r.getAs(CREDENTIAL_ID),
                r.getAs("credential_name"),
                cost == null ? 0 : cost,
                r.<Double>getAs("demand_share_covered")));
      }
      List<String> pathIds =
          rows(figure.get("paths"), industry).stream()
              .map(r -> r.<String>getAs(CREDENTIAL_ID))
              .toList();
      List<Dashboard.Gap> gapRows = new ArrayList<>();
      for (Row r : rows(figure.get("gaps"), industry)) {
        gapRows.add(
            new Dashboard.Gap(
                r.getAs("skill_name"),
                r.<Double>getAs("demand_share"),
                r.<Integer>getAs("credentials_covering"),
                r.<Double>getAs("gap_score")));
      }

      List<String> years =
          new ArrayList<>(
              new TreeSet<>(
                  rows(figure.get("trends"), industry).stream()
                      .map(r -> r.<String>getAs(YEAR))
                      .toList()));
      Map<String, Map<String, Double>> byType = new LinkedHashMap<>();
      Map<String, Double> growth = new LinkedHashMap<>();
      for (Row r : rows(figure.get("trends"), industry)) {
        String type = r.getAs("credential_type");
        String y = r.getAs(YEAR);
        Long enrollments = r.getAs("enrollments");
        Double growthSinceFirst = r.getAs("growth_vs_first_year");
        byType
            .computeIfAbsent(type, k -> new LinkedHashMap<>())
            .put(y, enrollments == null ? null : enrollments.doubleValue());
        if (y.equals(years.get(years.size() - 1)) && growthSinceFirst != null) {
          growth.put(type, growthSinceFirst);
        }
      }
      List<Dashboard.Series> enrollment = new ArrayList<>();
      byType.forEach(
          (type, v) ->
              enrollment.add(
                  new Dashboard.Series(type, years, years.stream().map(v::get).toList())));

      List<String> recYears = new ArrayList<>();
      List<Double> anyShare = new ArrayList<>();
      for (Row r : rows(figure.get("recognitionByYear"), industry)) {
        recYears.add(Integer.toString(r.<Integer>getAs(YEAR)));
        anyShare.add(r.<Double>getAs("any_credential_share"));
      }
      List<Dashboard.Bar> mostNamed =
          rows(figure.get("named"), industry).stream()
              .map(
                  r ->
                      new Dashboard.Bar(r.getAs("credential_skill_name"), r.<Double>getAs("share")))
              .toList();
      views.add(
          new Dashboard.IndustryView(
              industry,
              Integer.toString(year),
              topSkills,
              trendsOfTop,
              scatter,
              pathIds,
              gapRows,
              enrollment,
              growth,
              recYears.isEmpty()
                  ? null
                  : new Dashboard.Series("any credential", recYears, anyShare),
              mostNamed,
              worthIt(
                  rows(figure.get("values"), industry),
                  rows(figure.get("requirements"), industry))));
    }
    return new Dashboard(facts, views);
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

  /** The rows of each industry's latest year (the year of its latest demand). */
  private static Dataset<Row> atLatest(Dataset<Row> report, Dataset<Row> latestYears) {
    return report.join(broadcast(latestYears), new String[] {INDUSTRY, YEAR});
  }

  /** Each industry's first n rows in the given order. */
  private static Dataset<Row> ranked(Dataset<Row> rows, int n, Column... order) {
    return rows.withColumn("_r", row_number().over(Window.partitionBy(INDUSTRY).orderBy(order)))
        .filter(col("_r").leq(n))
        .orderBy(col("_r"))
        .drop("_r");
  }

  /**
   * A small query's rows, collected once and grouped by industry in their order. Every query here
   * is bounded by industries times a top-N, the periods, the credential types or the catalogue.
   */
  private static Map<String, List<Row>> byIndustry(Dataset<Row> rows) {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row r : rows.collectAsList()) {
      out.computeIfAbsent(r.getAs(INDUSTRY), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static List<Row> rows(Map<String, List<Row>> byIndustry, String industry) {
    return byIndustry.getOrDefault(industry, List.of());
  }

  /** Credentials shown in "Is it worth it?", best value first. */
  static final int WORTH_IT_TOP = 10;

  /** Requirement shares charted over the years: column and legend. */
  private static final Map<String, String> REQUIREMENT_LINES =
      Map.of(
          "degree_required_share",
          "degree required",
          "bachelor_or_higher_share",
          "bachelor's or higher",
          "alternative_accepted_share",
          "alternative accepted",
          "certification_share",
          "certification named");

  /**
   * The industry's "Is it worth it?" figures; rows read by column name. Bounded: top ranks, one row
   * per year.
   */
  private static Dashboard.WorthIt worthIt(List<Row> value, List<Row> years) {
    List<Dashboard.Value> ranked = new ArrayList<>();
    for (Row r : value) {
      ranked.add(
          new Dashboard.Value(
              r.<Integer>getAs("rank"),
              r.getAs("credential_name"),
              r.getAs("credential_type"),
              r.getAs("cost"),
              r.getAs("hours"),
              r.<Double>getAs("demand_share_covered"),
              r.getAs("salary_premium"),
              r.getAs("value_per_1000_usd"),
              r.<Double>getAs("employer_recognition"),
              r.getAs("completion_rate"),
              r.getAs("accredited"),
              r.getAs("rating"),
              r.getAs("review_count")));
    }
    List<String> x = years.stream().map(r -> Integer.toString(r.<Integer>getAs(YEAR))).toList();
    List<Dashboard.Series> lines = new ArrayList<>();
    for (String column :
        List.of(
            "degree_required_share",
            "bachelor_or_higher_share",
            "alternative_accepted_share",
            "certification_share")) {
      lines.add(
          new Dashboard.Series(
              REQUIREMENT_LINES.get(column),
              x,
              years.stream().map(r -> r.<Double>getAs(column)).toList()));
    }
    Dashboard.Series medianYears =
        years.isEmpty()
            ? null
            : new Dashboard.Series(
                "median minimum years",
                x,
                years.stream().map(r -> r.<Double>getAs("median_min_years")).toList());
    return new Dashboard.WorthIt(ranked, years.isEmpty() ? List.of() : lines, medianYears);
  }

  /**
   * A staged or published report, read with its declared schema: an empty report has no file to
   * infer one from.
   */
  private static Dataset<Row> report(
      SparkSession spark, String snapshotDir, ReportRegistry.Report report) {
    return spark.read().schema(report.schema()).parquet(Storage.join(snapshotDir, report.name()));
  }

  /**
   * The facts of a run from its summary.json and the warehouse totals: postings and enrollments
   * counted are everything the reports were built from, quarantine counts are the run's own.
   */
  public static Dashboard.RunFacts facts(SparkSession spark, Layout layout, String runDate) {
    Storage storage = new Storage(spark);
    Warehouse warehouse = new Warehouse(spark, layout);
    String path = layout.runSummary(Layout.snapshotDate(runDate));
    JsonNode summary =
        storage.exists(path) ? Json.parse(storage.readText(path), path) : MissingNode.getInstance();
    Map<String, Long> quarantined = new LinkedHashMap<>();
    for (JsonNode d : summary.path("datasets")) {
      quarantined.put(d.path("dataset").asText(), d.path("quarantined").asLong());
    }
    JsonNode accuracy = summary.path("classifier_accuracy");
    return new Dashboard.RunFacts(
        Layout.snapshotDate(runDate).toString(),
        summary.path("taxonomy_version").asText(""),
        storage.parquetRows(layout.warehouse(Tables.POSTINGS)),
        EnrollmentCells.total(spark, layout, warehouse),
        quarantined,
        accuracy.isNumber() ? accuracy.asDouble() : null);
  }
}
