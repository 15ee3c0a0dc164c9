package org.skillgap.core.extract;

import java.util.List;

/**
 * Drops a match that names what a pay element rewards, not a skill asked for ({@link
 * Clauses#namesPayElement}): "recruitment incentives may be authorized".
 */
final class PayElementFilter implements MatchFilter {

  @Override
  public List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches) {
    return matches.stream()
        .filter(
            m ->
                !Clauses.namesPayElement(
                    sentence.text(), sentence.textBegin(m), sentence.textEnd(m)))
        .toList();
  }
}
