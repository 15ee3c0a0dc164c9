package org.skillgap.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Which unknown phrases may join the emerging-skills review queue. The queue is read by people who
 * extend the taxonomy, so it keeps names of skills and tools and leaves out what only looks like
 * one: bare verbs and gerunds ("implementing"), generic nouns and adjectives ("design",
 * "community", "appropriate"), list markers and roman numerals ("ii"), the posting's own form
 * language ("assignment levels i", "areas described", "executive capacity"), function words and
 * clause fragments ("best", "developing clear"), and the public employer's jurisdiction ("city's
 * contracting rules", "new york state"). A single word stays when it is written like a name: with a
 * capital inside, a digit or a symbol ("SharePoint", "S3", "C#"), or when no rule below rejects it
 * ("router", "Kubernetes").
 */
public final class EmergingPhrases {
  private EmergingPhrases() {}

  /** Words of a job posting's form, not of a skill. */
  private static final Set<String> FORM_WORDS =
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

  /** Single words too general to review as a skill. */
  private static final Set<String> GENERIC =
      Set.of(
          "design",
          "support",
          "analysis",
          "information",
          "research",
          "programming",
          "development",
          "planning",
          "operations",
          "administration",
          "management",
          "maintenance",
          "service",
          "services",
          "work",
          "data",
          "community",
          "office",
          "business",
          "process",
          "processes",
          "policy",
          "policies",
          "program",
          "programs",
          "project",
          "projects",
          "practice",
          "practices",
          "procedures",
          "standards",
          "methods",
          "writing",
          "health",
          "quality",
          "safety",
          "security",
          "finance",
          "law",
          "care",
          "education",
          "training",
          "technology",
          "science",
          "engineering",
          "computer",
          "computers",
          "people",
          "public",
          "customer",
          "customers",
          "client",
          "clients",
          "field",
          "area",
          "areas",
          "use",
          "ability",
          "skills",
          "knowledge",
          "experience",
          "tools",
          "systems");

  /** More single words too general to review, read in the real feeds' queues (NYC, USAJOBS). */
  private static final Set<String> GENERIC_SEEN =
      Set.of(
          "web",
          "server",
          "internet",
          "network",
          "trends",
          "regulations",
          "statutes",
          "layout",
          "details",
          "functions",
          "control",
          "order",
          "theories",
          "rules",
          "laws",
          "guidelines",
          "principles",
          "concepts",
          "techniques",
          "english",
          "skill",
          "using",
          "staff",
          "goals",
          "objectives",
          "sources",
          "precedents",
          "reactions",
          "behavior",
          "specialty",
          "disabilities",
          "materials",
          "repair",
          "lines",
          "forest",
          "makeup",
          "missions",
          "organizations",
          "aspects",
          "directives",
          "regulatory",
          "database",
          "review",
          "needs",
          "exercise",
          "neighborhoods",
          "water",
          "sewer",
          "assemblies",
          "specifications");

  /**
   * Last words that make a phrase a clause of the posting's form: "instructions applicable",
   * "ending dates".
   */
  private static final Set<String> FORM_TAILS =
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
  private static final Set<String> DUTY_GERUNDS =
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

  /**
   * Function words, modals and bare adjectives: "best", "it", "later", "have", "each" on their own;
   * at either end of a phrase they make it a clause fragment ("developing clear", "written
   * english").
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "of",
          "to",
          "in",
          "on",
          "for",
          "with",
          "by",
          "at",
          "as",
          "from",
          "it",
          "its",
          "best",
          "later",
          "have",
          "has",
          "had",
          "each",
          "other",
          "all",
          "any",
          "some",
          "more",
          "most",
          "such",
          "these",
          "those",
          "this",
          "that",
          "which",
          "who",
          "will",
          "must",
          "may",
          "can",
          "should",
          "would",
          "also",
          "well",
          "very",
          "good",
          "strong",
          "excellent",
          "high",
          "etc",
          "per",
          "via",
          "both",
          "either",
          "own",
          "same",
          "new",
          "clear",
          "concise",
          "effective",
          "accurate",
          "timely",
          "written",
          "spoken",
          "oral",
          "verbal",
          "working",
          "another",
          "under",
          "available",
          "meaningful",
          "up-to-date",
          "approved");

  /**
   * Words of the employer's jurisdiction, not of a skill: a public employer's postings name the
   * city, the state, the federal government or the sector in their form language ("city's
   * contracting rules", "new york state", "federal affordable housing programs", "public sector").
   */
  private static final Set<String> JURISDICTION =
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
  private static final Set<String> ELIGIBILITY_WORDS =
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

