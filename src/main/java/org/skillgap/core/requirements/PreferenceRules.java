package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.Regexes.words;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause states a preference, not a requirement: by its own words ("preferred", "a plus",
 * "ideally"), in parentheses, or by the section it sits in ("Preferred skills:", "Best Qualified
 * Criteria").
 */
final class PreferenceRules {
  private PreferenceRules() {}

  /**
   * A "License Requirements" section: it states requirements, even after "Preferred skills", of
   * every path.
   */
  static final Guarded LICENCE_SECTION =
      Guarded.of(
          words("\\b(licen[cs]e|licensure|certification|registration)\\s+requirements?\\b"),
          "licen",
          "certification",
          "registration");

  /**
   * A "Preferred skills:" heading glued to the last requirement ("Must have a college degree
   * Preferred skills: ..."), which must start its own clause.
   */
  static final Guarded HEADING_GLUED =
      Guarded.of(
          words("(?<=\\S)\\s+((?:preferred|desired|desirable)\\s+(?:skills|qualifications?)\\s*:)"),
          "prefer",
          "desir");

  /**
   * A preference in parentheses inside a requirement: "a bachelor's degree (Master's degree or
   * higher preferred)".
   */
  static final Pattern PAREN_PREFERENCE =
      words("\\([^()]*\\b(preferred|a plus|desired|desirable)\\b[^()]*\\)");

  /**
   * Criteria that rank qualified applicants, where even "must" states a preference ("Best Qualified
   * Criteria: ...").
   */
  static final Guarded STRICT_PREFERRED_SECTION =
      Guarded.of(
          words(
              "\\b(best qualified|highly preferred|highly qualifying|highly qualified)\\s+(criteria|candidates?)\\b"),
          "best qualified",
          "highly");

  /** Words that make a clause state a preference, not a requirement. */
  static final Guarded PREFERRED =
      Guarded.of(
          words(
              "\\b(preferred|preferably|a plus|is a plus|nice to have|desired|desirable|helpful|ideally|bonus|advantageous|"
                  + "may be required|if required|best qualified|highly preferred|for (appointment to )?certain (positions|assignments)|"
                  + "we (would )?prefer|you may have|(the|an|our) ideal candidate)\\b"),
          "prefer",
          "plus",
          "nice to have",
          "desir",
          "helpful",
          "ideally",
          "bonus",
          "advantageous",
          "required",
          "best qualified",
          "certain",
          "you may have",
          "ideal candidate");

  /**
   * Preferences that govern what follows them ("ideally within Finance"), not a figure before them.
   */
  private static final Pattern PREFIX_PREFERENCE = words("^(ideally|preferably)$");

  /** A heading after which everything is a preference, unless a clause says it is required. */
  static final Guarded PREFERRED_SECTION =
      Guarded.of(
          words(
              "\\b(preferred|desired|desirable)\\s+(skills|qualifications?|experience)\\s*:?\\s*$|^\\s*(preferred|desired|desirable)\\s+(skills|qualifications?)\\b"
                  + "|\\bnice to have(\\s+(skills|experience))?\\s*:\\s*$"),
          "prefer",
          "desir",
          "nice to have");

  /** Words that make a clause under a preferred-skills heading a requirement after all. */
  static final Guarded REQUIRED =
      Guarded.of(words("\\b(required|requirements?|must)\\b"), "requir", "must");

  /**
   * Whether the clause's preference covers a figure starting at {@code at}: any preference does,
   * except "ideally" or "preferably" after it, which govern what follows them ("2 years, ideally
   * within Finance").
   */
  static boolean preferenceGoverns(String clause, int at) {
    Matcher p = PREFERRED.pattern().matcher(clause);
    while (p.find()) {
      if (p.start() < at || !PREFIX_PREFERENCE.matcher(p.group()).find()) {
        return true;
      }
    }
    return false;
  }
}
