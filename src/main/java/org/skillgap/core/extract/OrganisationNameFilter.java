package org.skillgap.core.extract;

import java.util.List;

/**
 * Drops a match written as part of an organisation's name or a job title ({@link
 * Clauses#inOrganisationName}): "Bureau of Asset Management", "records clerk".
 */
final class OrganisationNameFilter implements MatchFilter {

  @Override
  public List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches) {
    return matches.stream()
        .filter(
            m ->
                !Clauses.inOrganisationName(
                    sentence.text(), sentence.textBegin(m), sentence.textEnd(m)))
        .toList();
  }
}
