package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.dashboard.Dashboard;
import org.skillgap.core.ingest.Industry;

/**
 * Gathers the dashboard's figures from a run's report snapshot. Everything collected is bounded: top-10
 * lists, periods, credential types, catalogue entries.
 */
public final class DashboardBuilder {
  private DashboardBuilder() {}

  public static Dashboard build(SparkSession spark, String snapshotDir, Dashboard.RunFacts facts) {
    Dataset<Row> demand = report(spark, snapshotDir, ReportRegistry.SKILL_DEMAND)
        .filter("period_type = 'quarter'").withColumn("year", year(col("period_start"))).cache();
    Dataset<Row> coverage = report(spark, snapshotDir, ReportRegistry.CREDENTIAL_COVERAGE);
    Dataset<Row> paths = report(spark, snapshotDir, ReportRegistry.CREDENTIAL_PATHS);
    Dataset<Row> gaps = report(spark, snapshotDir, ReportRegistry.SKILL_GAPS);
    Dataset<Row> trends = report(spark, snapshotDir, ReportRegistry.ENROLLMENT_TRENDS);
    Dataset<Row> recognition = report(spark, snapshotDir, ReportRegistry.EMPLOYER_RECOGNITION);
    Dataset<Row> value = report(spark, snapshotDir, ReportRegistry.CREDENTIAL_VALUE);
    Dataset<Row> requirements = report(spark, snapshotDir, ReportRegistry.REQUIREMENT_TRENDS);

    // The industries' figures are many small jobs each: gathered side by side (Concurrently).
    List<Dashboard.IndustryView> views = Concurrently.map(Industry.ALL, industry -> {
      Dataset<Row> d = demand.filter(col("industry").equalTo(industry));
      Integer latestYear = d.agg(max("year").as("latest")).first().getAs("latest");
      if (latestYear == null) {
        return null; // no demand in this industry: no section
      }
      int latest = latestYear;
      List<Dashboard.Bar> top = new ArrayList<>();
      List<String> topIds = new ArrayList<>();
      for (Row r : d.filter(col("year").equalTo(latest).and(col("skill_type").notEqual("credential")))
          .groupBy("skill_id", "skill_name").agg(sum("postings").divide(sum("industry_postings")).as("share"))
          .orderBy(col("share").desc(), col("skill_id")).limit(10).collectAsList()) {
        top.add(new Dashboard.Bar(r.getAs("skill_name"), r.<Double>getAs("share")));
        topIds.add(r.getAs("skill_id"));
      }
      List<String> quarters = new ArrayList<>(new TreeSet<>(
          d.select("period").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList()));
      Map<String, Map<String, Double>> shareBySkill = new LinkedHashMap<>();
      topIds.forEach(id -> shareBySkill.put(id, new LinkedHashMap<>()));
      Map<String, String> names = new LinkedHashMap<>();
      for (Row r : d.filter(col("skill_id").isin(topIds.toArray())).select("skill_id", "skill_name", "period", "share")
          .collectAsList()) {
        shareBySkill.get(r.<String>getAs("skill_id")).put(r.getAs("period"), r.<Double>getAs("share"));
        names.put(r.getAs("skill_id"), r.getAs("skill_name"));
      }
      List<Dashboard.Series> trendsOfTop = new ArrayList<>();
      shareBySkill.forEach((id, byQuarter) -> trendsOfTop.add(new Dashboard.Series(names.getOrDefault(id, id), quarters,
          quarters.stream().map(q -> byQuarter.getOrDefault(q, 0.0)).toList())));

      List<Dashboard.Point> points = new ArrayList<>();
      for (Row r : coverage.filter(col("industry").equalTo(industry).and(col("year").equalTo(latest)))
          .select("credential_id", "credential_name", "cost", "demand_share_covered").collectAsList()) {
        Double cost = r.getAs("cost");
        points.add(new Dashboard.Point(r.getAs("credential_id"), r.getAs("credential_name"), cost == null ? 0 : cost,
            r.<Double>getAs("demand_share_covered")));
      }
      List<String> pathIds = paths.filter(col("industry").equalTo(industry).and(col("job_family").equalTo("*")))
          .orderBy("step").select("credential_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();

      List<Dashboard.Gap> gapRows = new ArrayList<>();
      for (Row r : gaps.filter(col("industry").equalTo(industry).and(col("year").equalTo(latest)).and(col("rank").leq(10)))
          .orderBy("rank").select("skill_name", "demand_share", "credentials_covering", "gap_score").collectAsList()) {
        gapRows.add(new Dashboard.Gap(r.getAs("skill_name"), r.<Double>getAs("demand_share"),
            r.<Integer>getAs("credentials_covering"), r.<Double>getAs("gap_score")));
      }

      Dataset<Row> t = trends.filter(col("industry").equalTo(industry));
      List<String> years = new ArrayList<>(new TreeSet<>(t.select(col("year").cast("string")).distinct()
          .as(org.apache.spark.sql.Encoders.STRING()).collectAsList()));
      Map<String, Map<String, Double>> byType = new LinkedHashMap<>();
      Map<String, Double> growth = new LinkedHashMap<>();
      for (Row r : t.orderBy("credential_type", "year")
          .select(col("credential_type"), col("year").cast("string").as("year"), col("enrollments"),
              col("growth_vs_first_year"))
          .collectAsList()) {
        String type = r.getAs("credential_type");
        String year = r.getAs("year");
        Long enrollments = r.getAs("enrollments");
        Double growthSinceFirst = r.getAs("growth_vs_first_year");
        byType.computeIfAbsent(type, k -> new LinkedHashMap<>()).put(year, enrollments == null ? null : enrollments.doubleValue());
        if (year.equals(years.get(years.size() - 1)) && growthSinceFirst != null) {
          growth.put(type, growthSinceFirst);
        }
      }
      List<Dashboard.Series> enrollment = new ArrayList<>();
      byType.forEach((type, v) -> enrollment.add(new Dashboard.Series(type, years, years.stream().map(v::get).toList())));

      Dataset<Row> rec = recognition.filter(col("industry").equalTo(industry));
      List<String> recYears = new ArrayList<>();
      List<Double> anyShare = new ArrayList<>();
      for (Row r : rec.groupBy("year").agg(max("any_credential_share").as("any_credential_share")).orderBy("year")
          .collectAsList()) {
        recYears.add(Integer.toString(r.<Integer>getAs("year")));
        anyShare.add(r.<Double>getAs("any_credential_share"));
      }
      List<Dashboard.Bar> named = new ArrayList<>();
      for (Row r : rec.filter(col("year").equalTo(latest)).orderBy(col("share").desc()).limit(8)
          .select("credential_skill_name", "share").collectAsList()) {
        named.add(new Dashboard.Bar(r.getAs("credential_skill_name"), r.<Double>getAs("share")));
      }
      return new Dashboard.IndustryView(industry, Integer.toString(latest), top, trendsOfTop, points, pathIds,
          gapRows, enrollment, growth, recYears.isEmpty() ? null : new Dashboard.Series("any credential", recYears, anyShare),
          named, worthIt(value, requirements, industry, latest));
    }).stream().filter(java.util.Objects::nonNull).toList();
    demand.unpersist();
    return new Dashboard(facts, views);
  }

  /** Credentials shown in "Is it worth it?", best value first. */
  static final int WORTH_IT_TOP = 10;

  /** Requirement shares charted over the years: column and legend. */
  private static final Map<String, String> REQUIREMENT_LINES = Map.of(
      "degree_required_share", "degree required", "bachelor_or_higher_share", "bachelor's or higher",
      "alternative_accepted_share", "alternative accepted", "certification_share", "certification named");

  /** The industry's "Is it worth it?" figures; rows read by column name. Bounded: top ranks, one row per year. */
  private static Dashboard.WorthIt worthIt(Dataset<Row> value, Dataset<Row> requirements, String industry, int latest) {
    List<Dashboard.Value> ranked = new ArrayList<>();
    for (Row r : value.filter(col("industry").equalTo(industry).and(col("year").equalTo(latest))
        .and(col("rank").leq(WORTH_IT_TOP))).orderBy("rank").collectAsList()) {
      ranked.add(new Dashboard.Value(r.<Integer>getAs("rank"), r.getAs("credential_name"), r.getAs("credential_type"),
          r.getAs("cost"), r.getAs("hours"), r.<Double>getAs("demand_share_covered"), r.getAs("salary_premium"),
          r.getAs("value_per_1000_usd"), r.<Double>getAs("employer_recognition"), r.getAs("completion_rate"),
          r.getAs("accredited"), r.getAs("rating"), r.getAs("review_count")));
    }
    List<Row> years = requirements.filter(col("industry").equalTo(industry)).orderBy("year").collectAsList();
    List<String> x = years.stream().map(r -> Integer.toString(r.<Integer>getAs("year"))).toList();
    List<Dashboard.Series> lines = new ArrayList<>();
    for (String column : List.of("degree_required_share", "bachelor_or_higher_share", "alternative_accepted_share",
        "certification_share")) {
      lines.add(new Dashboard.Series(REQUIREMENT_LINES.get(column), x,
          years.stream().map(r -> r.<Double>getAs(column)).toList()));
    }
    Dashboard.Series medianYears = years.isEmpty() ? null : new Dashboard.Series("median minimum years", x,
        years.stream().map(r -> r.<Double>getAs("median_min_years")).toList());
    return new Dashboard.WorthIt(ranked, years.isEmpty() ? List.of() : lines, medianYears);
  }

  /** A staged or published report, read with its declared schema: an empty report has no file to infer one from. */
  private static Dataset<Row> report(SparkSession spark, String snapshotDir, ReportRegistry.Report report) {
    return spark.read().schema(report.schema()).parquet(Storage.join(snapshotDir, report.name()));
  }

  /**
   * The facts of a run from its summary.json and the warehouse totals: postings and enrollments counted are
   * everything the reports were built from, quarantine counts are the run's own.
   */
  public static Dashboard.RunFacts facts(SparkSession spark, Layout layout, String runDate) {
    Storage storage = new Storage(spark);
    Warehouse warehouse = new Warehouse(spark, layout);
    String path = layout.runSummary(Layout.snapshotDate(runDate));
    com.fasterxml.jackson.databind.JsonNode summary = storage.exists(path)
        ? org.skillgap.core.Json.parse(storage.readText(path), path)
        : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    Map<String, Long> quarantined = new LinkedHashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode d : summary.path("datasets")) {
      quarantined.put(d.path("dataset").asText(), d.path("quarantined").asLong());
    }
    com.fasterxml.jackson.databind.JsonNode accuracy = summary.path("classifier_accuracy");
    return new Dashboard.RunFacts(Layout.snapshotDate(runDate).toString(), summary.path("taxonomy_version").asText(""),
        warehouse.table(IngestStage.POSTINGS, Schemas.POSTINGS).count(), warehouse.enrollments().count(),
        quarantined, accuracy.isNumber() ? accuracy.asDouble() : null);
  }
}
