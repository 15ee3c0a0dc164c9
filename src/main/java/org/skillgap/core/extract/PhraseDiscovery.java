package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds candidate skills the taxonomy does not know, for review: the noun phrases that follow a
 * requirement cue ("experience with", "knowledge of", "proficiency in") in a requirement sentence,
 * split at commas and "and"/"or", with leading determiners and trailing generic nouns trimmed, and
 * dropped when the taxonomy matched any of their words. Pure string work over the sentence's
 * tokens: it costs no tagging.
 */
public final class PhraseDiscovery {

  private static final Pattern CUE =
      Pattern.compile(
          "\\b(experience (with|in|using)|knowledge of|proficien(t|cy) (in|with)|familiar(ity)? with|expertise in"
              + "|skills? in|skilled in|background in|understanding of|fluency in|hands-on with|command of"
              + "|certified in|certification in|trained in)\\s+",
          Pattern.CASE_INSENSITIVE);

  /** Words that end a phrase: verbs, prepositions and clause starters. */
  private static final Set<String> STOP =
      Set.of(
          "and",
          "or",
          "to",
          "for",
          "with",
          "in",
          "of",
          "on",
          "at",
          "by",
          "as",
          "is",
          "are",
          "be",
          "that",
          "which",
          "who",
          "including",
          "such",
          "like",
          "etc",
          "e.g",
          "i.e",
          "plus",
          "preferred",
          "required",
          "a",
          "would",
          "will",
          "must",
          "should",
          "desired",
          "highly",
          "strongly",
          "from",
          "into",
          "across",
          "within",
          "while",
          "where",
          "when",
          "how",
          "than",
          "but",
          "not",
          "you",
          "we",
          "our",
          "your",
          "their",
          "this");

  /** Words dropped at the start of a phrase. */
  private static final Set<String> LEADING =
      Set.of(
          "the",
          "a",
          "an",
          "any",
          "all",
          "some",
          "one",
          "two",
          "three",
          "several",
          "multiple",
          "various",
          "modern",
          "common",
          "relevant",
          "related",
          "basic",
          "advanced",
          "strong",
          "solid",
          "good",
          "excellent",
          "proven",
          "working",
          "practical",
          "deep",
          "broad",
          "current",
          "other",
          "similar",
          "at",
          "least",
          "more");

  /**
   * Generic nouns that carry no skill by themselves ("tools", "environment"); trimmed at the end.
   */
  private static final Set<String> GENERIC =
      Set.of(
          "tool",
          "tools",
          "environment",
          "environments",
          "technology",
          "technologies",
          "system",
          "systems",
          "platform",
          "platforms",
          "framework",
          "frameworks",
          "software",
          "solutions",
          "concepts",
          "principles",
          "practices",
          "methods",
          "techniques",
          "skills",
          "experience",
          "knowledge",
          "field",
          "area",
          "areas",
          "industry",
          "role",
          "roles",
          "years",
          "year",
          "work",
          "setting",
          "settings",
          "team",
          "teams",
          "etc");

  private static final int MAX_WORDS = 4;

  private PhraseDiscovery() {}

  /** A candidate phrase and where it is in the document. */
  public record Phrase(String text, int begin, int end) {}

  /**
   * Candidate phrases of one sentence.
   *
   * @param sentenceText the sentence as written (offsets relative to {@code sentenceBegin})
   * @param covered true for each character of the sentence inside a taxonomy match
   */
  public static List<Phrase> candidates(String sentenceText, int sentenceBegin, boolean[] covered) {
    List<Phrase> out = new ArrayList<>(2);
    Matcher cue = CUE.matcher(sentenceText);
    while (cue.find()) {
      int pos = cue.end();
      // One list after the cue: items separated by commas, "and", "or", up to a clause end.
      while (pos < sentenceText.length()) {
        int itemStart = pos;
        List<int[]> words = new ArrayList<>();
        boolean listGoesOn = false;
        while (pos < sentenceText.length()) {
          char c = sentenceText.charAt(pos);
          if (c == ',' || c == '/' || c == '&') {
            listGoesOn = true;
            pos++;
            break;
          }
          if ((c == '.' && endsHere(sentenceText, pos))
              || c == ';'
              || c == ':'
              || c == '('
              || c == ')'
              || c == '!'
              || c == '?'
              || c == '\n') {
            pos = sentenceText.length();
            break;
          }
          if (Character.isWhitespace(c)) {
            pos++;
            continue;
          }
          int ws = pos;
          while (pos < sentenceText.length() && !isBoundary(sentenceText, pos)) {
            pos++;
          }
          String w = sentenceText.substring(ws, pos).toLowerCase(Locale.ROOT);
          if (w.equals("and") || w.equals("or")) {
            listGoesOn = true;
            break;
          }
          if (STOP.contains(w)) {
            pos = sentenceText.length();
            break;
          }
          words.add(new int[] {ws, pos});
        }
        addItem(sentenceText, sentenceBegin, covered, words, out);
        if (!listGoesOn || pos <= itemStart) {
          break;
        }
      }
    }
    return out;
  }

  private static void addItem(
      String s, int base, boolean[] covered, List<int[]> words, List<Phrase> out) {
    int from = 0;
    int to = words.size();
    while (from < to && LEADING.contains(word(s, words.get(from)))) {
      from++;
    }
    while (to > from && GENERIC.contains(word(s, words.get(to - 1)))) {
      to--;
    }
    if (from >= to || to - from > MAX_WORDS) {
      return;
    }
    for (int i = from; i < to; i++) {
      int[] w = words.get(i);
      for (int c = w[0]; c < w[1]; c++) {
        if (covered[c]) {
          return; // the taxonomy already knows (part of) it
        }
      }
      if (!Character.isLetter(s.charAt(w[0])) && !Character.isDigit(s.charAt(w[0]))) {
        return;
      }
    }
    int begin = words.get(from)[0];
    int end = words.get(to - 1)[1];
    String text = s.substring(begin, end).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (text.length() >= 2 && !text.chars().allMatch(Character::isDigit)) {
      out.add(new Phrase(text, base + begin, base + end));
    }
  }

  private static String word(String s, int[] w) {
    return s.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }

  private static boolean isBoundary(String s, int i) {
    char c = s.charAt(i);
    return Character.isWhitespace(c)
        || c == ','
        || c == ';'
        || c == ':'
        || c == '('
        || c == ')'
        || c == '/'
        || c == '!'
        || c == '?'
        || c == '&'
        || (c == '.' && endsHere(s, i));
  }

  /** A full stop ends a clause; the dot in "Node.js" or "ASP.NET" does not. */
  private static boolean endsHere(String s, int dot) {
    return dot + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(dot + 1));
  }
}
