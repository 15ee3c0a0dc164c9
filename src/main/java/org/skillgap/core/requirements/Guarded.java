package org.skillgap.core.requirements;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern scanned at every position of a clause, with the lower-case parts one of which every
 * match of it holds: it runs only on clauses holding one. Most clauses of a posting (duties, about
 * us) hold none, and a case-insensitive scan of every position is most of what reading requirements
 * costs. Keep the parts in step with the pattern: {@code RequirementRulesTest} checks examples of
 * each.
 */
record Guarded(Pattern pattern, List<String> cues) {
  static Guarded of(Pattern pattern, String... cues) {
    return new Guarded(pattern, List.of(cues));
  }

  /** Whether a clause lower-cased with {@link Cue#asciiLower} holds one of the cues. */
  boolean mayMatch(String lower) {
    for (String cue : cues) {
      if (lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  boolean find(String clause, String lower) {
    return mayMatch(lower) && pattern.matcher(clause).find();
  }

  /**
   * Where the first cue starts in a lower-cased text, or -1: no match starts after the white space
   * before it.
   */
  int firstCue(String lower) {
    int first = -1;
    for (String cue : cues) {
      int at = lower.indexOf(cue);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }
}
