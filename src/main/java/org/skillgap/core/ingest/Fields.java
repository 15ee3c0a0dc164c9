package org.skillgap.core.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Small helpers the dataset rules share: reading a field, requiring it, checking a date. */
final class Fields {
  private Fields() {}

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /**
   * How far after the run date a record may be dated and still wait for a later night (a backfilled
   * night, an early delivery). Further is a wrong date.
   */
  static final int MAX_DAYS_AHEAD = 366;

  static String get(Map<String, String> f, String name) {
    String v = f.get(name);
    if (v == null) {
      return null;
    }
    v = v.trim();
    return v.isEmpty() ? null : v;
  }

  static Rejection missing(String dataset, String field) {
    return Rejection.of(
        RejectReason.MISSING_FIELD, dataset + " field '" + field + "' is required but empty");
  }

  /**
   * Parses a date field; null text gives a null date, bad text or a date out of range a rejection.
   */
  static Object date(Map<String, String> f, String field, LocalDate runDate) {
    String text = get(f, field);
    if (text == null) {
      return null;
    }
    LocalDate d = Dates.parse(text);
    if (d == null) {
      return Rejection.of(
          RejectReason.INVALID_DATE, "field '" + field + "' is not a valid date: '" + text + "'");
    }
    if (d.isBefore(EARLIEST)) {
      return Rejection.of(
          RejectReason.DATE_OUT_OF_RANGE, "field '" + field + "' is " + d + ", before " + EARLIEST);
    }
    if (d.isAfter(runDate.plusDays(MAX_DAYS_AHEAD))) {
      // Not a delivery ahead of its night but a typo ("2031" for "2021"): waiting for it would
      // re-read its
      // whole file every night for years.
      return Rejection.of(
          RejectReason.DATE_OUT_OF_RANGE,
          "field '"
              + field
              + "' is "
              + d
              + ", more than "
              + MAX_DAYS_AHEAD
              + " days after the run date "
              + runDate);
    }
    if (d.isAfter(runDate)) {
      return Rejection.of(
          RejectReason.AFTER_RUN_DATE,
          "field '"
              + field
              + "' is "
              + d
              + ", after the run date "
              + runDate
              + "; a later night will ingest it");
    }
    return d;
  }

  /** A non-negative number; null text gives null. Accepts "1,200", "$499", "5.3k", "1.5m". */
  static Object amount(Map<String, String> f, String field) {
    String text = get(f, field);
    if (text == null) {
      return null;
    }
    String t = text.replaceAll("[$£€,\\s]|USD|GBP|EUR", "").toLowerCase(Locale.ROOT);
    double factor = 1;
    if (t.endsWith("k")) {
      factor = 1_000;
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("m")) {
      factor = 1_000_000;
      t = t.substring(0, t.length() - 1);
    }
    try {
      double v = Double.parseDouble(t) * factor;
      if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
        return Rejection.of(
            RejectReason.INVALID_NUMBER, "field '" + field + "' is negative: '" + text + "'");
      }
      return v;
    } catch (NumberFormatException e) {
      return Rejection.of(
          RejectReason.INVALID_NUMBER, "field '" + field + "' is not a number: '" + text + "'");
    }
  }
}
