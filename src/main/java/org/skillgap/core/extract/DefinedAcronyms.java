package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgap.core.taxonomy.Skill;

/**
 * The acronyms a posting defines ({@link Acronyms#defined}) and what each means there. A match
 * written as one of them takes the definition's skill: in a posting that writes "Good Clinical
 * Practice (GCP)", GCP is not Google Cloud Platform.
 */
final class DefinedAcronyms {

  /** What a defined acronym means: a taxonomy skill, or null when the taxonomy knows none. */
  private record Meaning(Skill skill) {}

  private final Map<String, Meaning> meanings;

  private DefinedAcronyms(Map<String, Meaning> meanings) {
    this.meanings = meanings;
  }

  /** Reads the acronyms a posting defines and matches each definition against the taxonomy. */
  static DefinedAcronyms in(
      String document, String industry, SentenceSplitter splitter, SkillMatcher matcher) {
    Map<String, String> defined = Acronyms.defined(document);
    if (defined.isEmpty()) {
      return new DefinedAcronyms(Map.of());
    }
    Map<String, Meaning> out = new HashMap<>();
    defined.forEach(
        (acronym, longForm) -> {
          // The definition means a skill only when one taxonomy entry spans all of it: "Grant
          // Compliance Program" is not Compliance.
          Skill skill = null;
          List<List<Token>> parts = splitter.split(longForm);
          if (parts.size() == 1) {
            for (SkillMatcher.Match m : matcher.match(parts.get(0), industry, null)) {
              if (m.firstToken() == 0 && m.lastToken() == parts.get(0).size() - 1) {
                skill = m.skill();
              }
            }
          }
          out.put(acronym, new Meaning(skill));
        });
    return new DefinedAcronyms(out);
  }

  /**
   * The matches with each one-token match written as a defined acronym bound to the definition's
   * skill; when the definition names no taxonomy skill, that match is dropped.
   */
  List<SkillMatcher.Match> bind(List<Token> sentence, List<SkillMatcher.Match> matches) {
    if (meanings.isEmpty() || matches.isEmpty()) {
      return matches;
    }
    List<SkillMatcher.Match> out = new ArrayList<>(matches.size());
    for (SkillMatcher.Match m : matches) {
      Meaning meaning =
          m.firstToken() == m.lastToken()
              ? meanings.get(sentence.get(m.firstToken()).text())
              : null;
      if (meaning == null) {
        out.add(m);
      } else if (meaning.skill() != null) {
        out.add(new SkillMatcher.Match(meaning.skill(), m.firstToken(), m.lastToken()));
      }
    }
    return out;
  }
}
