package org.skillgap.spark.report;

import static org.skillgap.spark.report.ReportSchemas.YEAR;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.skillgap.core.dashboard.Dashboard;

/**
 * An industry's "Is it worth it?" figures: its credentials ranked by value, and what its postings
 * ask besides skills over the years. Rows are read by column name; bounded by the top ranks and one
 * row per year.
 */
final class WorthItSection {
  private WorthItSection() {}

  /** A requirement share charted over the years: its column and its legend. */
  private record Line(String column, String legend) {}

  /** The requirement shares charted, in this order. */
  private static final List<Line> REQUIREMENT_LINES =
      List.of(
          new Line("degree_required_share", "degree required"),
          new Line("bachelor_or_higher_share", "bachelor's or higher"),
          new Line("alternative_accepted_share", "alternative accepted"),
          new Line("certification_share", "certification named"));

  /**
   * @param value the industry's credential_value rows of its latest year, best value first
   * @param years the industry's requirement_trends rows, one per year in order
   */
  static Dashboard.WorthIt of(List<Row> value, List<Row> years) {
    List<String> x = years.stream().map(r -> Integer.toString(r.<Integer>getAs(YEAR))).toList();
    return new Dashboard.WorthIt(
        ranked(value),
        years.isEmpty() ? List.of() : requirementLines(years, x),
        years.isEmpty() ? null : medianMinYears(years, x));
  }

  private static List<Dashboard.Value> ranked(List<Row> value) {
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
    return ranked;
  }

  private static List<Dashboard.Series> requirementLines(List<Row> years, List<String> x) {
    List<Dashboard.Series> lines = new ArrayList<>();
    for (Line line : REQUIREMENT_LINES) {
      lines.add(
          new Dashboard.Series(
              line.legend(), x, years.stream().map(r -> r.<Double>getAs(line.column())).toList()));
    }
    return lines;
  }

  private static Dashboard.Series medianMinYears(List<Row> years, List<String> x) {
    return new Dashboard.Series(
        "median minimum years",
        x,
        years.stream().map(r -> r.<Double>getAs("median_min_years")).toList());
  }
}
