package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a posting defines itself, as in "Good Clinical Practice (GCP)": there the acronym means
 * its definition, whatever else the taxonomy knows by the same letters (Google Cloud Platform).
 */
public final class Acronyms {
  private Acronyms() {}

  /** Words before a parenthesised acronym of two to eight letters, capital first. */
  private static final Pattern DEFINITION =
      Pattern.compile("((?:[A-Za-z][\\w&'/-]*\\s+){1,8})\\(([A-Z][A-Za-z&]{1,7})s?\\)");

  /** Words an acronym leaves out ("Bureau of Labor Statistics (BLS)"). */
  private static final Set<String> SKIPPED =
      Set.of("of", "and", "the", "for", "in", "on", "to", "&", "a", "an");

  /**
   * The acronyms the document defines, each with the words it stands for. A definition counts when
   * the initials of the words right before the parenthesis spell the acronym (small words may be
   * skipped).
   */
  public static Map<String, String> defined(String document) {
    Map<String, String> out = new LinkedHashMap<>();
    if (document == null || document.indexOf('(') < 0) {
      return out;
    }
    Matcher m = DEFINITION.matcher(document);
    while (m.find()) {
      String acronym = m.group(2);
      String letters = acronym.replace("&", "").toLowerCase(Locale.ROOT);
      String longForm = longForm(m.group(1).trim().split("\\s+"), letters);
      if (longForm != null) {
        out.putIfAbsent(acronym, longForm);
      }
    }
    return out;
  }

  /**
   * The last words whose initials spell the letters, or null. Hyphenated words give one initial per
   * part.
   */
  static String longForm(String[] words, String letters) {
    List<String> taken = new ArrayList<>();
    int need = letters.length();
    for (int i = words.length - 1; i >= 0 && need > 0; i--) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      String[] parts = lower.split("[-/]");
      if (SKIPPED.contains(lower) && !taken.isEmpty()) {
        taken.add(0, w);
        continue;
      }
      // Match the word's parts' initials against the end of the letters still needed.
      int k = parts.length;
      if (k > need) {
        k = 1;
        parts = new String[] {lower};
      }
      boolean fits = true;
      for (int p = 0; p < k; p++) {
        if (parts[p].isEmpty() || parts[p].charAt(0) != letters.charAt(need - k + p)) {
          fits = false;
        }
      }
      if (!fits) {
        return null;
      }
      need -= k;
      taken.add(0, w);
    }
    return need == 0 ? String.join(" ", taken) : null;
  }
}
