package org.skillgap.core.extract;

import java.util.regex.Pattern;

/**
 * Sentences that set out several ways to qualify, each of which is enough: "1 year of specialized
 * experience ... OR Have successfully completed 2 years above high school", "(1) a baccalaureate
 * degree and two years of experience in ...; or (2) ...", "a) economic research assignments ...; b)
 * project coordination ...; or c) teaching". A skill in one route is one way in, not what the job
 * asks of everyone, so readers of demand judged these lines wrong (the `alternative` class of the
 * demand audit, docs/evaluation.md). Which route a candidate takes is the requirement rules' to
 * read, not demand's.
 */
final class AlternativeRoutes {

  private AlternativeRoutes() {}

  /**
   * "OR" in capitals between routes, as federal announcements write it, often glued to its
   * neighbours by lost line breaks ("results.ORPossess a Ph.D.", "~OR~At least one year"). Only
   * before the words a route opens with: "OR" is also the operating room ("OR Nurse") and Oregon.
   */
  private static final Pattern ROUTE_OR =
      Pattern.compile(
          "(?<![A-Za-z/])~?OR~?\\s*[-–:~]?\\s*(Have|Possess|Education|Specialized|Combination|Completion|Completed"
              + "|Successful|Successfully|A|An|At|One|Two|Three|Four|Superior|Must|Bachelor|Master|Graduate"
              + "|Experience|Equivalent|Undergraduate|Post-?[Bb]accalaureate)\\b"
              + "|(?<=[a-z.)])OR(?=(Have|Possess|Education|Specialized|Combination|Completion|Successful|At|A|An)\\b)");

  /**
   * Numbered or lettered routes in one sentence: "; or (2) ...", "; or c) teaching assignments",
   * "...; or 2." (NYC civil-service titles end a route so).
   */
  private static final Pattern NUMBERED_ROUTES =
      Pattern.compile(
          "(;|,)?\\s*\\bor\\s+\\(?\\s*(\\d|ii|iii|iv|[b-d])\\s*[).]", Pattern.CASE_INSENSITIVE);

  /** True when the sentence sets out alternative routes in: none of its skills is asked of all. */
  static boolean isAlternativeRoutes(String sentence) {
    return ROUTE_OR.matcher(sentence).find() || NUMBERED_ROUTES.matcher(sentence).find();
  }
}
