package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.CertificationRules.ANY_CERTIFICATION;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATIONS;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATION_CUE;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATION_LIST;
import static org.skillgap.core.requirements.CertificationRules.LICENCE_HEADING;
import static org.skillgap.core.requirements.CertificationRules.NAMED_LICENCE;
import static org.skillgap.core.requirements.CertificationRules.NAMED_REGISTRATION;
import static org.skillgap.core.requirements.CertificationRules.OR_BEFORE_LICENCE;
import static org.skillgap.core.requirements.Regexes.anyOf;
import static org.skillgap.core.requirements.Regexes.words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillgap.core.requirements.Requirements.Certification;
import org.skillgap.core.requirements.Requirements.DegreeLevel;

/**
 * Reads a posting's requirements from its text with plain rules, clause by clause. Postings,
 * public-sector ones above all, list alternative paths ("1. a baccalaureate degree; or 2. a high
 * school diploma and four years of experience"): the degree and the years kept are the standard
 * (first) path's, and a later path without a degree means experience is accepted instead. Within a
 * path, years are not a part of another figure ("two years of which must have been supervisory"),
 * not a conversion ("one year of work is equivalent to one year of school"), and not experience
 * offered instead of a diploma; a degree that "may be substituted for" experience, or that
 * coursework is "equivalent to", is not required. A clause that says "preferred", "a plus",
 * "desired" or "ideally", or any clause under a "Preferred skills" heading that does not say
 * "required" or "must", states a preference, not a requirement ("ideally" and "preferably" only for
 * what follows them).
 *
 * <p>Job-board postings state years as a list of floors ("5+ years of software development", "3
 * years with AWS"): the minimum is the smallest general floor, a tool's figure only where no
 * general one is stated ({@link YearsFigure}). "Or equivalent" after a degree or field is an
 * equivalent degree; only "or equivalent (practical, relevant, work) experience" accepts experience
 * instead.
 */
public final class RequirementRules {
  private RequirementRules() {}

  /**
   * A numbered or lettered path after the first, introduced by "or": "...; or 2. A high school
   * diploma ...".
   */
  static final Opening LATER_PATH =
      Opening.of(words("^\\s*(or\\s+)?\\(?([2-9]|[b-h](?=[.)](\\s|$)))[.)]"), "o(23456789bcdefgh");

  private static final Pattern ENDS_WITH_OR = words("\\bor\\s*$");
  static final Guarded LICENCE_SECTION =
      Guarded.of(
          words("\\b(licen[cs]e|licensure|certification|registration)\\s+requirements?\\b"),
          "licen",
          "certification",
          "registration");
  static final Guarded HEADING_GLUED =
      Guarded.of(
          words("(?<=\\S)\\s+((?:preferred|desired|desirable)\\s+(?:skills|qualifications?)\\s*:)"),
          "prefer",
          "desir");

  /**
   * A preference in parentheses inside a requirement: "a bachelor's degree (Master's degree or
   * higher preferred)".
   */
  private static final Pattern PAREN_PREFERENCE =
      words("\\([^()]*\\b(preferred|a plus|desired|desirable)\\b[^()]*\\)");

  /** Studies in progress, not a degree asked for: "enrolled as a degree-seeking student". */
  private static final Pattern STUDENT =
      words(
          "\\b(enrolled|enrollment|degree-seeking)\\b"
              // a PhD (or master's) to be earned in the post: "A PhD scholarship ... is available",
              // "PhD students"
              + "|\\b(ph\\.?\\s?d\\.?|doctoral|master'?s?)(\\s+degree)?\\s+(scholarship|stipend|student|fellowship|position)s?\\b");

  static final Opening ALL_PATHS =
      Opening.of(
          words(
              "^\\s*(however,?\\s+)?(all (candidates|applicants)|(candidates|applicants) must|must\\b|in addition\\b)"),
          "hacmi");

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

  /**
   * A grade of a multi-grade federal posting: "GS-11: ...", "To qualify for a GS-06, ...", "GS-4
   * Level: ...".
   */
  static final Opening GRADE =
      Opening.of(
          words(
              "^\\s*(to qualify (for|at) (a |an |the )?)?(gs|wg|wl|ws|nf|na)\\s?-\\s?\\d{1,2}\\b"),
          "tgwn");

