package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.Regexes.anyOf;
import static org.skillgap.core.requirements.Regexes.words;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillgap.core.requirements.Requirements.DegreeLevel;

/**
 * The degrees a clause names, and whether it asks for them: a degree that "may be substituted for"
 * experience, that coursework is "equivalent to", or that a student is earning is named, not asked.
 * Also whether experience or a certificate is accepted instead of a degree.
 */
final class DegreeRules {
  private DegreeRules() {}

  /** Studies in progress, not a degree asked for: "enrolled as a degree-seeking student". */
  static final Pattern STUDENT =
      words(
          "\\b(enrolled|enrollment|degree-seeking)\\b"
              // a PhD (or master's) to be earned in the post: "A PhD scholarship ... is available",
              // "PhD students"
              + "|\\b(ph\\.?\\s?d\\.?|doctoral|master'?s?)(\\s+degree)?\\s+(scholarship|stipend|student|fellowship|position)s?\\b");

  /**
   * A degree offered in place of experience ("a master's degree ... may be substituted for one year
   * of ...").
   */
  static final Pattern SUBSTITUTES_FOR_EXPERIENCE =
      words("\\b(may|can) be substituted for (?!(the |a |an )?([\\w'-]+ )?degree)");

  /**
   * A degree named but not asked for: coursework "equivalent to a nursing degree", "the MSN
   * transcript".
   */
  static final Pattern EQUIVALENT_TO_DEGREE =
      words(
          "\\bequivalent to (a|an|the) ([\\w-]+ ){0,3}degree\\b"
              // a degree's name on a document or a programme, not a degree asked for ("a copy of
              // the MSN transcript")
              + "|\\b(msn|bsn|mba|mph|msw|master'?s|bachelor'?s|bsc|msc|bs|ms|ba|ma)(\\s*/\\s*\\w+)?\\s+(bridge\\s+program|transcripts?|diplomas?)\\b");

  private static final Map<DegreeLevel, Pattern> DEGREES = new LinkedHashMap<>();

  /**
   * What makes "BS", "MS" or "MA" a degree and not Microsoft ("MS Office"), a business analyst ("a
   * BA") or a state ("Boston, MA", excluded before the abbreviation): a degree's word, a field, or
   * another degree after it ("BS in Computer Science", "BS/MS", "B.S or M.S degree").
   */
  private static final String AS_A_DEGREE =
      "(?=\\s*/\\s*\\w|\\s+or\\s+\\w|\\s+(degree|diploma|in)\\b)";

  // Highest level first: where two levels match at one position, lowestDegree keeps the first.
  static {
    DEGREES.put(
        DegreeLevel.DOCTORATE,
        words(
            "\\b(doctorate|doctoral|ph\\.?\\s?d\\.?|pharm\\.?\\s?d|psy\\.?\\s?d|juris doctor|j\\.d\\.|doctor of \\w+|"
                + "graduat\\w* (from |of )?(an? )?([\\w.]+ ){0,3}law school|law degree)(?!\\w)"));
    DEGREES.put(
        DegreeLevel.MASTER,
        words(
            "\\b(master'?s|masters|master(?= degree)|master of (science|arts|business|public|social)|m\\.?b\\.?a\\.?|m\\.s\\.|m\\.a\\.|msw|mph|msn|graduate degree|advanced degree|"
                + "(?<!,\\s)(ms|msc|m\\.sc|m\\.s|meng|m\\.eng|ma)\\.?"
                + AS_A_DEGREE
                + ")(?!\\w)"));
    DEGREES.put(
        DegreeLevel.BACHELOR,
        words(
            "\\b(bachelor'?s|bachelors|bachelor of (science|arts)|baccalaureate|b\\.s\\.|b\\.a\\.|bsn|undergraduate degree|four-year (college )?degree|"
                + "college degree|university degree|4-year degree|(?<=(must have|must possess|must hold|requires) )an? degree|"
                + "(?<!,\\s)(bs|ba|bsc|b\\.sc|b\\.s|b\\.a|beng|b\\.eng)\\.?"
                + AS_A_DEGREE
                + ")(?!\\w)"));
    DEGREES.put(
        DegreeLevel.ASSOCIATE,
        words(
            "\\b(associate'?s degree|associate degree|associates degree|two-year (college )?degree|2-year degree|a\\.a\\.s?\\.)(?!\\w)"));
  }

