package org.skillgap.spark.report;

import static org.skillgap.spark.report.DashboardFigures.Figure.*;
import static org.skillgap.spark.report.ReportSchemas.PERIOD;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.skillgap.core.dashboard.Dashboard;

/**
 * One industry's dashboard section from the collected figures, a step per chart. Rows are read by
 * column name; every list is bounded by a top-N, the periods or the credential types.
 */
final class DashboardSections {
  private DashboardSections() {}

  /** The section of an industry with demand; {@code latestYear} is the year of its latest. */
  static Dashboard.IndustryView of(String industry, int latestYear, DashboardFigures figures) {
    List<Row> top = figures.rows(TOP, industry);
    Enrollment enrollment = enrollment(figures.rows(TRENDS, industry));
    return new Dashboard.IndustryView(
        industry,
        Integer.toString(latestYear),
        topSkills(top),
        examples(top, figures.rows(EXAMPLES, industry)),
        topSkillTrends(top, figures.rows(TOP_SHARES, industry), figures.rows(QUARTERS, industry)),
        credentials(figures.rows(POINTS, industry)),
        pathCredentialIds(figures.rows(PATHS, industry)),
        gaps(figures.rows(GAPS, industry)),
        enrollment.byType(),
        enrollment.growth(),
        recognition(figures.rows(RECOGNITION_BY_YEAR, industry)),
        mostNamed(figures.rows(NAMED, industry)),
        WorthItSection.of(figures.rows(VALUES, industry), figures.rows(REQUIREMENTS, industry)));
  }

  /** The top skills of the latest year, most demanded first. */
  private static List<Dashboard.Bar> topSkills(List<Row> top) {
    List<Dashboard.Bar> bars = new ArrayList<>();
    for (Row r : top) {
      bars.add(new Dashboard.Bar(r.getAs("skill_name"), r.<Double>getAs("share")));
    }
    return bars;
  }

  /** One counted posting for each top skill that has one, in the top list's order. */
  private static List<Dashboard.Example> examples(List<Row> top, List<Row> examples) {
    Map<String, Row> bySkill = new LinkedHashMap<>();
    for (Row r : examples) {
      bySkill.put(r.getAs(SKILL_ID), r);
    }
    List<Dashboard.Example> out = new ArrayList<>();
    for (Row t : top) {
      Row r = bySkill.get(t.<String>getAs(SKILL_ID));
      if (r != null) {
        out.add(
            new Dashboard.Example(
                r.getAs("skill_name"), r.getAs("title"), r.getAs("sentence"), r.getAs("matched")));
      }
    }
    return out;
  }

  /**
   * Each top skill's share in every quarter, in the top list's order; 0 in a quarter without a row
   * for the skill.
   */
  private static List<Dashboard.Series> topSkillTrends(
      List<Row> top, List<Row> shares, List<Row> quarters) {
    List<String> periods = quarters.stream().map(r -> r.<String>getAs(PERIOD)).toList();
    Map<String, Map<String, Double>> shareBySkill = new LinkedHashMap<>();
    for (Row r : top) {
      shareBySkill.put(r.getAs(SKILL_ID), new LinkedHashMap<>());
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Row r : shares) {
      shareBySkill.get(r.<String>getAs(SKILL_ID)).put(r.getAs(PERIOD), r.<Double>getAs("share"));
      names.put(r.getAs(SKILL_ID), r.getAs("skill_name"));
    }
    List<Dashboard.Series> trends = new ArrayList<>();
    shareBySkill.forEach(
        (id, byQuarter) ->
            trends.add(
                new Dashboard.Series(
                    names.getOrDefault(id, id),
                    periods,
                    periods.stream().map(q -> byQuarter.getOrDefault(q, 0.0)).toList())));
    return trends;
  }

  /** The coverage-against-cost scatter; an unknown cost is drawn at 0. */
  private static List<Dashboard.Point> credentials(List<Row> points) {
    List<Dashboard.Point> scatter = new ArrayList<>();
    for (Row r : points) {
      Double cost = r.getAs("cost");
      scatter.add(
          new Dashboard.Point(
              r.getAs(CREDENTIAL_ID),
              r.getAs("credential_name"),
              cost == null ? 0 : cost,
              r.<Double>getAs("demand_share_covered")));
    }
    return scatter;
  }

  /** The credentials of the industry's path, in step order. */
  private static List<String> pathCredentialIds(List<Row> paths) {
    return paths.stream().map(r -> r.<String>getAs(CREDENTIAL_ID)).toList();
  }

  private static List<Dashboard.Gap> gaps(List<Row> gaps) {
    List<Dashboard.Gap> out = new ArrayList<>();
    for (Row r : gaps) {
      out.add(
          new Dashboard.Gap(
              r.getAs("skill_name"),
              r.<Double>getAs("demand_share"),
              r.<Integer>getAs("credentials_covering"),
              r.<Double>getAs("gap_score")));
    }
    return out;
  }

  /**
   * Enrollments per credential type over the years, and each type's growth since its first year as
   * of the last year.
   */
  private record Enrollment(List<Dashboard.Series> byType, Map<String, Double> growth) {}

  private static Enrollment enrollment(List<Row> trends) {
    List<String> years =
        new ArrayList<>(new TreeSet<>(trends.stream().map(r -> r.<String>getAs(YEAR)).toList()));
    Map<String, Map<String, Double>> byType = new LinkedHashMap<>();
    Map<String, Double> growth = new LinkedHashMap<>();
    for (Row r : trends) {
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
    List<Dashboard.Series> series = new ArrayList<>();
    byType.forEach(
        (type, v) ->
            series.add(new Dashboard.Series(type, years, years.stream().map(v::get).toList())));
    return new Enrollment(series, growth);
  }

  /** The share of postings naming any credential, per year; null where no year has a row. */
  private static Dashboard.Series recognition(List<Row> byYear) {
    List<String> years = new ArrayList<>();
    List<Double> anyShare = new ArrayList<>();
    for (Row r : byYear) {
      years.add(Integer.toString(r.<Integer>getAs(YEAR)));
      anyShare.add(r.<Double>getAs("any_credential_share"));
    }
    return years.isEmpty() ? null : new Dashboard.Series("any credential", years, anyShare);
  }

  /** The credentials postings name most in the latest year. */
  private static List<Dashboard.Bar> mostNamed(List<Row> named) {
    return named.stream()
        .map(r -> new Dashboard.Bar(r.getAs("credential_skill_name"), r.<Double>getAs("share")))
        .toList();
  }
}