  static final Guarded HIGHER_LEVEL =
      Guarded.of(
          words(
              "\\b(assignment level (ii|iii|iv|2|3|4)|eligible for placement in|to be assigned to (al|assignment))\\b"),
          "assign",
          "placement");
  static final Opening STARTS_WITH_OR = Opening.of(words("^\\s*or\\b"), "o");

  /**
   * A degree offered in place of experience ("a master's degree ... may be substituted for one year
   * of ...").
   */
  private static final Pattern SUBSTITUTES_FOR_EXPERIENCE =
      words("\\b(may|can) be substituted for (?!(the |a |an )?([\\w'-]+ )?degree)");

  /**
   * A degree named but not asked for: coursework "equivalent to a nursing degree", "the MSN
   * transcript".
   */
  private static final Pattern EQUIVALENT_TO_DEGREE =
      words(
          "\\bequivalent to (a|an|the) ([\\w-]+ ){0,3}degree\\b"
              // a degree's name on a document or a programme, not a degree asked for ("a copy of
              // the MSN transcript")
              + "|\\b(msn|bsn|mba|mph|msw|master'?s|bachelor'?s|bsc|msc|bs|ms|ba|ma)(\\s*/\\s*\\w+)?\\s+(bridge\\s+program|transcripts?|diplomas?)\\b");

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

  private static final Map<DegreeLevel, Pattern> DEGREES = new LinkedHashMap<>();

  /**
   * What makes "BS", "MS" or "MA" a degree and not Microsoft ("MS Office"), a business analyst ("a
   * BA") or a state ("Boston, MA", excluded before the abbreviation): a degree's word, a field, or
   * another degree after it ("BS in Computer Science", "BS/MS", "B.S or M.S degree").
   */
  private static final String AS_A_DEGREE =
      "(?=\\s*/\\s*\\w|\\s+or\\s+\\w|\\s+(degree|diploma|in)\\b)";

  /**
   * A degree with no level named ("a degree in Computer Science", "Final degree in ...", "have
   * degree in ..."): a first degree, so a bachelor's; read only where the clause names no degree
   * with a level.
   */
  private static final Pattern DEGREE_WITHOUT_LEVEL =
      words(
          "\\b(an?|have|has|hold|holds|final|first|relevant|completed)\\s+degree\\s+(in|within)\\b");

  /**
   * "If you have received a degree in Computer Science, you MUST list ...": a condition, not a
   * degree asked.
   */
  private static final Pattern CONDITIONAL =
      words("\\bif you (have |had )?(received|completed|earned|obtained)\\b");

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

  private static final Pattern EXPERIENCE_INSTEAD =
      words(
          // "or equivalent" alone is an equivalent degree or field ("BS in Computer Science or
          // equivalent"), not experience
          "\\b(or (the )?equivalent ((practical|relevant|work|working|professional|industry|job|hands-on) ){0,2}experience|equivalent combination of (education|training) and "
              + "experience|combination of (education|training) and experience|in lieu of (a |the )?(college |bachelor'?s )?degree|"
              + "may be substituted|substitut\\w+ (for|of) (the |a )?(education|degree)|experience (may|can) "
              + "(be )?substitute)");

  private static final Pattern CERTIFICATE_INSTEAD =
      words(
          "\\bdegree,? or (an? )?(relevant |professional |industry )?(certificat\\w+|licen[cs]e)\\b|"
              + "\\b(certificat\\w+|licen[cs]e) in lieu of (a |the )?degree\\b");

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
                  // a floor: YearsFigure)
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
   * Preferences that govern what follows them ("ideally within Finance"), not a figure before them.
   */
  private static final Pattern PREFIX_PREFERENCE = words("^(ideally|preferably)$");

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

  /** A heading after which everything is a preference, unless a clause says it is required. */
  static final Guarded PREFERRED_SECTION =
      Guarded.of(
          words(
              "\\b(preferred|desired|desirable)\\s+(skills|qualifications?|experience)\\s*:?\\s*$|^\\s*(preferred|desired|desirable)\\s+(skills|qualifications?)\\b"
                  + "|\\bnice to have(\\s+(skills|experience))?\\s*:\\s*$"),
          "prefer",
          "desir",
          "nice to have");