  /**
   * A degree with no level named ("a degree in Computer Science", "Final degree in ...", "have
   * degree in ..."): a first degree, so a bachelor's; read only where the clause names no degree
   * with a level.
   */
  static final Pattern DEGREE_WITHOUT_LEVEL =
      words(
          "\\b(an?|have|has|hold|holds|final|first|relevant|completed)\\s+degree\\s+(in|within)\\b");

  /**
   * "If you have received a degree in Computer Science, you MUST list ...": a condition, not a
   * degree asked.
   */
  static final Pattern CONDITIONAL =
      words("\\bif you (have |had )?(received|completed|earned|obtained)\\b");

  static final Pattern EXPERIENCE_INSTEAD =
      words(
          // "or equivalent" alone is an equivalent degree or field ("BS in Computer Science or
          // equivalent"), not experience
          "\\b(or (the )?equivalent ((practical|relevant|work|working|professional|industry|job|hands-on) ){0,2}experience|equivalent combination of (education|training) and "
              + "experience|combination of (education|training) and experience|in lieu of (a |the )?(college |bachelor'?s )?degree|"
              + "may be substituted|substitut\\w+ (for|of) (the |a )?(education|degree)|experience (may|can) "
              + "(be )?substitute)");

  static final Pattern CERTIFICATE_INSTEAD =
      words(
          "\\bdegree,? or (an? )?(relevant |professional |industry )?(certificat\\w+|licen[cs]e)\\b|"
              + "\\b(certificat\\w+|licen[cs]e) in lieu of (a |the )?degree\\b");

  static final Pattern ANY_DEGREE = anyOf(DEGREES.values());

  /**
   * Words (ASCII lower case, split at anything but a-z and 0-9), word beginnings or substrings of
   * which every match of {@link #DEGREES} and {@link #DEGREE_WITHOUT_LEVEL} contains one: a clause
   * holding none cannot match it, so the pattern, a long alternation scanned at every position, is
   * not run. Most clauses of a posting (duties, about us) hold none. Keep in step with the
   * patterns: {@code RequirementRulesTest} checks that an example of every alternative passes its
   * cue.
   */
  static final Cue DEGREE_CUE =
      new Cue(
          Cue.wordSet(
              "doctorate doctoral ph phd pharm pharmd psy psyd juris j doctor master masters "
                  + "m mba msw mph msn degree bachelor bachelors baccalaureate b bsn bs ba bsc "
                  + "beng ms msc meng ma"),
          List.of("graduat"),
          List.of("a.a."));

  /** Where the clause's first degree is named. */
  static int degreeAt(String clause) {
    Matcher m = ANY_DEGREE.matcher(clause);
    if (m.find()) {
      return m.start();
    }
    m = DEGREE_WITHOUT_LEVEL.matcher(clause);
    return m.find() ? m.start() : 0;
  }

  /**
   * The degree a clause asks for: of degrees offered as alternatives ("a bachelor's or master's
   * degree") the lowest, of degrees asked together ("a baccalaureate degree and a master's degree
   * in social work") the highest. Null when the clause names none; {@code cued} is whether {@link
   * #DEGREE_CUE} passes it.
   */
  static DegreeLevel lowestDegree(String clause, boolean cued) {
    if (!cued) {
      return null;
    }
    if (!ANY_DEGREE.matcher(clause).find()) {
      return null;
    }
    TreeMap<Integer, DegreeLevel> byPosition = new TreeMap<>();
    for (Map.Entry<DegreeLevel, Pattern> d : DEGREES.entrySet()) {
      Matcher m = d.getValue().matcher(clause);
      while (m.find()) {
        byPosition.putIfAbsent(m.start(), d.getKey());
      }
    }
    DegreeLevel result = null;
    int previousEnd = -1;
    for (Map.Entry<Integer, DegreeLevel> e : byPosition.entrySet()) {
      DegreeLevel level = e.getValue();
      if (result == null) {
        result = level;
      } else {
        String between = clause.substring(previousEnd, e.getKey());
        boolean together = AND.matcher(between).find() && !OR.matcher(between).find();
        result =
            together
                ? (level.compareTo(result) > 0 ? level : result)
                : (level.compareTo(result) < 0 ? level : result);
      }
      previousEnd = e.getKey();
    }
    return result;
  }

  private static final Pattern AND = words("\\band (a|an)\\b");

  // "college or university" names the school, not an alternative degree.
  private static final Pattern OR = words("\\bor\\b(?!\\s+universit)");
}
