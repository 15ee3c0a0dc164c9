package org.skillgap.core.requirements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** How the rules compile their patterns, and one pattern that stands in for many. */
final class Regexes {
  private Regexes() {}

  /** The rules read words, whatever their case. */
  static Pattern words(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /**
   * One pattern that finds whatever any of the given patterns finds (and maybe more), so a clause
   * naming no degree or licence costs one scan, not one per pattern. Every pattern here starts with
   * a word boundary, which Java checks at each position before anything else; factored out, it is
   * checked once per position.
   */
  static Pattern anyOf(Collection<Pattern> patterns) {
    List<String> bounded = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (Pattern p : patterns) {
      for (String alternative : topLevelAlternatives(p.pattern())) {
        if (alternative.startsWith("\\b")) {
          bounded.add(alternative.substring(2));
        } else {
          other.add(alternative);
        }
      }
    }
    StringBuilder sb = new StringBuilder("\\b(?:").append(String.join("|", bounded)).append(')');
    other.forEach(o -> sb.append("|(?:").append(o).append(')'));
    return words(sb.toString());
  }

  /** A regex's alternatives at nesting depth 0 ("a|(b|c)|d": "a", "(b|c)", "d"). */
  static List<String> topLevelAlternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return out;
  }
}
