package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.PreferenceRules.preferenceGoverns;
import static org.skillgap.core.requirements.Regexes.words;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years of experience a clause asks: its first figure that is not a part of another figure, a
 * conversion, an alternative to a diploma or a preference ({@link RequirementRules} says why).
 */
final class YearsRules {
  private YearsRules() {}

  private static final String NUMBER =
      "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a couple of)";

  /**
   * "six (6)", and a range of two such ("One (1) - Three (3)", "two (2) to four (4)", or with the
   * dash lost).
   */
  private static final String SPELLED_FIGURE =
      "[a-z]+(?:-[a-z]+)?\\s*\\(\\s*(?<paren>\\d{1,3})\\s*\\)\\s*"
          + "(?:(?:[-\\u2013\\u2014]|to)?\\s*[a-z]+(?:-[a-z]+)?\\s*\\(\\s*\\d{1,3}\\s*\\)\\s*)?";

  /**
   * The upper end of a range, after any dash or "to": "3-5", "3\u20135", "3 \u2014 5", "3 to 5",
   * "two to four (4)".
   */
  private static final String RANGE_END =
      "(?:(?:[-\\u2013\\u2014]|to)\\s*" + NUMBER + "\\s*(?:\\(\\s*\\d{1,3}\\s*\\)\\s*)?)?";

  static final Guarded YEARS =
      Guarded.of(
          words(
              "\\b(?:"
                  + SPELLED_FIGURE
                  + "|(?<figure>"
                  + NUMBER
                  + ")\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?)(?<plus>\\+|or more|plus)?\\s*"
                  + RANGE_END
                  + "(?:full\\s+|full-time\\s+)?(?<unit>years?|months?|weeks?)'?"
                  + "(?:(?:\\s+|\\s+of\\s+)(?:[\\w,/()'-]+\\s+){0,8}?experience|\\s+equivalent to (?:at least )?the next lower grade"
                  // "5 years knowledge of Typescript"; "3+ years as a data engineer" (checked to be
                  // a floor: statedAsFloor)
                  + "|\\s+(?:of\\s+)?(?<knowledge>knowledge)\\b|\\s+(?:working\\s+|work\\s+)?(?<asRole>as)\\s+an?\\s)"),
          "year",
          "month",
          "week");

  /**
   * A part of another figure, not a figure: "two years of which", "two years of this experience".
   */
  private static final Pattern PART =
      words(
          "^'?\\s+(of\\s+)?(which|this|that|such|these|said)\\b|^'?\\s+of\\s+the\\s+(experience|above|required)\\b");

  /**
   * Experience with a tool or in one duty ("with AWS", "working on UNIX", "leading a team"): a
   * per-tool figure.
   */
  private static final Pattern PER_TOOL =
      words("^\\s*(with|on|using|leading|managing|supervising|working (with|on))\\b");

  /**
   * What may open a requirement line before its figure ("5+ years ...", "At least 3 years ...",
   * "You have more than 5 years ...", "* +4 years ...", in digits). Where the posting's first
   * figure opens such a line, it states its years as a list of floors, and later lines of the same
   * kind add figures (the smallest general one is the posting's minimum). Where the first figure
   * sits in a sentence (a numbered path: "1. A baccalaureate degree and four years of ..."), later
   * figures are parts, substitutions, other paths or preferences ("including 18 months", "may be
   * substituted for one year", a feed's preferred-skills column): the first figure decides.
   */
  private static final Pattern LINE_OF_ITS_OWN =
      words(
          "^[^\\w(]*((you\\s+)?(have|has|possess|bring)\\s+)?((at least|a minimum of|minimum of|minimum|more than|over)\\s+)?\\+?\\s*$");

  /** A floor stated before a figure: "at least", "a minimum of", "more than", "+5 years". */
  private static final Pattern FLOOR_BEFORE =
      words("(\\b(at least|minimum( of)?|more than|over)|\\+)\\s*$");

  /**
   * A years figure that only converts ("one year of experience is equivalent to one year of
   * school").
   */
  private static final Pattern CONVERSION =
      words("^\\s*(is|are|will be|may be|can be)\\s+(equivalent|credited|substitut\\w+|accepted)");

  /**
   * A years figure offered instead of a diploma ("a high school diploma ... OR at least one year of
   * ...").
   */
  private static final Pattern DIPLOMA = words("\\b(diploma|ged|high school|credential)\\b");

  private static final Pattern OR_BEFORE = words("\\bor\\s+(at least\\s+|a minimum of\\s+)?$");

  /**
   * The clause's first figure of years a candidate must have, or null. Later figures of a clause
   * are its parts or alternatives ("six years, two of which ...", "three years, or two with a
   * master's").
   */
  static YearsFigure firstFigure(String clause, boolean prefers, boolean first) {
    Matcher y = YEARS.pattern().matcher(clause);
    while (y.find()) {
      // A list of floors is written in digits ("5+ years"); a path's sentence spells its figure
      // ("Six (6) years")
      boolean opensLine =
          y.group("figure") != null
              && Character.isDigit(y.group("figure").charAt(0))
              && LINE_OF_ITS_OWN.matcher(clause.substring(0, y.start())).find();
      if (!first && !opensLine) {
        continue; // after the first figure, only a line of its own adds one (see LINE_OF_ITS_OWN)
      }
      if (CONVERSION.matcher(clause.substring(y.end())).find()
          || insteadOfDiploma(clause, y.start())
          || PART.matcher(clause.substring(y.end("unit"))).find()
          || (y.group("asRole") != null && !statedAsFloor(clause, y))
          || (prefers && preferenceGoverns(clause, y.start()))) {
        continue;
      }
      int years =
          years(
              number(y.group("paren") != null ? y.group("paren") : y.group("figure")),
              y.group("unit"));
      if (years > 0 && years <= 30) {
        return new YearsFigure(
            years,
            y.group("knowledge") != null || PER_TOOL.matcher(clause.substring(y.end())).find(),
            opensLine);
      }
    }
    return null;
  }

  /**
   * Whether a lower-cased clause names a unit of years near its start, where a figure opening the
   * line has it ({@link #LINE_OF_ITS_OWN}): after the first figure, only such clauses are scanned
   * for one, and most clauses naming a year ("goals for the year") are not.
   */
  static boolean unitNearStart(String lower) {
    String start = lower.length() <= 60 ? lower : lower.substring(0, 60);
    for (String unit : YEARS.cues()) {
      if (start.contains(unit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "3+ years as a data engineer", "at least 4 years as a": a floor, not a company's age ("20 years
   * as a leader").
   */
  private static boolean statedAsFloor(String clause, Matcher y) {
    return y.group("plus") != null
        || FLOOR_BEFORE.matcher(clause.substring(Math.max(0, y.start() - 25), y.start())).find();
  }

  private static boolean insteadOfDiploma(String clause, int at) {
    String before = clause.substring(0, at);
    return DIPLOMA.matcher(before).find() && OR_BEFORE.matcher(before).find();
  }

  /** Whole years of a figure in years, months (36 months: 3) or weeks (52 weeks: 1). */
  private static int years(int n, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.startsWith("month") ? n / 12 : u.startsWith("week") ? n / 52 : n;
  }

  /** The figures spelled out, as {@link #NUMBER} spells them. */
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("a couple of", 2));

  private static int number(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return WORDS.containsKey(t) ? WORDS.get(t) : Integer.parseInt(t);
  }
}
