package org.skillgap.core.requirements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clauses of a text: sentences end at punctuation and a space (not after an initial, as in
 * "U.S. Secretary", nor after "i.e." or "e.g."), at a period glued to the next sentence
 * ("completed.Current", common in scraped feeds; two lower-case letters before it keep "U.S."
 * whole), and before a glued grade ("requiredGS-4"); line breaks, bullets and numbered paths ("2.
 * ", "(2) A") start clauses. A loop, not a regex: a pattern with look-behinds is tried at every
 * character, and this runs on every posting.
 */
final class Clauses {
  private Clauses() {}

  /** The clauses of a text. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int[] bounds = bounds(text);
    for (int k = 0; k < bounds.length; k += 2) {
      out.add(text.substring(bounds[k], bounds[k + 1]));
    }
    return out;
  }

  /**
   * {@link #of} as start and end offsets, two per clause: so a clause's lower case is a slice of
   * the text's.
   */
  static int[] bounds(String text) {
    int[] out = new int[32];
    int count = 0;
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      Break at = breakAt(text, i);
      if (at != null) {
        if (count + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[count++] = start;
        out[count++] = at.end();
        start = at.next();
        i = at.next() - 1;
      }
    }
    out = Arrays.copyOf(out, count + 2);
    out[count] = start;
    out[count + 1] = n;
    return out;
  }

  /** Where a clause ends, and where the next one starts (after the white space between). */
  private record Break(int end, int next) {}

  /** The clause break at character i, or null. */
  private static Break breakAt(String text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (isLower(c)) {
      // Most characters: the only rule that ends a clause after a lower-case letter is a glued
      // grade.
      char d = i + 1 < n ? text.charAt(i + 1) : ' ';
      return (d == 'G' || d == 'W' || d == 'N') && gradeAt(text, i + 1)
          ? new Break(i + 1, i + 1)
          : null;
    }
    if (c == '\n' || c == '\r') {
      return new Break(i, skipWhitespace(text, i));
    }
    if (c == '\u2022' || c == '*' || c == '\u25AA' || c == '\u25CF' || c == '\u0095') {
      return new Break(i, skipWhitespace(text, i + 1));
    }
    if (".;:!?".indexOf(c) >= 0
        && i + 1 < n
        && Character.isWhitespace(text.charAt(i + 1))
        && !(c == '.' && (initialBefore(text, i) || abbreviationBefore(text, i)))) {
      return new Break(i + 1, skipWhitespace(text, i + 1));
    }
    if (c == '.' && gluedPeriodAt(text, i)) {
      return new Break(i + 1, i + 1);
    }
    if (Character.isWhitespace(c)) {
      int j = skipWhitespace(text, i);
      if ((numberedAt(text, j) && !spelledNumberBefore(text, i))
          || (i >= 1 && isLower(text.charAt(i - 1)) && gluedSentenceAt(text, j))) {
        return new Break(i, j);
      }
    }
    return null;
  }

  /**
   * "completed.Current": a period glued to the next sentence. Two lower-case letters before it keep
   * "U.S." whole.
   */
  private static boolean gluedPeriodAt(String text, int i) {
    return i >= 2
        && isLower(text.charAt(i - 1))
        && isLower(text.charAt(i - 2))
        && i + 1 < text.length()
        && text.charAt(i + 1) >= 'A'
        && text.charAt(i + 1) <= 'Z';
  }

  /**
   * Words that open a sentence when capitalised after a lower-case word: job boards glue a list's
   * lines into one paragraph with no period ("... Kubernetes brings You use Python ... Ideally you
   * have ..."), and a preference stated in one line must not cover the next.
   */
  private static final List<String> SENTENCE_OPENERS = List.of("You ", "Ideally ", "Preferably ");

  private static boolean gluedSentenceAt(String text, int j) {
    char c = j < text.length() ? text.charAt(j) : ' ';
    if (c != 'Y' && c != 'I' && c != 'P') {
      return false; // most words: checked without a call, as this runs after most spaces
    }
    for (String opener : SENTENCE_OPENERS) {
      if (text.startsWith(opener, j)) {
        return true;
      }
    }
    return false;
  }

  /** "GS-4", "WG-10": a federal grade. */
  private static boolean gradeAt(String text, int j) {
    return j + 3 < text.length()
        && text.charAt(j + 2) == '-'
        && Character.isDigit(text.charAt(j + 3))
        && (text.startsWith("GS", j)
            || text.startsWith("WG", j)
            || text.startsWith("WL", j)
            || text.startsWith("NF", j));
  }

  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "fifteen",
          "eighteen",
          "twenty",
          "thirty",
          "forty");

  /**
   * "One (1) Three (3) years": the "(1) T" after a spelled number is its figure, not a numbered
   * path.
   */
  private static boolean spelledNumberBefore(String text, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return NUMBER_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** "2. " or "(2) A": a numbered path or part. */
  private static boolean numberedAt(String text, int j) {
    int n = text.length();
    if (j + 2 < n
        && Character.isDigit(text.charAt(j))
        && text.charAt(j + 1) == '.'
        && Character.isWhitespace(text.charAt(j + 2))) {
      return true;
    }
    if (j + 3 < n
        && text.charAt(j) == '('
        && Character.isDigit(text.charAt(j + 1))
        && text.charAt(j + 2) == ')'
        && Character.isWhitespace(text.charAt(j + 3))) {
      int k = skipWhitespace(text, j + 3);
      return k < n && text.charAt(k) >= 'A' && text.charAt(k) <= 'Z';
    }
    return false;
  }

  private static int skipWhitespace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** "U.S." or "A." before the period at i: one capital letter after a non-word character. */
  private static boolean initialBefore(String text, int i) {
    return i >= 1
        && text.charAt(i - 1) >= 'A'
        && text.charAt(i - 1) <= 'Z'
        && (i < 2 || !isWordChar(text.charAt(i - 2)));
  }

  /** "i.e.", "e.g.", "B.Sc." or "M.Sc." ending at the period at i. */
  private static boolean abbreviationBefore(String text, int i) {
    if (i < 3) {
      return false;
    }
    String s = text.substring(i - 3, i + 1);
    if ((s.equals("i.e.") || s.equals("e.g.")) && (i < 4 || !isWordChar(text.charAt(i - 4)))) {
      return true;
    }
    // "B.Sc. in Physics", "M.Sc. in Data Science": the degree's name, not a sentence's end
    return i >= 4
        && (text.regionMatches(true, i - 4, "b.sc.", 0, 5)
            || text.regionMatches(true, i - 4, "m.sc.", 0, 5))
        && (i < 5 || !isWordChar(text.charAt(i - 5)));
  }
}
