package org.skillgap.core.extract;

import java.util.Set;

/**
 * Which unknown phrases may join the emerging-skills review queue. The queue is read by people who extend
 * the taxonomy, so it keeps names of skills and tools and leaves out what only looks like one: bare verbs
 * and gerunds ("implementing"), generic nouns and adjectives ("design", "community", "appropriate"), list
 * markers and roman numerals ("ii"), and the posting's own form language ("assignment levels i", "areas
 * described"). A single word stays when it is written like a name: with a capital inside, a digit or a
 * symbol ("SharePoint", "S3", "C#"), or when no rule below rejects it ("router", "Kubernetes").
 */
public final class EmergingPhrases {
  private EmergingPhrases() {}

  /** Words of a job posting's form, not of a skill. */
  private static final Set<String> FORM_WORDS = Set.of(
      "described", "above", "below", "level", "levels", "assignment", "assignments", "title", "titles",
      "qualification", "qualifications", "requirement", "requirements", "candidate", "candidates", "position",
      "positions", "duties", "duty", "applicant", "applicants", "grade", "incumbent", "employee", "employees",
      "following", "listed", "specified", "appropriate", "equivalent", "satisfactory", "full-time", "part-time");

  /** Single words too general to review as a skill. */
  private static final Set<String> GENERIC = Set.of(
      "design", "support", "analysis", "information", "research", "programming", "development", "planning",
      "operations", "administration", "management", "maintenance", "service", "services", "work", "data",
      "community", "office", "business", "process", "processes", "policy", "policies", "program", "programs",
      "project", "projects", "practice", "practices", "procedures", "standards", "methods", "writing", "health",
      "quality", "safety", "security", "finance", "law", "care", "education", "training", "technology", "science",
      "engineering", "computer", "computers", "people", "public", "customer", "customers", "client", "clients",
      "field", "area", "areas", "use", "ability", "skills", "knowledge", "experience", "tools", "systems");

  private static final Set<String> ROMAN = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

  /** Endings of gerunds, nominalised verbs, adjectives and participles. */
  private static final String[] GENERIC_ENDINGS = {
    "ing", "tion", "sion", "ment", "ance", "ence", "ity", "ness", "sis", "ate", "ive", "al", "ous", "ful", "ible",
    "able", "ed", "ly"
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
    for (String w : words) {
      if (ROMAN.contains(w) || FORM_WORDS.contains(w) || w.length() == 1 && Character.isLetter(w.charAt(0))) {
        return false;
      }
    }
    String last = words[words.length - 1];
    if (words.length == 1) {
      return writtenAsName(surface) || !GENERIC.contains(last) && !endsGenerically(last);
    }
    // A duty, not a skill: "enhancing computer software applications"; a clause tail: "areas described".
    if (words.length >= 3 && words[0].endsWith("ing")) {
      return false;
    }
    return !last.endsWith("ed") && !last.endsWith("ly");
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
      if ((i > 0 && Character.isUpperCase(c)) || Character.isDigit(c) || "#+.".indexOf(c) >= 0 && i > 0) {
        return true;
      }
    }
    return false;
  }
}
