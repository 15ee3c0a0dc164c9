package org.skillgap.core.extract;

import java.util.Set;

/**
 * Words of a job posting's own language, not of a skill: its form ("assignment levels", "duties
 * described"), the duties and asks it lists ("utilizing ...", "experience working"), the public
 * employer's jurisdiction and the paperwork of eligibility. {@link EmergingPhrases} keeps phrases
 * made of them out of the emerging-skills queue.
 */
final class PostingFormWords {
  private PostingFormWords() {}

  /** Words of a job posting's form, not of a skill. */
  static final Set<String> FORM_WORDS =
      Set.of(
          "described",
          "above",
          "below",
          "level",
          "levels",
          "assignment",
          "assignments",
          "title",
          "titles",
          "qualification",
          "qualifications",
          "requirement",
          "requirements",
          "candidate",
          "candidates",
          "position",
          "positions",
          "duties",
          "duty",
          "applicant",
          "applicants",
          "grade",
          "incumbent",
          "employee",
          "employees",
          "capacity",
          "following",
          "listed",
          "specified",
          "appropriate",
          "equivalent",
          "satisfactory",
          "full-time",
          "part-time");

  /**
   * Last words that make a phrase a clause of the posting's form: "instructions applicable",
   * "ending dates".
   */
  static final Set<String> FORM_TAILS =
      Set.of(
          "applicable",
          "procedures",
          "dates",
          "functions",
          "products",
          "information",
          "goals",
          "objectives",
          "states",
          "issues",
          "supervision",
          "providing");

  /** Gerunds of the duties a posting lists: "serving alcoholic ...", "utilizing supportive ...". */
  static final Set<String> DUTY_GERUNDS =
      Set.of(
          "serving",
          "setting",
          "utilizing",
          "using",
          "developing",
          "interpreting",
          "providing",
          "performing",
          "applying",
          "diagnosing",
          "conducting",
          "preparing",
          "maintaining",
          "reviewing",
          "ensuring",
          "making",
          "assisting",
          "establishing",
          "coordinating",
          "identifying",
          "evaluating",
          "determining",
          "communicating");

  /** Phrases that open on what is asked of the candidate, not on a skill: "experience working". */
  static final Set<String> ASKING_WORDS =
      Set.of(
          "experience",
          "ability",
          "abilities",
          "knowledge",
          "skill",
          "skills",
          "proficiency",
          "familiarity",
          "understanding");

  /**
   * Words of the employer's jurisdiction, not of a skill: a public employer's postings name the
   * city, the state, the federal government or the sector in their form language ("city's
   * contracting rules", "new york state", "federal affordable housing programs", "public sector").
   */
  static final Set<String> JURISDICTION =
      Set.of(
          "city",
          "state",
          "federal",
          "nyc",
          "york",
          "county",
          "municipal",
          "agency",
          "agencies",
          "government",
          "governmental",
          "sector",
          "commonwealth");

  /**
   * Words of eligibility and its paperwork: licences, degrees, citizenship, residencies, documents
   * and appointments are requirements of the post (the requirements report reads them), not skills
   * to add to the taxonomy. USAJOBS' queue was full of them ("unrestricted license", "u.s.
   * citizenship", "residency training", "photostatic copy of the license", "supporting
   * documentation").
   */
  static final Set<String> ELIGIBILITY_WORDS =
      Set.of(
          "license",
          "licence",
          "licenses",
          "licences",
          "licensed",
          "licensure",
          "registration",
          "citizenship",
          "citizen",
          "citizens",
          "residency",
          "documentation",
          "degree",
          "degrees",
          "diploma",
          "transcript",
          "transcripts",
          "phd",
          "ph.d.",
          "baccalaureate",
          "bachelor",
          "bachelors",
          "masters",
          "accredited",
          "appointment",
          "appointments",
          "eligibility",
          "eligible",
          "status",
          "completion",
          "graduate",
          "undergraduate",
          "proof",
          "certification",
          "certifications");

  /** List markers: "assignment levels i", "ii". */
  static final Set<String> ROMAN =
      Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
}
