package org.skillgap.core.extract;

/**
 * Drops a match written as part of an organisation's name or a job title ({@link
 * Clauses#inOrganisationName}): "Bureau of Asset Management", "records clerk".
 */
final class OrganisationNameFilter implements MatchFilter.EachMatch {

  @Override
  public boolean drops(String text, int begin, int end) {
    return Clauses.inOrganisationName(text, begin, end);
  }
}
