package org.skillgap.core.extract;

import java.util.List;
import java.util.Locale;
import org.skillgap.core.taxonomy.SkillType;

/**
 * Drops a soft skill written in a plural that none of its forms uses: "Communications" is a field
 * or a department, "communication" the soft skill ("communications and agencies"). A word in a list
 * that "skills" closes stays: "communications and organizational skills".
 */
final class SoftSkillPluralFilter implements MatchFilter {

  @Override
  public List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches) {
    List<Token> tokens = sentence.tokens();
    return matches.stream()
        .filter(
            m ->
                !(pluralOfSoftSkill(m, tokens.get(m.lastToken()).text())
                    && !beforeSkillsHead(tokens, m.lastToken())))
        .toList();
  }

  private static boolean pluralOfSoftSkill(SkillMatcher.Match m, String lastWord) {
    if (m.skill().type() != SkillType.SOFT
        || lastWord.length() < 4
        || !lastWord.toLowerCase(Locale.ROOT).endsWith("s")) {
      return false;
    }
    String written = lastWord.toLowerCase(Locale.ROOT);
    for (String form : m.skill().surfaceForms()) {
      if (form.toLowerCase(Locale.ROOT).endsWith(written)) {
        return false;
      }
    }
    return true;
  }

  /** "skills" within the next four tokens: the word is one of a list that "skills" closes. */
  private static boolean beforeSkillsHead(List<Token> sentence, int token) {
    for (int k = token + 1; k < Math.min(sentence.size(), token + 5); k++) {
      if (sentence.get(k).text().equalsIgnoreCase("skills")) {
        return true;
      }
    }
    return false;
  }
}
