package org.skillgap.core.extract;

import java.util.List;

/**
 * Drops a match inside a clause that asks for no skill ({@link PostingSentence#notAsked}): a field
 * of study in a degree clause ("credits in accounting and statistics"), an area in a list any one
 * of which qualifies ("experience in one or more of the following areas: ...").
 */
final class NotAskedClauseFilter implements MatchFilter {

  @Override
  public List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches) {
    // Read once per sentence: the clauses are the same for every match in it.
    List<Clauses.Range> notAsked = sentence.notAsked();
    return matches.stream()
        .filter(
            m ->
                notAsked.stream()
                    .noneMatch(r -> r.covers(sentence.textBegin(m), sentence.textEnd(m))))
        .toList();
  }
}
