package org.skillgap.core.requirements;

import java.util.regex.Pattern;

/**
 * A pattern anchored at a clause's start ("^\\s*..."), with the lower-case characters its match can
 * start with after the white space: it runs only on clauses that start with one. Creating a matcher
 * per pattern per clause was a third of what reading requirements cost. Keep the characters in step
 * with the pattern: {@code RequirementRulesTest} checks examples of each.
 */
record Opening(Pattern pattern, String firsts) {
  static Opening of(Pattern pattern, String firsts) {
    return new Opening(pattern, firsts);
  }

  /**
   * The first character of a lower-cased clause after what the patterns' {@code \\s} skips, or a
   * space.
   */
  static char first(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (" \t\n\u000B\f\r".indexOf(c) < 0) {
        return c;
      }
    }
    return ' ';
  }

  /** Whether the clause matches; {@code first} is {@link #first} of its lower case. */
  boolean find(String clause, char first) {
    return firsts.indexOf(first) >= 0 && pattern.matcher(clause).find();
  }
}
