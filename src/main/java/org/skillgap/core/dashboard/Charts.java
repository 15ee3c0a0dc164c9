package org.skillgap.core.dashboard;

import static org.skillgap.core.dashboard.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleFunction;

/** Inline SVG charts: no library, no network. Titled axes, units, readable numbers. */
final class Charts {
  private Charts() {}

  static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
  };

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Horizontal bars, one per label, longest first as given. */
  static String bars(String title, String axis, List<Dashboard.Bar> bars, String color, DoubleFunction<String> fmt) {
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
      sb.append("<text x='").append(left - 6).append("' y='").append(y + 14).append("' text-anchor='end'>")
          .append(esc(b.label())).append("</text>");
      sb.append("<rect x='").append(left).append("' y='").append(y + 3).append("' width='").append(f(len))
          .append("' height='").append(row - 6).append("' fill='").append(color).append("'><title>")
          .append(esc(b.label())).append(": ").append(esc(fmt.apply(b.value()))).append("</title></rect>");
      sb.append("<text x='").append(f(left + len + 4)).append("' y='").append(y + 14).append("'>")
          .append(esc(fmt.apply(b.value()))).append("</text>");
    }
    sb.append("<text x='").append(left + (w - left) / 2).append("' y='").append(h - 8)
        .append("' text-anchor='middle' class='axis'>").append(esc(axis)).append("</text>");
    return sb.append("</svg>").toString();
  }

  /** Lines over shared x labels, with a legend. */
  static String lines(String title, String xAxis, String yAxis, List<Dashboard.Series> series, DoubleFunction<String> fmt) {
    int w = 560;
    int h = 300;
    int left = 60;
    int right = 150;
    int top = 36;
    int bottom = 50;
    List<String> x = series.isEmpty() ? List.of() : series.get(0).x();
    double max = series.stream().flatMap(s -> s.y().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue)
        .max().orElse(1);
    max = max <= 0 ? 1 : max;
    StringBuilder sb = open(title, w, h);
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    sb.append("<line x1='").append(left).append("' y1='").append(top + plotH).append("' x2='").append(left + plotW)
        .append("' y2='").append(top + plotH).append("' class='grid'/>");
    for (int t = 0; t <= 4; t++) {
      double v = max * t / 4;
      double y = top + plotH - plotH * t / 4.0;
      sb.append("<line x1='").append(left).append("' y1='").append(f(y)).append("' x2='").append(left + plotW)
          .append("' y2='").append(f(y)).append("' class='grid'/>");
      sb.append("<text x='").append(left - 4).append("' y='").append(f(y + 4)).append("' text-anchor='end'>")
          .append(esc(fmt.apply(v))).append("</text>");
    }
    int step = Math.max(1, x.size() / 7);
    for (int i = 0; i < x.size(); i += step) {
      double px = left + (x.size() == 1 ? plotW / 2.0 : plotW * i / (double) (x.size() - 1));
      sb.append("<text x='").append(f(px)).append("' y='").append(top + plotH + 16).append("' text-anchor='middle'>")
          .append(esc(x.get(i))).append("</text>");
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
        pts.append(f(px)).append(',').append(f(py)).append(' ');
      }
      sb.append("<polyline fill='none' stroke-width='2' stroke='").append(color).append("' points='")
          .append(pts.toString().trim()).append("'><title>").append(esc(ser.name())).append("</title></polyline>");
      int ly = top + 12 + s * 16;
      sb.append("<rect x='").append(w - right + 10).append("' y='").append(ly - 9).append("' width='10' height='10' fill='")
          .append(color).append("'/><text x='").append(w - right + 24).append("' y='").append(ly).append("'>")
          .append(esc(shorten(ser.name(), 20))).append("</text>");
    }
    sb.append("<text x='").append(left + plotW / 2).append("' y='").append(h - 8)
        .append("' text-anchor='middle' class='axis'>").append(esc(xAxis)).append("</text>");
    sb.append("<text transform='translate(14,").append(top + plotH / 2).append(") rotate(-90)' text-anchor='middle' class='axis'>")
        .append(esc(yAxis)).append("</text>");
    return sb.append("</svg>").toString();
  }

  /** Coverage of demand against cost, cost on a log scale; highlighted points drawn larger and labelled. */
  static String scatter(String title, List<Dashboard.Point> points, Set<String> highlight, String color) {
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
      sb.append("<line x1='").append(f(px)).append("' y1='").append(top).append("' x2='").append(f(px))
          .append("' y2='").append(top + plotH).append("' class='grid'/><text x='").append(f(px)).append("' y='")
          .append(top + plotH + 16).append("' text-anchor='middle'>").append(esc(Html.money(cost))).append("</text>");
    }
    for (int t = 0; t <= 4; t++) {
      double v = maxY * t / 4;
      double y = top + plotH - plotH * t / 4.0;
      sb.append("<text x='").append(left - 4).append("' y='").append(f(y + 4)).append("' text-anchor='end'>")
          .append(esc(Html.percent(v))).append("</text>");
    }
    for (Dashboard.Point p : points) {
      double px = left + plotW * (Math.log10(Math.max(10, p.cost())) - lo) / (hi - lo);
      double py = top + plotH - plotH * p.coverage() / maxY;
      boolean on = highlight.contains(p.id());
      sb.append("<circle cx='").append(f(px)).append("' cy='").append(f(py)).append("' r='").append(on ? 7 : 4)
          .append("' fill='").append(on ? "#d62728" : color).append("' fill-opacity='").append(on ? "1" : "0.6")
          .append("'><title>").append(esc(p.label())).append(": ").append(esc(Html.money(p.cost()))).append(", ")
          .append(esc(Html.percent(p.coverage()))).append(" of demand</title></circle>");
      if (on) {
        sb.append("<text x='").append(f(px + 9)).append("' y='").append(f(py + 4)).append("' class='label'>")
            .append(esc(shorten(p.label(), 34))).append("</text>");
      }
    }
    sb.append("<text x='").append(left + plotW / 2).append("' y='").append(h - 8)
        .append("' text-anchor='middle' class='axis'>cost (USD, log scale; free = $10)</text>");
    sb.append("<text transform='translate(14,").append(top + plotH / 2).append(") rotate(-90)' text-anchor='middle' class='axis'>")
        .append("share of the industry's demand covered</text>");
    return sb.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int w, int h) {
    return new StringBuilder(4096).append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(w)
        .append("' height='").append(h).append("' viewBox='0 0 ").append(w).append(' ').append(h)
        .append("' role='img'><title>").append(esc(title)).append("</title><text x='8' y='20' class='title'>")
        .append(esc(title)).append("</text>");
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
