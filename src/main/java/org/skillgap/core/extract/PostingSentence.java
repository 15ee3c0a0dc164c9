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

  /** The sentence as a mention keeps it for review, cut at {@value #MAX_SENTENCE_CHARS} chars. */
  String forReview() {
    return text.length() > MAX_SENTENCE_CHARS ? text.substring(0, MAX_SENTENCE_CHARS) : text;
  }

  /**
   * The parts of the sentence that name no skill asked for: fields of study, areas any one of which
   * qualifies. Offsets are in {@link #text}.
   */
  List<Clauses.Range> notAsked() {
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
