package org.skillgap.core.extract;

import java.util.List;

/**
 * Drops "leadership" where it means the people who lead, not the skill ({@link
 * Clauses#isLeadershipAsPeople}): "report to senior leadership".
 */
final class LeadershipAsPeopleFilter implements MatchFilter {

  @Override
  public List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches) {
    return matches.stream()
        .filter(
            m ->
                !Clauses.isLeadershipAsPeople(
                    sentence.text(), sentence.textBegin(m), sentence.textEnd(m)))
        .toList();
  }
}
