package org.skillgap.core.report;

import java.util.Locale;
import java.util.Set;

/**
 * A job family from a posting title: lowercase, seniority and level words removed ("Senior Data
 * Engineer II" → "data engineer").
 */
public final class JobFamily {
  private JobFamily() {}

  private static final Set<String> NOISE =
      Set.of(
          "senior",
          "sr",
          "junior",
          "jr",
          "lead",
          "principal",
          "staff",
          "head",
          "i",
          "ii",
          "iii",
          "iv",
          "entry",
          "level",
          "entry-level",
          "associate",
          "remote",
          "hybrid",
          "contract",
          "temporary",
          "part-time",
          "full-time",
          "intern",
          "trainee");

  /** The words left out of a family name. */
  public static Set<String> noise() {
    return NOISE;
  }

  public static String of(String title) {
    if (title == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String w : title.toLowerCase(Locale.ROOT).split("[^a-z0-9+#&-]+")) {
      if (!w.isEmpty() && !NOISE.contains(w) && w.chars().anyMatch(Character::isLetterOrDigit)) {
        sb.append(sb.length() == 0 ? "" : " ").append(w);
      }
    }
    return sb.toString();
  }
}