  static final Guarded REQUIRED =
      Guarded.of(words("\\b(required|requirements?|must)\\b"), "requir", "must");

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

  static final Pattern ANY_DEGREE = anyOf(DEGREES.values());

  /**
   * Words (ASCII lower case, split at anything but a-z and 0-9) or word beginnings of which every
   * match of a pattern above contains one: a clause holding none cannot match it, so the pattern, a
   * long alternation scanned at every position, is not run. Most clauses of a posting (duties,
   * about us) hold none. Keep in step with the patterns: {@code RequirementRulesTest} checks that
   * an example of every alternative passes its cue.
   */
  static final Cue DEGREE_CUE =
      new Cue(
          Set.of(
              "doctorate",
              "doctoral",
              "ph",
              "phd",
              "pharm",
              "pharmd",
              "psy",
              "psyd",
              "juris",
              "j",
              "doctor",
              "master",
              "masters",
              "m",
              "mba",
              "msw",
              "mph",
              "msn",
              "degree",
              "bachelor",
              "bachelors",
              "baccalaureate",
              "b",
              "bsn",
              "bs",
              "ba",
              "bsc",
              "beng",
              "ms",
              "msc",
              "meng",
              "ma"),
          List.of("graduat"),
          List.of("a.a."));

  /** Both cues, read at once: bit 0 the degree cue's, bit 1 the licence cue's. */
  private static final Cues CUES = new Cues(DEGREE_CUE, CERTIFICATION_CUE);

  private static final int DEGREE_CUED = 1;
  private static final int CERTIFICATION_CUED = 2;

