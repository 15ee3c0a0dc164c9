package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.Regexes.words;

import java.util.regex.Pattern;

/**
 * Which of a posting's alternative paths a clause belongs to: the standard (first) path, a later
 * one ("...; or 2. A high school diploma and ..."), a higher grade of a multi-grade federal
 * posting, or every path ("However, all candidates must ...").
 */
final class PathRules {
  private PathRules() {}

  /**
   * A numbered or lettered path after the first, introduced by "or": "...; or 2. A high school
   * diploma ...".
   */
  static final Opening LATER_PATH =
      Opening.of(words("^\\s*(or\\s+)?\\(?([2-9]|[b-h](?=[.)](\\s|$)))[.)]"), "o(23456789bcdefgh");

  /** A clause ending in "or": the next one, if numbered or lettered, is another path. */
  static final Pattern ENDS_WITH_OR = words("\\bor\\s*$");

  /**
   * A clause that applies to every path, not only to the one before it ("However, all candidates
   * must ...", "Must possess ...", "In addition, ...").
   */
  static final Opening ALL_PATHS =
      Opening.of(
          words(
              "^\\s*(however,?\\s+)?(all (candidates|applicants)|(candidates|applicants) must|must\\b|in addition\\b)"),
          "hacmi");

  /**
   * A grade of a multi-grade federal posting: "GS-11: ...", "To qualify for a GS-06, ...", "GS-4
   * Level: ...".
   */
  static final Opening GRADE =
      Opening.of(
          words(
              "^\\s*(to qualify (for|at) (a |an |the )?)?(gs|wg|wl|ws|nf|na)\\s?-\\s?\\d{1,2}\\b"),
          "tgwn");

  /**
   * A higher level's bar, not the posting's: "To be eligible for placement in Assignment Level II,
   * ... two years".
   */
  static final Guarded HIGHER_LEVEL =
      Guarded.of(
          words(
              "\\b(assignment level (ii|iii|iv|2|3|4)|eligible for placement in|to be assigned to (al|assignment))\\b"),
          "assign",
          "placement");

  /**
   * A clause introduced by "OR" ("OR- a bachelor's degree in any field"): another way to qualify.
   */
  static final Opening STARTS_WITH_OR = Opening.of(words("^\\s*or\\b"), "o");

  /**
   * Whether a lower-cased clause ends with "or" and white space: the cue of {@link #ENDS_WITH_OR}.
   */
  static boolean endsWithOr(String lower) {
    int end = lower.length();
    while (end > 0 && " \t\n\u000B\f\r".indexOf(lower.charAt(end - 1)) >= 0) {
      end--;
    }
    return lower.startsWith("or", end - 2);
  }

  /** A path that asks no degree: "2. A high school diploma and six years ...". */
  static final Guarded ALTERNATIVE_WITHOUT_DEGREE =
      Guarded.of(
          words(
              "\\b(high school (diploma|graduation)|(education and/or )?experience (which is )?equivalent to|satisfactory equivalent)\\b"),
          "high school",
          "equivalent");
}
