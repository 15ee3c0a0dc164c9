package org.skillgap.core.extract;

import java.util.Set;

/**
 * Words too general to name a skill: generic nouns ("design", "community"), function words, modals
 * and bare adjectives ("best", "clear"), and the endings of gerunds, nominalised verbs and
 * adjectives. {@link EmergingPhrases} keeps phrases made of them out of the emerging-skills queue.
 */
final class GeneralWords {
  private GeneralWords() {}

  /** Single words too general to review as a skill. */
  static final Set<String> GENERIC =
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
  static final Set<String> GENERIC_SEEN =
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
   * Function words, modals and bare adjectives: "best", "it", "later", "have", "each" on their own;
   * at either end of a phrase they make it a clause fragment ("developing clear", "written
   * english").
   */
  static final Set<String> FUNCTION_WORDS =
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

  /** Endings of gerunds, nominalised verbs, adjectives and participles. */
  private static final String[] GENERIC_ENDINGS = {
    "ing", "tion", "sion", "ment", "ance", "ence", "ity", "ness", "sis", "ate", "ive", "al", "ous",
    "ful", "ible", "able", "ed", "ly"
  };

  /** True when a word ends like a gerund, a nominalised verb, an adjective or a participle. */
  static boolean endsGenerically(String w) {
    for (String e : GENERIC_ENDINGS) {
      if (w.length() > e.length() + 2 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