  public static Requirements read(String text) {
    DegreesRead degrees = new DegreesRead();
    boolean experienceInstead = false;
    boolean certificateInstead = false;
    List<YearsFigure> figures = new ArrayList<>();
    boolean preferredSection = false;
    Map<String, Boolean> certs = new LinkedHashMap<>();
    boolean laterPath = false;
    boolean strictPreference = false;
    boolean gradeSeen = false;
    boolean listOfCertifications = false;
    boolean previousEndsWithOr = false;
    String normalised = straightApostrophes(text == null ? "" : text);
    // A "Preferred skills:" heading glued to the last requirement ("Must have a college degree
    // Preferred
    // skills: ...") starts its own clause.
    String lowerText = Cue.asciiLower(normalised);
    // The pattern starts with a look-behind, so it is tried at every position: the search starts at
    // the
    // white space before the first cue, where the earliest match can start.
    int firstCue = HEADING_GLUED.firstCue(lowerText);
    while (firstCue > 0 && Character.isWhitespace(normalised.charAt(firstCue - 1))) {
      firstCue--;
    }
    Matcher glued = firstCue >= 0 ? HEADING_GLUED.pattern().matcher(normalised) : null;
    if (glued != null && glued.find(firstCue)) {
      normalised = glued.replaceAll("\n$1");
      lowerText = Cue.asciiLower(normalised);
    }
    int[] bounds = Clauses.bounds(normalised);
    for (int k = 0; k < bounds.length; k += 2) {
      String clause = normalised.substring(bounds[k], bounds[k + 1]);
      if (clause.isBlank()) {
        continue;
      }
      // The clause as the cues read it (Guarded, Cues); kept in step when the clause is rewritten
      // below.
      String lower = lowerText.substring(bounds[k], bounds[k + 1]);
      int cued = CUES.scan(lower);
      char first = Opening.first(lower);
      boolean startsWithOr = STARTS_WITH_OR.find(clause, first);
      if (LATER_PATH.find(clause, first) && (previousEndsWithOr || startsWithOr)) {
        laterPath = true;
      } else if (startsWithOr && clause.strip().endsWith(":")) {
        laterPath = true; // "OR one of the following:" opens the alternatives listed after it
      }
      if (GRADE.find(clause, first)) {
        laterPath |=
            gradeSeen; // "GS-12: ..." after "GS-11: ...": the posting's lowest grade is the
        // standard path
        gradeSeen = true;
      }
      boolean allPaths = ALL_PATHS.find(clause, first);
      boolean licenceSection = LICENCE_SECTION.find(clause, lower);
      if (licenceSection) {
        preferredSection =
            false; // a "License Requirements" section after "Preferred skills" states requirements
      }
      // Within a grade's section ("GS-5 Level: ... In addition, ..."), "in addition" stays with
      // that grade.
      if (licenceSection || (allPaths && !gradeSeen)) {
        laterPath =
            false; // "License Requirement: ...", "Must possess ..." after the paths apply to every
        // path
      }
      strictPreference |= STRICT_PREFERRED_SECTION.find(clause, lower);
      previousEndsWithOr = endsWithOr(lower) && ENDS_WITH_OR.matcher(clause).find();
      if (PREFERRED_SECTION.find(clause, lower)) {
        preferredSection = true;
        continue;
      }
      if (clause.indexOf('(') >= 0) {
        Matcher paren = PAREN_PREFERENCE.matcher(clause);
        while (paren.find()) {
          DegreeLevel p = lowestDegree(paren.group(), CUES.scan(Cue.asciiLower(paren.group())));
          if (p != null) {
            degrees.add(p, true);
          }
        }
        clause = PAREN_PREFERENCE.matcher(clause).replaceAll(" ");
        lower = Cue.asciiLower(clause);
        cued = CUES.scan(lower);
      }
      if (HIGHER_LEVEL.find(clause, lower)) {
        continue; // "To be eligible for placement in Assignment Level II, ... two years": a higher
        // level's bar
      }
      // A "Driver License Requirement:" heading names no licence by itself.
      if (LICENCE_HEADING.mayMatch(lower)) {
        clause = LICENCE_HEADING.pattern().matcher(clause).replaceAll(" ");
        lower = Cue.asciiLower(clause);
        cued = CUES.scan(lower);
      }
      boolean sectionPrefers =
          strictPreference || (preferredSection && !REQUIRED.find(clause, lower));
      boolean prefers = sectionPrefers || PREFERRED.find(clause, lower);
      DegreeLevel lowest = lowestDegree(clause, cued);
      // "a degree in Computer Science": a degree, its level named nowhere in the clause
      boolean unlevelled =
          lowest == null
              && (cued & DEGREE_CUED) != 0
              && DEGREE_WITHOUT_LEVEL.matcher(clause).find()
              && !CONDITIONAL.matcher(clause).find();
      boolean degreeNamed = lowest != null || unlevelled;
      boolean notAsked =
          degreeNamed
              && (SUBSTITUTES_FOR_EXPERIENCE.matcher(clause).find()
                  || EQUIVALENT_TO_DEGREE.matcher(clause).find()
                  || STUDENT.matcher(clause).find());
      // "However, all candidates must have a baccalaureate degree": the floor under every path,
      // which does not
      // lower what the standard path asks.
      boolean floorOfAllPaths = allPaths && degrees.anyRequired();
      // A clause introduced by "OR" ("OR- a bachelor's degree in any field") is another way to
      // qualify.
      boolean alternativeHere = laterPath || STARTS_WITH_OR.find(clause, Opening.first(lower));
      // "a master degree ..., ideally with a focus on ...": the preference is the focus's, not the
      // degree's.
      boolean degreePreferred =
          degreeNamed
              && (sectionPrefers || (prefers && preferenceGoverns(clause, degreeAt(clause))));
      if (degreeNamed && !notAsked && !floorOfAllPaths && !(alternativeHere && !degreePreferred)) {
        degrees.add(lowest, degreePreferred);
        experienceInstead |= EXPERIENCE_INSTEAD.matcher(clause).find();
        certificateInstead |= CERTIFICATE_INSTEAD.matcher(clause).find();
      } else if (degrees.anyRequired()
          && !prefers
          && !degreeNamed
          && ALTERNATIVE_WITHOUT_DEGREE.find(clause, lower)) {
        experienceInstead =
            true; // a later path asks no degree: "2. A high school diploma and six years ..."
      }
      // "However, all candidates must have at least one year of ...": the floor under every path,
      // which does not
      // lower what the standard path asks (as for degrees).
      boolean floorOfAllPathsYears = allPaths && !figures.isEmpty();
      if (!sectionPrefers
          && !alternativeHere
          && !floorOfAllPathsYears
          && (figures.isEmpty()
              ? YEARS.mayMatch(lower)
              : figures.get(0).opensLine() && unitNearStart(lower))) {
        YearsFigure figure = firstFigure(clause, prefers, figures.isEmpty());
        if (figure != null) {
          figures.add(figure);
        }
      }
      boolean known = false;
      // "... the following certifications:" followed by the list: the list's items are
      // certifications.
      String certClause = listOfCertifications ? "certifications: " + clause : clause;
      boolean certificationCued =
          listOfCertifications || (cued & CERTIFICATION_CUED) != 0; // "certif" is a cue
      // The list runs on while its items end in ";".
      listOfCertifications =
          CERTIFICATION_LIST.find(clause, lower)
              || (listOfCertifications && clause.strip().endsWith(";"));
      for (Map.Entry<String, Pattern> c :
          certificationCued && ANY_CERTIFICATION.matcher(certClause).find()
              ? CERTIFICATIONS.entrySet()
              : Set.<Map.Entry<String, Pattern>>of()) {
        Matcher m = c.getValue().matcher(certClause);
        if (m.find()) {
          known = true;
          // A licence in a later path, or after "or" ("law school graduation or admission to the
          // Bar"), is one
          // way to qualify: named, not required.
          boolean alternative =
              alternativeHere
                  || OR_BEFORE_LICENCE.matcher(certClause.substring(0, m.start())).find();
          certs.merge(c.getKey(), !prefers && !alternative, Boolean::logicalOr);
        }
      }
      Matcher named =
          known || !NAMED_LICENCE.mayMatch(lower) ? null : NAMED_LICENCE.pattern().matcher(clause);
      Matcher registration =
          known || !NAMED_REGISTRATION.mayMatch(lower)
              ? null
              : NAMED_REGISTRATION.pattern().matcher(clause);
      if (named != null && named.find()) {
        certs.merge(
            named.group(1).trim() + " licence", !prefers && !alternativeHere, Boolean::logicalOr);
      } else if (registration != null && registration.find()) {
        certs.merge(
            registration.group(1).trim() + " registration",
            !prefers && !alternativeHere,
            Boolean::logicalOr);
      }
    }
    Integer minYears = YearsFigure.minimum(figures);
    List<Certification> certifications = new ArrayList<>();
    certs.forEach((name, req) -> certifications.add(new Certification(name, req)));
    return new Requirements(
        degrees.required(),
        degrees.preferred(),
        experienceInstead,
        certificateInstead,
        minYears,
        List.copyOf(certifications));
  }

