package org.skillgap.core.dashboard;

import static org.skillgap.core.dashboard.Html.esc;

import java.util.Locale;

/**
 * What every chart's SVG is made of: the opening tag with its title, numbers, short names, colours.
 */
final class Svg {
  private Svg() {}

  /** Line colours, in the order lines are drawn. */
  static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac"
  };

  /** A coordinate or length with one decimal: finer than a pixel, and short. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** An {@code svg.chart} of the given size, titled (for screen readers and on the chart). */
  static StringBuilder open(String title, int w, int h) {
    return openTag(new StringBuilder(4096), "chart", title, w, h)
        .append("<text x='8' y='20' class='title'>")
        .append(esc(title))
        .append("</text>");
  }

  /** Appends an svg element of these classes and size, its title for screen readers inside. */
  static StringBuilder openTag(StringBuilder sb, String cssClass, String title, int w, int h) {
    return sb.append("<svg xmlns='http://www.w3.org/2000/svg' class='")
        .append(cssClass)
        .append("' width='")
        .append(w)
        .append("' height='")
        .append(h)
        .append("' viewBox='0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("' role='img'><title>")
        .append(esc(title))
        .append("</title>");
  }

  /** A horizontal grid line at height {@code y}, from {@code x1} to {@code x2}. */
  static StringBuilder gridLine(StringBuilder sb, int x1, int y, int x2) {
    return sb.append("<line x1='")
        .append(x1)
        .append("' y1='")
        .append(y)
        .append("' x2='")
        .append(x2)
        .append("' y2='")
        .append(y)
        .append("' class='grid'/>");
  }

  /** The text cut to {@code n} characters, the last one an ellipsis where it was cut. */
  static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
