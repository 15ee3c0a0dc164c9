package org.skillgap.spark.report;

import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.spark.common.Concurrently;

/**
 * The dashboard's figures, collected: each is one small query over all industries, its rows grouped
 * by industry here. A query per industry and figure was about sixty small Spark jobs of a tenth of
 * a second each, the dashboard's whole cost on a small night.
 */
record DashboardFigures(Map<DashboardFigures.Figure, Map<String, List<Row>>> byFigure) {

  /** The figures, in the order they are queried and collected. */
  enum Figure {
    TOP,
    TOP_SHARES,
    QUARTERS,
    EXAMPLES,
    POINTS,
    PATHS,
    GAPS,
    TRENDS,
    RECOGNITION_BY_YEAR,
    NAMED,
    VALUES,
    REQUIREMENTS
  }

  /**
   * Collects the queries side by side: one after another they were most of a small night's
   * dashboard time, the driver planning while the cores waited.
   */
  static DashboardFigures collect(Map<Figure, Dataset<Row>> queries) {
    List<Map<String, List<Row>>> collected =
        Concurrently.map(new ArrayList<>(queries.values()), DashboardFigures::byIndustry);
    Map<Figure, Map<String, List<Row>>> byFigure = new EnumMap<>(Figure.class);
    int i = 0;
    for (Figure figure : queries.keySet()) {
      byFigure.put(figure, collected.get(i++));
    }
    return new DashboardFigures(byFigure);
  }

  /** One industry's rows of a figure, in the query's order; none where it has none. */
  List<Row> rows(Figure figure, String industry) {
    return byFigure.get(figure).getOrDefault(industry, List.of());
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
}
