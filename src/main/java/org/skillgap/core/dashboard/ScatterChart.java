package org.skillgap.core.dashboard;

import static org.skillgap.core.dashboard.Html.esc;
import static org.skillgap.core.dashboard.Svg.num;
import static org.skillgap.core.dashboard.Svg.open;
import static org.skillgap.core.dashboard.Svg.shorten;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The credentials' scatter: demand covered against cost, the recommended path labelled. */
final class ScatterChart {
  private ScatterChart() {}

  /** Point labels' font size, as the page's style sets it (svg .label). */
  static final double LABEL_FONT_PX = 11;

  /**
   * Coverage of demand against cost, cost on a log scale; highlighted points drawn larger and
   * labelled where a label fits without touching another ({@link LabelLayout}); the ones that do
   * not fit are listed in a table under the chart.
   */
  static String draw(
      String title, List<Dashboard.Point> points, Set<String> highlight, String color) {
    int w = 560;
    int h = 320;
    int left = 60;
    int right = 20;
    int top = 36;
    int bottom = 50;
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    double maxY = points.stream().mapToDouble(Dashboard.Point::coverage).max().orElse(1);
    maxY = maxY <= 0 ? 1 : maxY;
    double lo = 1;
    double hi = Math.log10(20_000);
    StringBuilder sb = open(title, w, h);
    for (double cost : new double[] {10, 100, 1_000, 10_000}) {
      double px = left + plotW * (Math.log10(cost) - lo) / (hi - lo);
      sb.append("<line x1='")
          .append(num(px))
          .append("' y1='")
          .append(top)
          .append("' x2='")
          .append(num(px))
          .append("' y2='")
          .append(top + plotH)
          .append("' class='grid'/><text x='")
          .append(num(px))
          .append("' y='")
          .append(top + plotH + 16)
          .append("' text-anchor='middle'>")
          .append(esc(Html.money(cost)))
          .append("</text>");
    }
    for (int t = 0; t <= 4; t++) {
      double v = maxY * t / 4;
      double y = top + plotH - plotH * t / 4.0;
      sb.append("<text x='")
          .append(left - 4)
          .append("' y='")
          .append(num(y + 4))
          .append("' text-anchor='end'>")
          .append(esc(Html.percent(v)))
          .append("</text>");
    }
    List<LabelLayout.Label> labels = new ArrayList<>();
    List<Dashboard.Point> labelled = new ArrayList<>();
    for (Dashboard.Point p : points) {
      double px = left + plotW * (Math.log10(Math.max(10, p.cost())) - lo) / (hi - lo);
      double py = top + plotH - plotH * p.coverage() / maxY;
      boolean on = highlight.contains(p.id());
      sb.append("<circle cx='")
          .append(num(px))
          .append("' cy='")
          .append(num(py))
          .append("' r='")
          .append(on ? 7 : 4)
          .append("' fill='")
          .append(on ? "#d62728" : color)
          .append("' fill-opacity='")
          .append(on ? "1" : "0.6")
          .append("'><title>")
          .append(esc(p.label()))
          .append(": ")
          .append(esc(Html.money(p.cost())))
          .append(", ")
          .append(esc(Html.percent(p.coverage())))
          .append(" of demand</title></circle>");
      if (on) {
        labels.add(new LabelLayout.Label(shorten(p.label(), 34), px, py, 7));
        labelled.add(p);
      }
    }
    LabelLayout.Layout layout =
        LabelLayout.place(
            labels,
            LABEL_FONT_PX,
            new LabelLayout.Box(left, top, plotW, plotH),
            labels.stream().map(LabelLayout::marker).toList());
    for (LabelLayout.Placed p : layout.placed()) {
      if (p.leader()) {
        double bx = Math.max(p.box().x(), Math.min(p.label().x(), p.box().x() + p.box().w()));
        double by = p.label().y() < p.box().y() ? p.box().y() : p.box().y() + p.box().h();
        sb.append("<line x1='")
            .append(num(p.label().x()))
            .append("' y1='")
            .append(num(p.label().y()))
            .append("' x2='")
            .append(num(bx))
            .append("' y2='")
            .append(num(by))
            .append("' class='leader'/>");
      }
      sb.append("<text x='")
          .append(num(p.box().x()))
          .append("' y='")
          .append(num(p.baseline()))
          .append("' class='label'>")
          .append(esc(p.label().text()))
          .append("</text>");
    }
    sb.append("<text x='")
        .append(left + plotW / 2)
        .append("' y='")
        .append(h - 8)
        .append("' text-anchor='middle' class='axis'>cost (USD, log scale; free = $10)</text>");
    sb.append("<text transform='translate(14,")
        .append(top + plotH / 2)
        .append(") rotate(-90)' text-anchor='middle' class='axis'>")
        .append("share of the industry's demand covered</text>");
    sb.append("</svg>");
    if (!layout.dropped().isEmpty()) {
      sb.append(
          "<table class='dropped'><tr><th>also highlighted</th><th>cost</th><th>demand covered</th></tr>");
      for (LabelLayout.Label d : layout.dropped()) {
        Dashboard.Point p = labelled.get(labels.indexOf(d));
        sb.append("<tr><td>")
            .append(esc(p.label()))
            .append("</td><td class='n'>")
            .append(esc(Html.money(p.cost())))
            .append("</td><td class='n'>")
            .append(esc(Html.percent(p.coverage())))
            .append("</td></tr>");
      }
      sb.append("</table>");
    }
    return sb.toString();
  }
}
