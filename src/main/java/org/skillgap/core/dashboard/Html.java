package org.skillgap.core.dashboard;

import java.util.Locale;

/**
 * Escaping and number formatting for the dashboard: every value taken from data goes through here.
 */
public final class Html {
  private Html() {}

  /** Escapes text for HTML element content and attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** 950, 12.5k, 3.4M. */
  /**
   * The text escaped, with the first occurrence of {@code words} (any case) in a mark element; the
   * text alone where the words are not in it.
   */
  public static String marked(String text, String words) {
    int at =
        words == null || words.isEmpty()
            ? -1
            : text.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
    int end = at + words.length();
    if (at < 0 || end > text.length()) { // lower-casing changed the length: leave it unmarked
      return esc(text);
    }
    return esc(text.substring(0, at))
        + "<mark>"
        + esc(text.substring(at, end))
        + "</mark>"
        + esc(text.substring(end));
  }

  public static String count(double v) {
    double a = Math.abs(v);
    if (a >= 1e6) {
      return trim(String.format(Locale.ROOT, "%.1f", v / 1e6)) + "M";
    }
    if (a >= 1e3) {
      return trim(String.format(Locale.ROOT, "%.1f", v / 1e3)) + "k";
    }
    return trim(String.format(Locale.ROOT, "%.1f", v));
  }

  /** 0.342 → 34%, 0.005 → 0.5%. */
  public static String percent(double share) {
    double p = share * 100;
    return (Math.abs(p) < 10 && p != Math.rint(p)
            ? trim(String.format(Locale.ROOT, "%.1f", p))
            : String.format(Locale.ROOT, "%.0f", p))
        + "%";
  }

  /** $1,250. */
  public static String money(double v) {
    return String.format(Locale.ROOT, "$%,.0f", v);
  }

  private static String trim(String s) {
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
