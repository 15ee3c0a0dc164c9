package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.CertificationRules.ANY_CERTIFICATION;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATIONS;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATION_LIST;
import static org.skillgap.core.requirements.CertificationRules.LICENCE_HEADING;
import static org.skillgap.core.requirements.CertificationRules.NAMED_LICENCE;
import static org.skillgap.core.requirements.CertificationRules.NAMED_REGISTRATION;
import static org.skillgap.core.requirements.CertificationRules.OR_BEFORE_LICENCE;
import static org.skillgap.core.requirements.DegreeRules.CERTIFICATE_INSTEAD;
import static org.skillgap.core.requirements.DegreeRules.CONDITIONAL;
import static org.skillgap.core.requirements.DegreeRules.DEGREE_WITHOUT_LEVEL;
import static org.skillgap.core.requirements.DegreeRules.EQUIVALENT_TO_DEGREE;
import static org.skillgap.core.requirements.DegreeRules.EXPERIENCE_INSTEAD;
import static org.skillgap.core.requirements.DegreeRules.STUDENT;
import static org.skillgap.core.requirements.DegreeRules.SUBSTITUTES_FOR_EXPERIENCE;
import static org.skillgap.core.requirements.DegreeRules.degreeAt;
import static org.skillgap.core.requirements.DegreeRules.lowestDegree;
import static org.skillgap.core.requirements.PathRules.ALL_PATHS;
import static org.skillgap.core.requirements.PathRules.ALTERNATIVE_WITHOUT_DEGREE;
import static org.skillgap.core.requirements.PathRules.ENDS_WITH_OR;
import static org.skillgap.core.requirements.PathRules.GRADE;
import static org.skillgap.core.requirements.PathRules.HIGHER_LEVEL;
import static org.skillgap.core.requirements.PathRules.LATER_PATH;
import static org.skillgap.core.requirements.PathRules.STARTS_WITH_OR;
import static org.skillgap.core.requirements.PathRules.endsWithOr;
import static org.skillgap.core.requirements.PreferenceRules.HEADING_GLUED;
import static org.skillgap.core.requirements.PreferenceRules.LICENCE_SECTION;
import static org.skillgap.core.requirements.PreferenceRules.PAREN_PREFERENCE;
import static org.skillgap.core.requirements.PreferenceRules.PREFERRED;
import static org.skillgap.core.requirements.PreferenceRules.PREFERRED_SECTION;
import static org.skillgap.core.requirements.PreferenceRules.REQUIRED;
import static org.skillgap.core.requirements.PreferenceRules.STRICT_PREFERRED_SECTION;
import static org.skillgap.core.requirements.PreferenceRules.preferenceGoverns;
import static org.skillgap.core.requirements.YearsRules.YEARS;
import static org.skillgap.core.requirements.YearsRules.firstFigure;
import static org.skillgap.core.requirements.YearsRules.unitNearStart;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  public static Requirements read(String text) {
    String normalised = straightApostrophes(text == null ? "" : text);
    String lowerText = Cue.asciiLower(normalised);
    String apart = gluedHeadingsApart(normalised, lowerText);
    if (apart != null) {
      normalised = apart;
      lowerText = Cue.asciiLower(apart);
    }
    ReadState state = new ReadState();
    int[] bounds = Clauses.bounds(normalised);
    for (int k = 0; k < bounds.length; k += 2) {
      String clause = normalised.substring(bounds[k], bounds[k + 1]);
      if (!clause.isBlank()) {
        readClause(state, Clause.of(clause, lowerText.substring(bounds[k], bounds[k + 1])));
      }
    }
    return state.requirements();
  }

  /**
   * The text with each "Preferred skills:" heading glued to the last requirement ("Must have a
   * college degree Preferred skills: ...") on a line of its own, so that it starts its own clause;
   * null where it has none.
   */
  private static String gluedHeadingsApart(String text, String lower) {
    // The pattern starts with a look-behind, so it is tried at every position: the search starts at
    // the white space before the first cue, where the earliest match can start.
    int firstCue = HEADING_GLUED.firstCue(lower);
    while (firstCue > 0 && Character.isWhitespace(text.charAt(firstCue - 1))) {
      firstCue--;
    }
    Matcher glued = firstCue >= 0 ? HEADING_GLUED.pattern().matcher(text) : null;
    if (glued != null && glued.find(firstCue)) {
      return glued.replaceAll("\n$1");
    }
    return null;
  }

  /**
   * How a clause stands, once its path and section are known.
   *
   * @param prefers it states a preference, by its section or by its own words
   * @param sectionPrefers by its section alone ("Preferred skills:" and no "required"; "Best
   *     Qualified Criteria")
   * @param alternative it is another way to qualify: in a later path, or introduced by "or"
   * @param allPaths it applies to every path ("However, all candidates must ...")
   */
  private record Stance(
      boolean prefers, boolean sectionPrefers, boolean alternative, boolean allPaths) {}

  /** One clause: where it stands among the paths and sections first, then what it asks. */
  private static void readClause(ReadState state, Clause clause) {
    boolean allPaths = followPaths(state, clause);
    if (PREFERRED_SECTION.find(clause.text(), clause.lower())) {
      state.preferredSection = true;
      return; // the heading asks nothing itself
    }
    clause = withoutParenPreferences(state, clause);
    if (HIGHER_LEVEL.find(clause.text(), clause.lower())) {
      return; // a higher level's bar: "To be eligible for placement in Assignment Level II, ..."
    }
    clause = withoutLicenceHeading(clause);
    Stance stance = stance(state, clause, allPaths);
    readDegree(state, clause, stance);
    readYears(state, clause, stance);
    readCertifications(state, clause, stance);
  }

  /**
   * Follows the posting's paths, grades and sections to this clause; whether the clause applies to
   * every path.
   */
  private static boolean followPaths(ReadState state, Clause clause) {
    String text = clause.text();
    char first = clause.first();
    boolean startsWithOr = STARTS_WITH_OR.find(text, first);
    if (LATER_PATH.find(text, first) && (state.previousEndsWithOr || startsWithOr)) {
      state.laterPath = true;
    } else if (startsWithOr && text.strip().endsWith(":")) {
      state.laterPath = true; // "OR one of the following:" opens the alternatives listed after it
    }
    if (GRADE.find(text, first)) {
      // "GS-12: ..." after "GS-11: ...": the posting's lowest grade is the standard path
      state.laterPath |= state.gradeSeen;
      state.gradeSeen = true;
    }
    boolean allPaths = ALL_PATHS.find(text, first);
    boolean licenceSection = LICENCE_SECTION.find(text, clause.lower());
    if (licenceSection) {
      // a "License Requirements" section after "Preferred skills" states requirements
      state.preferredSection = false;
    }
    // Within a grade's section ("GS-5 Level: ... In addition, ..."), "in addition" stays with
    // that grade.
    if (licenceSection || (allPaths && !state.gradeSeen)) {
      // "License Requirement: ...", "Must possess ..." after the paths apply to every path
      state.laterPath = false;
    }
    state.strictPreference |= STRICT_PREFERRED_SECTION.find(text, clause.lower());
    state.previousEndsWithOr = endsWithOr(clause.lower()) && ENDS_WITH_OR.matcher(text).find();
    return allPaths;
  }

  /**
   * The clause without its preferences in parentheses ("a bachelor's degree (Master's degree or
   * higher preferred)"), whose degrees are preferred ones.
   */
  private static Clause withoutParenPreferences(ReadState state, Clause clause) {
    if (clause.text().indexOf('(') < 0) {
      return clause;
    }
    Matcher paren = PAREN_PREFERENCE.matcher(clause.text());
    while (paren.find()) {
      Clause inParentheses = Clause.of(paren.group());
      DegreeLevel p = lowestDegree(inParentheses.text(), inParentheses.degreeCued());
      if (p != null) {
        state.degrees.add(p, true);
      }
    }
    return Clause.of(PAREN_PREFERENCE.matcher(clause.text()).replaceAll(" "));
  }

  /** A "Driver License Requirement:" heading names no licence by itself. */
  private static Clause withoutLicenceHeading(Clause clause) {
    if (!LICENCE_HEADING.mayMatch(clause.lower())) {
      return clause;
    }
    return Clause.of(LICENCE_HEADING.pattern().matcher(clause.text()).replaceAll(" "));
  }

  private static Stance stance(ReadState state, Clause clause, boolean allPaths) {
    boolean sectionPrefers =
        state.strictPreference
            || (state.preferredSection && !REQUIRED.find(clause.text(), clause.lower()));
    boolean prefers = sectionPrefers || PREFERRED.find(clause.text(), clause.lower());
    // A clause introduced by "OR" ("OR- a bachelor's degree in any field") is another way to
    // qualify.
    boolean alternative = state.laterPath || STARTS_WITH_OR.find(clause.text(), clause.first());
    return new Stance(prefers, sectionPrefers, alternative, allPaths);
  }

  private static void readDegree(ReadState state, Clause clause, Stance stance) {
    String text = clause.text();
    DegreeLevel lowest = lowestDegree(text, clause.degreeCued());
    // "a degree in Computer Science": a degree, its level named nowhere in the clause
    boolean unlevelled =
        lowest == null
            && clause.degreeCued()
            && DEGREE_WITHOUT_LEVEL.matcher(text).find()
            && !CONDITIONAL.matcher(text).find();
    boolean degreeNamed = lowest != null || unlevelled;
    boolean notAsked =
        degreeNamed
            && (SUBSTITUTES_FOR_EXPERIENCE.matcher(text).find()
                || EQUIVALENT_TO_DEGREE.matcher(text).find()
                || STUDENT.matcher(text).find());
    // "However, all candidates must have a baccalaureate degree": the floor under every path,
    // which does not lower what the standard path asks.
    boolean floorOfAllPaths = stance.allPaths() && state.degrees.anyRequired();
    // "a master degree ..., ideally with a focus on ...": the preference is the focus's, not the
    // degree's.
    boolean degreePreferred =
        degreeNamed
            && (stance.sectionPrefers()
                || (stance.prefers() && preferenceGoverns(text, degreeAt(text))));
    if (degreeNamed
        && !notAsked
        && !floorOfAllPaths
        && !(stance.alternative() && !degreePreferred)) {
      state.degrees.add(lowest, degreePreferred);
      state.experienceInstead |= EXPERIENCE_INSTEAD.matcher(text).find();
      state.certificateInstead |= CERTIFICATE_INSTEAD.matcher(text).find();
    } else if (state.degrees.anyRequired()
        && !stance.prefers()
        && !degreeNamed
        && ALTERNATIVE_WITHOUT_DEGREE.find(text, clause.lower())) {
      // a later path asks no degree: "2. A high school diploma and six years ..."
      state.experienceInstead = true;
    }
  }

  private static void readYears(ReadState state, Clause clause, Stance stance) {
    List<YearsFigure> figures = state.figures;
    // "However, all candidates must have at least one year of ...": the floor under every path,
    // which does not lower what the standard path asks (as for degrees).
    boolean floorOfAllPaths = stance.allPaths() && !figures.isEmpty();
    if (!stance.sectionPrefers()
        && !stance.alternative()
        && !floorOfAllPaths
        && (figures.isEmpty()
            ? YEARS.mayMatch(clause.lower())
            : figures.get(0).opensLine() && unitNearStart(clause.lower()))) {
      YearsFigure figure = firstFigure(clause.text(), stance.prefers(), figures.isEmpty());
      if (figure != null) {
        figures.add(figure);
      }
    }
  }

  private static void readCertifications(ReadState state, Clause clause, Stance stance) {
    // "... the following certifications:" followed by the list: the list's items are
    // certifications.
    boolean inList = state.listOfCertifications;
    String text = inList ? "certifications: " + clause.text() : clause.text();
    boolean cued = inList || clause.certificationCued(); // "certif" is a cue
    // The list runs on while its items end in ";".
    state.listOfCertifications =
        CERTIFICATION_LIST.find(clause.text(), clause.lower())
            || (inList && clause.text().strip().endsWith(";"));
    boolean known =
        cued
            && ANY_CERTIFICATION.matcher(text).find()
            && readTableCertifications(state, text, stance);
    if (!known) {
      readNamedLicence(state, clause, stance);
    }
  }

  /** The certifications of the table that a clause names; whether it names one. */
  private static boolean readTableCertifications(ReadState state, String text, Stance stance) {
    boolean known = false;
    for (Map.Entry<String, Pattern> c : CERTIFICATIONS.entrySet()) {
      Matcher m = c.getValue().matcher(text);
      if (m.find()) {
        known = true;
        // A licence in a later path, or after "or" ("law school graduation or admission to the
        // Bar"), is one way to qualify: named, not required.
        boolean alternative =
            stance.alternative() || OR_BEFORE_LICENCE.matcher(text.substring(0, m.start())).find();
        state.certify(c.getKey(), !stance.prefers() && !alternative);
      }
    }
    return known;
  }

  /** A licence, or else a registration, that the clause names in its own words. */
  private static void readNamedLicence(ReadState state, Clause clause, Stance stance) {
    boolean required = !stance.prefers() && !stance.alternative();
    if (NAMED_LICENCE.mayMatch(clause.lower())) {
      Matcher named = NAMED_LICENCE.pattern().matcher(clause.text());
      if (named.find()) {
        state.certify(named.group(1).trim() + " licence", required);
        return;
      }
    }
    if (NAMED_REGISTRATION.mayMatch(clause.lower())) {
      Matcher named = NAMED_REGISTRATION.pattern().matcher(clause.text());
      if (named.find()) {
        state.certify(named.group(1).trim() + " registration", required);
      }
    }
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
}
