package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.skillgap.core.taxonomy.SkillType;

/**
 * Drops the unnamed certification beside a named one: in "Certification in BLS" the named
 * credential is what is asked; the unnamed one would count it twice. It weighs the other matches,
 * so it runs after the rules that drop matches one by one.
 */
final class UnnamedCertificationFilter implements MatchFilter {

  /** The taxonomy's entry for a certification the sentence does not name. */
  static final String ANY_CERTIFICATION = "any-certification";

  @Override
  public List<SkillMatcher.Match> keep(PostingSentence sentence, List<SkillMatcher.Match> matches) {
    List<SkillMatcher.Match> out = new ArrayList<>(matches);
    if (out.size() > 1
        && out.stream().anyMatch(m -> m.skill().id().equals(ANY_CERTIFICATION))
        && out.stream()
            .anyMatch(
                m ->
                    m.skill().type() == SkillType.CREDENTIAL
                        && !m.skill().id().equals(ANY_CERTIFICATION))) {
      out.removeIf(m -> m.skill().id().equals(ANY_CERTIFICATION));
    }
    return out;
  }
}
