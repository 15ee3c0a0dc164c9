package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns tokens into the comparable units the matcher works on. The same function runs over taxonomy
 * aliases and posting text, so whatever it does (case, plurals, hyphen and slash variants) applies
 * to both sides alike.
 */
public final class TokenNormalizer {

  /** A unit that can be skipped inside a phrase ("CI / CD", "machine - learning"). */
  static final String JOINER = "";

  /** A unit that breaks any phrase (commas, brackets, full stops). */
  static final String BREAK = "\u0000";

  private TokenNormalizer() {}

  /**
   * Units of one token. Most tokens give one unit; "machine-learning" and "CI/CD" give two, so they
   * match "machine learning" and "CI CD".
   */
  public static List<String> units(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (t.equals("-") || t.equals("/") || t.equals("--")) {
      return List.of(JOINER);
    }
    if (isPunctuation(t)) {
      return List.of(BREAK);
    }
    List<String> out = new ArrayList<>(2);
    int start = 0;
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if ((c == '-' || c == '/')
          && Character.isLetterOrDigit(t.charAt(i - 1))
          && Character.isLetterOrDigit(t.charAt(i + 1))) {
        out.add(stem(t.substring(start, i)));
        start = i + 1;
      }
    }
    out.add(stem(t.substring(start)));
    return out;
  }

  /**
   * Light plural folding: enough for "databases", "APIs", "technologies"; applied to both sides.
   */
  static String stem(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3
        && w.charAt(n - 1) == 's'
        && Character.isLetter(w.charAt(n - 2))
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static boolean isPunctuation(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '+' || t.charAt(i) == '#') {
        return false;
      }
    }
    return true;
  }
}
