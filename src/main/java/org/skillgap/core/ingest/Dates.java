package org.skillgap.core.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** Parses the date formats job feeds use. Returns null for text that is no valid date. */
public final class Dates {
  private Dates() {}

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("uuuu/MM/dd"),
          DateTimeFormatter.ofPattern("M/d/uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("MMMM d, uuuu")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("MMM d, uuuu")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMMM uuuu")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMM uuuu")
              .toFormatter(Locale.ENGLISH));

  public static LocalDate parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.isEmpty()) {
      return null;
    }
    // Timestamps: keep the date part ("2024-03-05T10:00:00Z", "2024-03-05 10:00").
    if (t.length() > 10 && t.charAt(4) == '-' && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
      t = t.substring(0, 10);
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(t, f.withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }
}
