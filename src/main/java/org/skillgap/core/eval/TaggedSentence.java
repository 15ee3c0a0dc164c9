package org.skillgap.core.eval;

import java.util.List;
import java.util.Map;

/**
 * One annotated sentence: whitespace tokens and one BIO tag list per annotation layer ("skill",
 * "knowledge"), as in the SkillSpan and Green JSON Lines files.
 *
 * @param source the corpus' own sub-source ("tech", "house") or "" when it has none
 */
public record TaggedSentence(
    String source, List<String> tokens, Map<String, List<String>> layers) {}
