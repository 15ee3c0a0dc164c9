package org.skillgap.core.requirements;

import java.util.List;
import java.util.Set;

/**
 * Words, word beginnings and raw substrings, one of which a clause must hold for a pattern to
 * match.
 */
record Cue(Set<String> words, List<String> stems, List<String> substrings) {
  /** A cue's words written as one list, separated by spaces. */
  static Set<String> wordSet(String spaceSeparated) {
    return Set.of(spaceSeparated.strip().split(" +"));
  }

  boolean in(String clause) {
    return new Cues(this).scan(asciiLower(clause)) != 0;
  }

  static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Lower case for A-Z only: what the patterns' CASE_INSENSITIVE flag folds, and nothing else. */
  static String asciiLower(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return chars == null ? s : new String(chars);
  }
}
