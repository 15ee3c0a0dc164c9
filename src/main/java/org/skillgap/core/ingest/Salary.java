package org.skillgap.core.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A salary read from a feed: range, currency, period, and the annualised range where the period is
 * known.
 *
 * @param min lower bound as written (in the period's unit)
 * @param max upper bound as written
 * @param currency ISO code (USD, GBP, EUR) or null
 * @param period year, month, week, day or hour; null when not stated
 * @param annualMin min converted to a year (2,080 working hours, 52 weeks, 260 days), or null
 * @param annualMax max converted to a year, or null
 */
public record Salary(
    double min, double max, String currency, String period, Double annualMin, Double annualMax) {

  private static final Pattern NUMBER =
      Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kKmM])?(?![a-zA-Z])");

  /** Outcome of parsing: a salary, nothing (no value given), or a reason it is unusable. */
  public record Parsed(Salary salary, String problem) {}

  public static Parsed parse(String text) {
    if (text == null || text.isBlank()) {
      return new Parsed(null, null);
    }
    String t = text.trim();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("-")) {
      return new Parsed(null, "salary is negative: '" + t + "'");
    }
    Matcher m = NUMBER.matcher(t);
    double[] values = new double[2];
    int n = 0;
    while (m.find() && n < 2) {
      double v = Double.parseDouble(m.group(1).replace(",", ""));
      if (m.group(2) != null) {
        v *= m.group(2).equalsIgnoreCase("k") ? 1_000 : 1_000_000;
      }
      values[n++] = v;
    }
    if (n == 0) {
      return new Parsed(null, "salary has no number: '" + t + "'");
    }
    double min = values[0];
    double max = n == 2 ? values[1] : values[0];
    if (max < min) {
      return new Parsed(null, "salary range is reversed: '" + t + "'");
    }
    String currency =
        t.contains("£") || lower.contains("gbp")
            ? "GBP"
            : t.contains("€") || lower.contains("eur")
                ? "EUR"
                : t.contains("$") || lower.contains("usd") ? "USD" : null;
    String period = period(lower, min);
    Double annualMin = period == null ? null : min * perYear(period);
    Double annualMax = period == null ? null : max * perYear(period);
    if (min <= 0 || (annualMax != null && (annualMax > 5_000_000 || annualMin < 1_000))) {
      return new Parsed(null, "salary is implausible: '" + t + "'");
    }
    return new Parsed(new Salary(min, max, currency, period, annualMin, annualMax), null);
  }

  /**
   * A salary a feed gives over separate columns: minimum, maximum and pay period ("Annual", "Per
   * Hour", "Daily"). Either bound may be missing. A period that says there is no pay ("Without
   * Compensation") and bounds of zero are no salary, not a bad one.
   */
  public static Parsed parts(String minText, String maxText, String periodText) {
    String min = blankToNull(minText);
    String max = blankToNull(maxText);
    String period = blankToNull(periodText);
    if (min == null && max == null) {
      return new Parsed(null, null);
    }
    if (period != null && UNPAID.matcher(period).find()) {
      return new Parsed(null, null);
    }
    if (isZero(min) && isZero(max)) {
      return new Parsed(null, null);
    }
    // "0 to 175,000": the feed has no minimum, only a maximum.
    if (isZero(min)) {
      min = null;
    }
    String range = min == null ? max : max == null ? min : min + " - " + max;
    // The period column names the unit the same way a salary text does ("per year", "hourly",
    // "daily").
    return parse(range + (period == null ? "" : " " + period.replace('-', ' ')));
  }

  private static final Pattern UNPAID =
      Pattern.compile("(?i)without compensation|unpaid|volunteer");

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static final Pattern ZERO = Pattern.compile("[$]?0+(\\.0*)?");

  private static boolean isZero(String s) {
    return s == null || ZERO.matcher(s).matches();
  }

  private static String period(String lower, double min) {
    if (lower.matches(".*(/\\s*h(ou)?r|per hour|hourly|an hour|p/h).*")) {
      return "hour";
    }
    if (lower.matches(".*(/\\s*day|per day|daily).*")) {
      return "day";
    }
    if (lower.matches(".*(bi ?weekly|every two weeks).*")) {
      return "biweek";
    }
    if (lower.matches(".*(/\\s*week|per week|weekly).*")) {
      return "week";
    }
    if (lower.matches(".*(/\\s*mo(nth)?|per month|monthly).*")) {
      return "month";
    }
    if (lower.matches(".*(/\\s*y(ea)?r|per year|per annum|annual|a year|p\\.a\\.|pa\\b).*")) {
      return "year";
    }
    // Unstated: a figure of 15,000 or more is a yearly salary in every currency the feeds use.
    return min >= 15_000 ? "year" : null;
  }

  private static double perYear(String period) {
    return switch (period) {
      case "hour" -> 2080;
      case "day" -> 260;
      case "week" -> 52;
      case "biweek" -> 26;
      case "month" -> 12;
      default -> 1;
    };
  }
}
