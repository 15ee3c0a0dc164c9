package org.skillgap.core.dashboard;

import static org.skillgap.core.dashboard.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts: no library, no network. Titled axes, units, readable numbers; at most {@link
 * #MAX_LINES} lines in one plot (more cannot be followed), labels that never overlap ({@link
 * LabelLayout}). Each chart is an {@code svg.chart} that scales down with the page; each line is a
 * {@code polyline.series} (the browser test counts them).
 */
final class Charts {
  private Charts() {}

  /** More lines than this in one plot cannot be told apart or followed. */
  static final int MAX_LINES = 5;

  static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac"
  };

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

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
          .append(f(len))
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
          .append(f(left + len + 4))
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
    sb.append("<line x1='")
        .append(left)
        .append("' y1='")
        .append(top + plotH)
        .append("' x2='")
        .append(left + plotW)
        .append("' y2='")
        .append(top + plotH)
        .append("' class='grid'/>");
    for (int t = 0; t <= 4; t++) {
      double v = max * t / 4;
      double y = top + plotH - plotH * t / 4.0;
      sb.append("<line x1='")
          .append(left)
          .append("' y1='")
          .append(f(y))
          .append("' x2='")
          .append(left + plotW)
          .append("' y2='")
          .append(f(y))
          .append("' class='grid'/>");
      sb.append("<text x='")
          .append(left - 4)
          .append("' y='")
          .append(f(y + 4))
          .append("' text-anchor='end'>")
          .append(esc(fmt.apply(v)))
          .append("</text>");
    }
    int step = Math.max(1, x.size() / 7);
    for (int i = 0; i < x.size(); i += step) {
      double px = left + (x.size() == 1 ? plotW / 2.0 : plotW * i / (double) (x.size() - 1));
      sb.append("<text x='")
          .append(f(px))
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
        pts.append(f(px)).append(',').append(f(py)).append(' ');
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

  /**
   * Coverage of demand against cost, cost on a log scale; highlighted points drawn larger and
   * labelled where a label fits without touching another ({@link LabelLayout}); the ones that do
   * not fit are listed in a table under the chart.
   */
  static String scatter(
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
          .append(f(px))
          .append("' y1='")
          .append(top)
          .append("' x2='")
          .append(f(px))
          .append("' y2='")
          .append(top + plotH)
          .append("' class='grid'/><text x='")
          .append(f(px))
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
          .append(f(y + 4))
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
          .append(f(px))
          .append("' cy='")
          .append(f(py))
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
            .append(f(p.label().x()))
            .append("' y1='")
            .append(f(p.label().y()))
            .append("' x2='")
            .append(f(bx))
            .append("' y2='")
            .append(f(by))
            .append("' class='leader'/>");
      }
      sb.append("<text x='")
          .append(f(p.box().x()))
          .append("' y='")
          .append(f(p.baseline()))
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

  /** Point labels' font size, as the page's style sets it (svg .label). */
  static final double LABEL_FONT_PX = 11;

  /**
   * One small chart per series, all on one scale, so each line can be read alone and the sizes
   * compared: the series' name, its latest value and its change over the last four periods (a year
   * of quarters), a line from the first period to the last.
   */
  static String smallMultiples(
      String title, List<Dashboard.Series> series, DoubleFunction<String> fmt) {
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
      sb.append("<svg xmlns='http://www.w3.org/2000/svg' class='chart small' width='")
          .append(w)
          .append("' height='")
          .append(h)
          .append("' viewBox='0 0 ")
          .append(w)
          .append(' ')
          .append(h)
          .append("' role='img'><title>")
          .append(esc(ser.name()))
          .append("</title><text x='")
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
      sb.append("<line x1='")
          .append(left)
          .append("' y1='")
          .append(top + plotH)
          .append("' x2='")
          .append(left + plotW)
          .append("' y2='")
          .append(top + plotH)
          .append("' class='grid'/>");
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < y.size(); i++) {
        if (y.get(i) != null) {
          double px = left + (y.size() == 1 ? plotW / 2.0 : plotW * i / (double) (y.size() - 1));
          pts.append(f(px)).append(',').append(f(top + plotH - plotH * y.get(i) / max)).append(' ');
        }
      }
      sb.append("<polyline class='series' fill='none' stroke-width='2' stroke='")
          .append(PALETTE[0])
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

  /** The period of the series' last value; empty when it has none. */
  private static String lastPeriod(Dashboard.Series s) {
    int last = lastIndex(s.y());
    return last < 0 ? "" : s.x().get(last);
  }

  /**
   * The value {@code back} periods before the last one that has a value; null when there is none.
   */
  private static Double lastValue(List<Double> y, int back) {
    int last = lastIndex(y);
    return last - back >= 0 && last >= 0 ? y.get(last - back) : null;
  }

  /** The index of the last period with a value; -1 when none has one. */
  private static int lastIndex(List<Double> y) {
    int i = y.size() - 1;
    while (i >= 0 && y.get(i) == null) {
      i--;
    }
    return i;
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

  private static StringBuilder open(String title, int w, int h) {
    return new StringBuilder(4096)
        .append("<svg xmlns='http://www.w3.org/2000/svg' class='chart' width='")
        .append(w)
        .append("' height='")
        .append(h)
        .append("' viewBox='0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("' role='img'><title>")
        .append(esc(title))
        .append("</title><text x='8' y='20' class='title'>")
        .append(esc(title))
        .append("</text>");
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
