package org.skillgap.core.extract;

import static org.skillgap.core.extract.GeneralWords.FUNCTION_WORDS;
import static org.skillgap.core.extract.GeneralWords.GENERIC;
import static org.skillgap.core.extract.GeneralWords.GENERIC_SEEN;
import static org.skillgap.core.extract.GeneralWords.endsGenerically;
import static org.skillgap.core.extract.PostingFormWords.ASKING_WORDS;
import static org.skillgap.core.extract.PostingFormWords.DUTY_GERUNDS;
import static org.skillgap.core.extract.PostingFormWords.ELIGIBILITY_WORDS;
import static org.skillgap.core.extract.PostingFormWords.FORM_TAILS;
import static org.skillgap.core.extract.PostingFormWords.FORM_WORDS;
import static org.skillgap.core.extract.PostingFormWords.JURISDICTION;
import static org.skillgap.core.extract.PostingFormWords.ROMAN;

import java.util.List;

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
    // system (fms") or a clause ("volunteer work done through national service programs") is not
    // one skill's name.
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
    // A duty, not a skill: "enhancing computer software applications", "interpreting
    // information"; a clause tail: "areas described".
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
    // A participle leads many names ("building construction", "automated deployment"): only a
    // base or finite verb makes a duty.
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
