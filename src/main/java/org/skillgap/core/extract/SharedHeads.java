package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Skills that a list of modifiers names through the head it shares: in "organizational,
 * interpersonal and communication skills" only the last word touches "skills", yet each is "X
 * skills" (Organizational Skills, Interpersonal Skills).
 */
final class SharedHeads {

  /**
   * Heads that coordinated modifiers share: "interpersonal, communication and presentation skills",
   * "project or program management", "budget and contract management".
   */
  private static final Set<String> HEADS =
      Set.of(
          "skills",
          "skill",
          "abilities",
          "management",
          "development",
          "analysis",
          "planning",
          "design",
          "testing",
          "support",
          "engineering");

  private static final Set<String> CONJUNCTIONS = Set.of(",", "and", "or", "&", "/", "and/or");

  private final SkillMatcher matcher;

  SharedHeads(SkillMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * The matches, plus what each earlier modifier of a list names with the head, as if written "X
   * skills"; {@code matches} itself when that adds nothing.
   */
  List<SkillMatcher.Match> extend(
      List<Token> sentence, List<SkillMatcher.Match> matches, String industry) {
    List<SkillMatcher.Match> out = null;
    for (int k = 2; k < sentence.size(); k++) {
      Token head = sentence.get(k);
      if (!HEADS.contains(head.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      // Walk left over "w1, w2 and w3": a word, then a conjunction or comma, then a word, ...
      for (int j = k - 1; j >= 2 && isConjunction(sentence.get(j - 1)); ) {
        int w = j - 2;
        while (w > 0 && isConjunction(sentence.get(w))) {
          w--; // ", and"
        }
        Token word = sentence.get(w);
        if (!Character.isLetter(word.text().charAt(0))) {
          break;
        }
        j = w;
        if (covered(matches, w)) {
          continue; // "communication" is a skill by itself; the list may go on
        }
        for (SkillMatcher.Match m :
            matcher.match(
                List.of(new Token(word.text(), word.begin(), word.end()), head), industry, null)) {
          if (m.firstToken() == 0 && m.lastToken() == 1) {
            out = out == null ? new ArrayList<>(matches) : out;
            out.add(new SkillMatcher.Match(m.skill(), w, w));
          }
        }
      }
    }
    return out == null ? matches : out;
  }

  private static boolean isConjunction(Token t) {
    return CONJUNCTIONS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean covered(List<SkillMatcher.Match> matches, int token) {
    for (SkillMatcher.Match m : matches) {
      if (m.firstToken() <= token && token <= m.lastToken()) {
        return true;
      }
    }
    return false;
  }
}