  /**
   * Curly apostrophes ("Bachelor’s", "Driver’s") as straight ones, and Windows-1252's (U+0091,
   * U+0092 where a feed's bytes were read as Latin-1: "Driver\u0092s License"). String.replace
   * returns the text itself when it holds none, after a scan the JDK vectorises: cheaper than one
   * pass by hand.
   */
  static String straightApostrophes(String text) {
    return text.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u0092', '\'')
        .replace('\u0091', '\'');
  }

  /**
   * Whether a lower-cased clause ends with "or" and white space: the cue of {@link #ENDS_WITH_OR}.
   */
  private static boolean endsWithOr(String lower) {
    int end = lower.length();
    while (end > 0 && " \t\n\u000B\f\r".indexOf(lower.charAt(end - 1)) >= 0) {
      end--;
    }
    return lower.startsWith("or", end - 2);
  }

  static final Guarded ALTERNATIVE_WITHOUT_DEGREE =
      Guarded.of(
          words(
              "\\b(high school (diploma|graduation)|(education and/or )?experience (which is )?equivalent to|satisfactory equivalent)\\b"),
          "high school",
          "equivalent");

  /**
   * The degrees a posting names, required and preferred: of each the lowest. A degree with no level
   * named ("a degree in Computer Science", null here) is a first degree, a bachelor's, only where
   * the posting names no level: elsewhere the level named says which degree is meant ("a doctoral
   * degree in psychology ... an applicant with a degree in school psychology is not eligible").
   */
  private static final class DegreesRead {
    private DegreeLevel required;
    private DegreeLevel preferred;
    private boolean unlevelledRequired;
    private boolean unlevelledPreferred;

    /** A degree asked or preferred; {@code level} null for one with no level named. */
    void add(DegreeLevel level, boolean isPreferred) {
      if (level == null) {
        unlevelledRequired |= !isPreferred;
        unlevelledPreferred |= isPreferred;
      } else if (isPreferred) {
        preferred = preferred == null || level.compareTo(preferred) < 0 ? level : preferred;
      } else {
        required = required == null || level.compareTo(required) < 0 ? level : required;
      }
    }

    boolean anyRequired() {
      return required != null || unlevelledRequired;
    }

    DegreeLevel required() {
      return required != null
          ? required
          : unlevelledRequired ? DegreeLevel.BACHELOR : DegreeLevel.NONE;
    }

    DegreeLevel preferred() {
      return preferred != null
          ? preferred
          : unlevelledPreferred ? DegreeLevel.BACHELOR : DegreeLevel.NONE;
    }
  }

  /**
   * A figure of years the standard path asks, and whether it is one tool's or duty's ("1 year with
   * a public cloud", "+1 years leading a team") rather than the posting's general figure ("6 years
   * in software engineering").
   */
  record YearsFigure(int years, boolean perTool, boolean opensLine) {
    /**
     * The posting's minimum: the smallest general figure (each line states a floor; the lowest is
     * the one a candidate must meet), or with only per-tool figures the largest of them (each
     * tool's floor must be met).
     */
    static Integer minimum(List<YearsFigure> figures) {
      Integer general = null;
      Integer perTool = null;
      for (YearsFigure f : figures) {
        if (!f.perTool()) {
          general = general == null ? f.years() : Math.min(general, f.years());
        } else {
          perTool = perTool == null ? f.years() : Math.max(perTool, f.years());
        }
      }
      return general != null ? general : perTool;
    }
  }

  /**
   * The clause's first figure of years a candidate must have, or null. Later figures of a clause
   * are its parts or alternatives ("six years, two of which ...", "three years, or two with a
   * master's").
   */
  private static YearsFigure firstFigure(String clause, boolean prefers, boolean first) {
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

  /** Where the clause's first degree is named. */
  private static int degreeAt(String clause) {
    Matcher m = ANY_DEGREE.matcher(clause);
    if (m.find()) {
      return m.start();
    }
    m = DEGREE_WITHOUT_LEVEL.matcher(clause);
    return m.find() ? m.start() : 0;
  }

  /**
   * Whether a lower-cased clause names a unit of years near its start, where a figure opening the
   * line has it ({@link #LINE_OF_ITS_OWN}): after the first figure, only such clauses are scanned
   * for one, and most clauses naming a year ("goals for the year") are not.
   */
  private static boolean unitNearStart(String lower) {
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

  /**
   * Whether the clause's preference covers a figure starting at {@code at}: any preference does,
   * except "ideally" or "preferably" after it, which govern what follows them ("2 years, ideally
   * within Finance").
   */
  private static boolean preferenceGoverns(String clause, int at) {
    Matcher p = PREFERRED.pattern().matcher(clause);
    while (p.find()) {
      if (p.start() < at || !PREFIX_PREFERENCE.matcher(p.group()).find()) {
        return true;
      }
    }
    return false;
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

  /**
   * The degree a clause asks for: of degrees offered as alternatives ("a bachelor's or master's
   * degree") the lowest, of degrees asked together ("a baccalaureate degree and a master's degree
   * in social work") the highest. Null when the clause names none.
   */
  private static DegreeLevel lowestDegree(String clause, int cued) {
    if ((cued & DEGREE_CUED) == 0) {
      return null;
    }
    if (!ANY_DEGREE.matcher(clause).find()) {
      return null;
    }
    java.util.TreeMap<Integer, DegreeLevel> byPosition = new java.util.TreeMap<>();
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

  private static int number(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return WORDS.containsKey(t) ? WORDS.get(t) : Integer.parseInt(t);
  }
}
