package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a posting as the extractor reads it: its tokens, whose offsets are in the
 * posting, and its text.
 *
 * @param document the whole posting, which the token offsets index
 * @param tokens the sentence's tokens, never empty
 * @param index the sentence's index in the posting, from 0
 * @param text the sentence as written ({@link SentenceCues#text})
 */
record PostingSentence(String document, List<Token> tokens, int index, String text) {

  /** How much of the sentence a mention keeps for review. */
  private static final int MAX_SENTENCE_CHARS = 300;

  /** The posting offset where the sentence begins: the origin of offsets in {@link #text}. */
  int base() {
    return tokens.get(0).begin();
  }

  /** Where a match begins in {@link #text}. */
  int textBegin(SkillMatcher.Match match) {
    return tokens.get(match.firstToken()).begin() - base();
  }

  /** Where a match ends (exclusive) in {@link #text}. */
  int textEnd(SkillMatcher.Match match) {
    return tokens.get(match.lastToken()).end() - base();
  }

  /**
   * The sentence as a mention keeps it for review: whole up to {@value #MAX_SENTENCE_CHARS} chars;
   * a longer one (a list run together, a paragraph without stops) cut to a window of that size
   * around the mention's words, from a word start, with "…" where text was left out. A cut at the
   * sentence's start lost the words of every mention past the 300th char, so the evidence shown for
   * a figure did not contain what was counted.
   *
   * @param begin the mention's first char, in the posting
   * @param end the char after the mention's last, in the posting
   */
  String forReview(int begin, int end) {
    if (text.length() <= MAX_SENTENCE_CHARS) {
      return text;
    }
    int from =
        Math.max(0, Math.min(begin - base() - CONTEXT_BEFORE, text.length() - MAX_SENTENCE_CHARS));
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && from < begin - base()) {
      from++;
    }
    int to = Math.min(text.length(), Math.max(from + MAX_SENTENCE_CHARS, end - base()));
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  /** Chars kept before a mention's words when a long sentence is cut around them. */
  private static final int CONTEXT_BEFORE = 120;

  /**
   * The parts of the sentence that name no skill asked for: fields of study, areas any one of which
   * qualifies, the whole of a sentence of alternative routes. Offsets are in {@link #text}.
   */
  List<Clauses.Range> notAsked() {
    if (AlternativeRoutes.isAlternativeRoutes(text)) {
      return List.of(new Clauses.Range(0, text.length()));
    }
    List<Clauses.Range> out = new ArrayList<>(Clauses.fieldsOfStudy(text));
    out.addAll(Clauses.qualifyingAreas(text));
    return out;
  }

  /** The words of tokens [from, to), for the span model and the linker. */
  List<String> words(int from, int to) {
    List<String> words = new ArrayList<>(to - from);
    for (Token t : tokens.subList(from, to)) {
      words.add(t.text());
    }
    return words;
  }
}
