package org.skillgap.core.extract;

/**
 * Drops a match that names what a pay element rewards, not a skill asked for ({@link
 * Clauses#namesPayElement}): "recruitment incentives may be authorized".
 */
final class PayElementFilter implements MatchFilter.EachMatch {

  @Override
  public boolean drops(String text, int begin, int end) {
    return Clauses.namesPayElement(text, begin, end);
  }
}
