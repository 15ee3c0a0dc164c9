package org.skillgap.core.dashboard;

import static org.skillgap.core.dashboard.Html.esc;
import static org.skillgap.core.dashboard.SeriesEnds.lastPeriod;
import static org.skillgap.core.dashboard.SeriesEnds.lastValue;
import static org.skillgap.core.dashboard.Svg.num;
import static org.skillgap.core.dashboard.Svg.shorten;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

/** Small multiples: one small line chart per series, all on one scale. */
final class SmallMultiples {
  private SmallMultiples() {}

  /**
   * One small chart per series, all on one scale, so each line can be read alone and the sizes
   * compared: the series' name, its latest value and its change over the last four periods (a year
   * of quarters), a line from the first period to the last.
   */
  static String draw(String title, List<Dashboard.Series> series, DoubleFunction<String> fmt) {
    double max =
        series.stream()
            .flatMap(s -> s.y().stream())
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(1);
    max = max <= 0 ? 1 : max;
    StringBuilder sb =
        new StringBuilder(4096)
            .append("<div class='multiples'><b>")
            .append(esc(title))
            .append("</b> <small>(one scale: 0 to ")
            .append(esc(fmt.apply(max)))
            .append(")</small><div class='grid'>");
    int w = 250;
    int h = 78;
    int left = 8;
    int top = 34;
    int plotW = w - 2 * left;
    int plotH = h - top - 14;
    for (Dashboard.Series ser : series) {
      List<Double> y = ser.y();
      Double last = lastValue(y, 0);
      Double yearAgo = lastValue(y, 4);
      String change =
          last == null || yearAgo == null
              ? ""
              : String.format(Locale.ROOT, "%+.1f pts on a year before", 100 * (last - yearAgo));
      String now = last == null ? "" : lastPeriod(ser) + ": " + fmt.apply(last);
      Svg.openTag(sb, "chart small", ser.name(), w, h)
          .append("<text x='")
          .append(left)
          .append("' y='14' class='title'>")
          .append(esc(shorten(ser.name(), 30)))
          .append("</text><text x='")
          .append(left)
          .append("' y='28'>")
          .append(esc(now))
          .append(change.isEmpty() ? "" : " · ")
          .append(esc(change))
          .append("</text>");
      Svg.gridLine(sb, left, top + plotH, left + plotW);
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < y.size(); i++) {
        if (y.get(i) != null) {
          double px = left + (y.size() == 1 ? plotW / 2.0 : plotW * i / (double) (y.size() - 1));
          pts.append(num(px))
              .append(',')
              .append(num(top + plotH - plotH * y.get(i) / max))
              .append(' ');
        }
      }
      sb.append("<polyline class='series' fill='none' stroke-width='2' stroke='")
          .append(Svg.PALETTE[0])
          .append("' points='")
          .append(pts.toString().trim())
          .append("'/>");
      if (!ser.x().isEmpty()) {
        sb.append("<text x='")
            .append(left)
            .append("' y='")
            .append(h - 2)
            .append("' class='axis'>")
            .append(esc(ser.x().get(0)))
            .append("</text><text x='")
            .append(left + plotW)
            .append("' y='")
            .append(h - 2)
            .append("' text-anchor='end' class='axis'>")
            .append(esc(ser.x().get(ser.x().size() - 1)))
            .append("</text>");
      }
      sb.append("</svg>");
    }
    return sb.append("</div></div>").toString();
  }
}
