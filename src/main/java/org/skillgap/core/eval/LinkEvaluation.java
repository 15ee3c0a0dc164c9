package org.skillgap.core.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillgap.core.extract.SkillExtractor;
import org.skillgap.core.extract.SkillMention;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * Precision and recall of linked taxonomy entries against sentence-level labels (the TechWolf ESCO
 * format: one row per sentence and gold label). A predicted entry is correct when its name or one
 * of its aliases is a gold label of the sentence, so built-in entries enriched with ESCO synonyms
 * link too.
 */
public final class LinkEvaluation {

  private LinkEvaluation() {}

  /** Gold labels per sentence, in file order. */
  public static Map<String, Set<String>> goldBySentence(List<List<String>> rows) {
    Map<String, Set<String>> gold = new LinkedHashMap<>();
    for (List<String> row : rows) {
      gold.computeIfAbsent(row.get(0), k -> new LinkedHashSet<>()).add(key(row.get(1)));
    }
    return gold;
  }

  public static SpanScore.Prf score(Map<String, Set<String>> gold, SkillExtractor extractor) {
    Taxonomy taxonomy = extractor.taxonomy();
    long predicted = 0;
    long correct = 0;
    long goldTotal = 0;
    long found = 0;
    for (Map.Entry<String, Set<String>> e : gold.entrySet()) {
      Set<String> ids = new LinkedHashSet<>();
      for (SkillMention m : extractor.extract(e.getKey(), null)) {
        ids.add(m.skillId());
      }
      Set<String> covered = new HashSet<>();
      for (String id : ids) {
        Skill s = taxonomy.get(id);
        boolean hit = false;
        for (String form : s.surfaceForms()) {
          if (e.getValue().contains(key(form))) {
            covered.add(key(form));
            hit = true;
          }
        }
        predicted++;
        correct += hit ? 1 : 0;
      }
      goldTotal += e.getValue().size();
      found += covered.size();
    }
    return SpanScore.Prf.of(
        predicted == 0 ? 0 : (double) correct / predicted,
        goldTotal == 0 ? 0 : (double) found / goldTotal);
  }

  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT).trim();
  }
}
