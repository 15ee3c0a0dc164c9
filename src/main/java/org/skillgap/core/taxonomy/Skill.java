package org.skillgap.core.taxonomy;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One taxonomy entry.
 *
 * @param id stable identifier, lowercase slug
 * @param name preferred name shown in reports
 * @param type technology, knowledge, soft skill or credential
 * @param industries industries where the skill is specific; empty means transversal
 * @param ambiguous true when a surface form is also an everyday word (R, Go, Excel, Epic) and needs
 *     context before it counts
 * @param aliases alternative surface forms, abbreviations included (the name itself is not
 *     repeated)
 */
public record Skill(
    String id,
    String name,
    SkillType type,
    Set<String> industries,
    boolean ambiguous,
    List<String> aliases)
    implements Serializable {

  /** The name followed by every alias. */
  public List<String> surfaceForms() {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
  }
}
