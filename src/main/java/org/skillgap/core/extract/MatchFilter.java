package org.skillgap.core.extract;

import java.util.List;

/**
 * A context rule: which of a sentence's taxonomy matches count as skills asked for where they
 * stand. The extractor applies its rules in a fixed order, each to the matches the rules before it
 * kept, so a rule that weighs the other matches (as {@link UnnamedCertificationFilter} does) sees
 * only those still standing.
 */
interface MatchFilter {

  /**
   * @param sentence the sentence the matches are in
   * @param matches the matches the earlier rules kept, never empty
   * @return those of {@code matches} that this rule keeps, in their order
   */
  List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches);

  /** A rule that weighs each match on its own, by where it stands in the sentence's text. */
  interface EachMatch extends MatchFilter {

    /** Whether the match at {@code begin..end} of {@code text} is not a skill asked for. */
    boolean drops(String text, int begin, int end);

    @Override
    default List<SkillMatcher.Match> keep(
        PostingSentence sentence, List<SkillMatcher.Match> matches) {
      return matches.stream()
          .filter(m -> !drops(sentence.text(), sentence.textBegin(m), sentence.textEnd(m)))
          .toList();
    }
  }
}