  /** Phrases that open on what is asked of the candidate, not on a skill: "experience working". */
  private static final Set<String> ASKING_WORDS =
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

  private static final Set<String> ROMAN =
      Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

  /** Endings of gerunds, nominalised verbs, adjectives and participles. */
  private static final String[] GENERIC_ENDINGS = {
    "ing", "tion", "sion", "ment", "ance", "ence", "ity", "ness", "sis", "ate", "ive", "al", "ous",
    "ful", "ible", "able", "ed", "ly"
  };

  /**
   * @param phrase the lower-cased phrase
   * @param surface the phrase as written in the posting
   */
  public static boolean keep(String phrase, String surface) {
    String[] words = phrase.trim().split("\\s+");
    if (words.length == 0 || phrase.isBlank()) {
      return false;
    }
    // A list ("administrative, managerial, executive"), a cut-off aside ("financial management
    // system (fms")
    // or a clause ("volunteer work done through national service programs") is not one skill's
    // name.
    if (words.length > MAX_WORDS
        || phrase.indexOf(',') >= 0
        || phrase.indexOf(';') >= 0
        || count(phrase, '(') != count(phrase, ')')) {
      return false;
    }
    for (String w : words) {
      if (ROMAN.contains(w)
          || FORM_WORDS.contains(w)
          || JURISDICTION.contains(w)
          || ELIGIBILITY_WORDS.contains(w)
          || w.length() == 1 && Character.isLetter(w.charAt(0))
          || w.contains("'")
          || w.contains("’")) { // a possessive: "city's financial management"
        return false;
      }
    }
    String first = words[0];
    String last = words[words.length - 1];
    if (words.length == 1) {
      // "IT" is written like a name and is a field, not a skill to add.
      return !FUNCTION_WORDS.contains(last)
          && !GENERIC_SEEN.contains(last)
          && (writtenAsName(surface) || !GENERIC.contains(last) && !endsGenerically(last));
    }
    if (FUNCTION_WORDS.contains(first)
        || FUNCTION_WORDS.contains(last)
        || ASKING_WORDS.contains(first)
        || FORM_TAILS.contains(last)
        || DUTY_GERUNDS.contains(first)) {
      return false;
    }
    // A duty, not a skill: "enhancing computer software applications", "interpreting information";
    // a
    // clause tail: "areas described".
    if (words.length >= 3 && first.endsWith("ing")) {
      return false;
    }
    return !last.endsWith("ed") && !last.endsWith("ly");
  }

  /**
   * True when a phrase, by its part-of-speech tags (Penn Treebank) in its sentence, is a duty or a
   * trait, not a skill's name: it opens on a base or finite verb ("make recommendations", "embraces
   * innovation"), or it is one adjective or verb ("dynamic", "enthusiastic", "oversee"). The span
   * model finds these as skills (SkillSpan's skill layer is made of them); the queue is for names
   * to add to the taxonomy. A participle leads many names ("building construction", "automated
   * deployment") and does not count.
   */
  public static boolean dutyOrTrait(List<String> tags) {
    if (tags.isEmpty()) {
      return false;
    }
    String first = tags.get(0);
    // A participle leads many names ("building construction", "automated deployment"): only a base
    // or
    // finite verb makes a duty.
    boolean verb =
        first.equals("VB") || first.equals("VBP") || first.equals("VBZ") || first.equals("VBD");
    return verb || tags.size() == 1 && (first.startsWith("JJ") || first.startsWith("VB"));
  }

  /** The most words a skill's name has in the queue; longer spans of the model are clauses. */
  static final int MAX_WORDS = 5;

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static boolean endsGenerically(String w) {
    for (String e : GENERIC_ENDINGS) {
      if (w.length() > e.length() + 2 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** "SharePoint", "S3", "C#", "iOS": a capital after the first letter, a digit or a symbol. */
  private static boolean writtenAsName(String surface) {
    String s = surface.trim();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((i > 0 && Character.isUpperCase(c))
          || Character.isDigit(c)
          || "#+.".indexOf(c) >= 0 && i > 0) {
        return true;
      }
    }
    return false;
  }
}
