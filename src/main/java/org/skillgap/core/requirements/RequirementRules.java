package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.CertificationRules.ANY_CERTIFICATION;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATIONS;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATION_CUE;
import static org.skillgap.core.requirements.CertificationRules.CERTIFICATION_LIST;
import static org.skillgap.core.requirements.CertificationRules.LICENCE_HEADING;
import static org.skillgap.core.requirements.CertificationRules.NAMED_LICENCE;
import static org.skillgap.core.requirements.CertificationRules.NAMED_REGISTRATION;
import static org.skillgap.core.requirements.CertificationRules.OR_BEFORE_LICENCE;
import static org.skillgap.core.requirements.DegreeRules.CERTIFICATE_INSTEAD;
import static org.skillgap.core.requirements.DegreeRules.CONDITIONAL;
import static org.skillgap.core.requirements.DegreeRules.DEGREE_CUE;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** Both cues, read at once: bit 0 the degree cue's, bit 1 the licence cue's. */
  private static final Cues CUES = new Cues(DEGREE_CUE, CERTIFICATION_CUE);

  static final int DEGREE_CUED = 1;

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
          DegreeLevel p =
              lowestDegree(
                  paren.group(), (CUES.scan(Cue.asciiLower(paren.group())) & DEGREE_CUED) != 0);
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
      DegreeLevel lowest = lowestDegree(clause, (cued & DEGREE_CUED) != 0);
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
}
