package org.skillgap.core.dashboard;

import static org.skillgap.core.dashboard.Html.esc;
import static org.skillgap.core.dashboard.SeriesEnds.lastValue;
import static org.skillgap.core.dashboard.Svg.PALETTE;
import static org.skillgap.core.dashboard.Svg.num;
import static org.skillgap.core.dashboard.Svg.open;
import static org.skillgap.core.dashboard.Svg.shorten;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts: no library, no network. Titled axes, units, readable numbers; at most {@link
 * #MAX_LINES} lines in one plot (more cannot be followed), labels that never overlap ({@link
 * LabelLayout}). Each chart is an {@code svg.chart} that scales down with the page; each line is a
 * {@code polyline.series} (the browser test counts them).
 *
 * <p>The page draws every chart through here. Bars and lines are drawn in this class; the scatter
 * and the small multiples in {@link ScatterChart} and {@link SmallMultiples}; the SVG they are all
 * made of in {@link Svg}.
 */
final class Charts {
  private Charts() {}

  /** More lines than this in one plot cannot be told apart or followed. */
  static final int MAX_LINES = 5;

  /** Horizontal bars, one per label, longest first as given. */
  static String bars(
      String title,
      String axis,
      List<Dashboard.Bar> bars,
      String color,
      DoubleFunction<String> fmt) {
    int w = 560;
    int left = 190;
    int row = 22;
    int h = 50 + row * Math.max(1, bars.size()) + 30;
    double max = bars.stream().mapToDouble(Dashboard.Bar::value).max().orElse(1);
    StringBuilder sb = open(title, w, h);
    for (int i = 0; i < bars.size(); i++) {
      Dashboard.Bar b = bars.get(i);
      double len = max <= 0 ? 0 : (w - left - 70) * b.value() / max;
      int y = 40 + i * row;
      sb.append("<text x='")
          .append(left - 6)
          .append("' y='")
          .append(y + 14)
          .append("' text-anchor='end'>")
          .append(esc(b.label()))
          .append("</text>");
      sb.append("<rect x='")
          .append(left)
          .append("' y='")
          .append(y + 3)
          .append("' width='")
          .append(num(len))
          .append("' height='")
          .append(row - 6)
          .append("' fill='")
          .append(color)
          .append("'><title>")
          .append(esc(b.label()))
          .append(": ")
          .append(esc(fmt.apply(b.value())))
          .append("</title></rect>");
      sb.append("<text x='")
          .append(num(left + len + 4))
          .append("' y='")
          .append(y + 14)
          .append("'>")
          .append(esc(fmt.apply(b.value())))
          .append("</text>");
    }
    sb.append("<text x='")
        .append(left + (w - left) / 2)
        .append("' y='")
        .append(h - 8)
        .append("' text-anchor='middle' class='axis'>")
        .append(esc(axis))
        .append("</text>");
    return sb.append("</svg>").toString();
  }

