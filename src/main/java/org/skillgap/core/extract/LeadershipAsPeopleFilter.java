package org.skillgap.core.extract;

/**
 * Drops "leadership" where it means the people who lead, not the skill ({@link
 * Clauses#isLeadershipAsPeople}): "report to senior leadership".
 */
final class LeadershipAsPeopleFilter implements MatchFilter.EachMatch {

  @Override
  public boolean drops(String text, int begin, int end) {
    return Clauses.isLeadershipAsPeople(text, begin, end);
  }
}