  /** Lines over shared x labels, with a legend. */
  static String lines(
      String title,
      String xAxis,
      String yAxis,
      List<Dashboard.Series> series,
      DoubleFunction<String> fmt) {
    if (series.size() > MAX_LINES) {
      throw new IllegalArgumentException(
          title
              + ": "
              + series.size()
              + " lines in one plot, at most "
              + MAX_LINES
              + " can be followed (fold the rest with atMost, or draw small multiples)");
    }
    int w = 560;
    int h = 300;
    int left = 60;
    int right = 150;
    int top = 36;
    int bottom = 50;
    List<String> x = series.isEmpty() ? List.of() : series.get(0).x();
    double max =
        series.stream()
            .flatMap(s -> s.y().stream())
            .filter(v -> v != null)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(1);
    max = max <= 0 ? 1 : max;
    StringBuilder sb = open(title, w, h);
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    Svg.gridLine(sb, left, top + plotH, left + plotW);
    for (int t = 0; t <= 4; t++) {
      double v = max * t / 4;
      double y = top + plotH - plotH * t / 4.0;
      sb.append("<line x1='")
          .append(left)
          .append("' y1='")
          .append(num(y))
          .append("' x2='")
          .append(left + plotW)
          .append("' y2='")
          .append(num(y))
          .append("' class='grid'/>");
      sb.append("<text x='")
          .append(left - 4)
          .append("' y='")
          .append(num(y + 4))
          .append("' text-anchor='end'>")
          .append(esc(fmt.apply(v)))
          .append("</text>");
    }
    int step = Math.max(1, x.size() / 7);
    for (int i = 0; i < x.size(); i += step) {
      double px = left + (x.size() == 1 ? plotW / 2.0 : plotW * i / (double) (x.size() - 1));
      sb.append("<text x='")
          .append(num(px))
          .append("' y='")
          .append(top + plotH + 16)
          .append("' text-anchor='middle'>")
          .append(esc(x.get(i)))
          .append("</text>");
    }
    for (int s = 0; s < series.size(); s++) {
      Dashboard.Series ser = series.get(s);
      String color = PALETTE[s % PALETTE.length];
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < ser.y().size(); i++) {
        Double v = ser.y().get(i);
        if (v == null) {
          continue;
        }
        double px = left + (x.size() == 1 ? plotW / 2.0 : plotW * i / (double) (x.size() - 1));
        double py = top + plotH - plotH * v / max;
        pts.append(num(px)).append(',').append(num(py)).append(' ');
      }
      sb.append("<polyline class='series' fill='none' stroke-width='2' stroke='")
          .append(color)
          .append("' points='")
          .append(pts.toString().trim())
          .append("'><title>")
          .append(esc(ser.name()))
          .append("</title></polyline>");
      int ly = top + 12 + s * 16;
      sb.append("<rect x='")
          .append(w - right + 10)
          .append("' y='")
          .append(ly - 9)
          .append("' width='10' height='10' fill='")
          .append(color)
          .append("'/><text x='")
          .append(w - right + 24)
          .append("' y='")
          .append(ly)
          .append("'>")
          .append(esc(shorten(ser.name(), 20)))
          .append("</text>");
    }
    if (series.stream().allMatch(s -> s.y().stream().allMatch(Objects::isNull))) {
      sb.append("<text x='")
          .append(left + plotW / 2)
          .append("' y='")
          .append(top + plotH / 2)
          .append(
              "' text-anchor='middle' class='axis'>no data for this industry in this run</text>");
    }
    sb.append("<text x='")
        .append(left + plotW / 2)
        .append("' y='")
        .append(h - 8)
        .append("' text-anchor='middle' class='axis'>")
        .append(esc(xAxis))
        .append("</text>");
    sb.append("<text transform='translate(14,")
        .append(top + plotH / 2)
        .append(") rotate(-90)' text-anchor='middle' class='axis'>")
        .append(esc(yAxis))
        .append("</text>");
    return sb.append("</svg>").toString();
  }

  /** See {@link ScatterChart#draw}. */
  static String scatter(
      String title, List<Dashboard.Point> points, Set<String> highlight, String color) {
    return ScatterChart.draw(title, points, highlight, color);
  }

  /** See {@link SmallMultiples#draw}. */
  static String smallMultiples(
      String title, List<Dashboard.Series> series, DoubleFunction<String> fmt) {
    return SmallMultiples.draw(title, series, fmt);
  }

  /**
   * At most {@code max} lines: the largest by their latest value, the rest summed into one line
   * named {@code rest} (null where every folded value is null).
   */
  static List<Dashboard.Series> atMost(int max, List<Dashboard.Series> series, String rest) {
    if (series.size() <= max) {
      return series;
    }
    List<Dashboard.Series> ranked = new ArrayList<>(series);
    ranked.sort(
        Comparator.comparingDouble(
                (Dashboard.Series s) -> {
                  Double v = lastValue(s.y(), 0);
                  return v == null ? 0 : v;
                })
            .reversed());
    List<Dashboard.Series> kept = new ArrayList<>(ranked.subList(0, max - 1));
    List<Dashboard.Series> folded = ranked.subList(max - 1, ranked.size());
    List<String> x = folded.get(0).x();
    List<Double> sum = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      Double total = null;
      for (Dashboard.Series s : folded) {
        Double v = i < s.y().size() ? s.y().get(i) : null;
        if (v != null) {
          total = total == null ? v : total + v;
        }
      }
      sum.add(total);
    }
    kept.add(new Dashboard.Series(rest + " (" + folded.size() + ")", x, sum));
    return kept;
  }
}
