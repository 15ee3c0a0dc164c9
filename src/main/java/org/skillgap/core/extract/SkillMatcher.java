package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.SkillType;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * Leftmost-longest phrase matching of taxonomy surface forms over normalised token units, with
 * context checks for ambiguous short names. Built once per executor: construction tokenises every
 * alias.
 */
public final class SkillMatcher {

  /** Words that, in the same sentence, make an ambiguous tech name (R, Go, C, Swift) a skill. */
  private static final Set<String> TECH_CUES =
      Set.of(
          "programming",
          "language",
          "languages",
          "developer",
          "developers",
          "development",
          "code",
          "coding",
          "software",
          "scripting",
          "experience",
          "proficiency",
          "proficient",
          "knowledge",
          "skills",
          "using",
          "stack",
          "frameworks",
          "tools",
          "microsoft",
          "spreadsheet",
          "spreadsheets",
          "pivot",
          "vlookup",
          "formulas",
          "office",
          "ehr",
          "emr",
          "charting",
          "system",
          "systems",
          "records",
          "documentation",
          "familiarity",
          "familiar",
          "expertise");

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    List<Entry> entries;
  }

  /** A surface form ending at a trie node. */
  private record Entry(Skill skill, boolean ambiguousForm, String form) {}

  private record Candidate(int firstUnit, int lastUnit, Entry entry) {}

  private final Node root = new Node();

  public SkillMatcher(Taxonomy taxonomy, SentenceSplitter splitter) {
    for (Skill skill : taxonomy.skills()) {
      for (String written : skill.surfaceForms()) {
        // "~Word": an alias that is also an everyday word, held to the rule of ambiguous names.
        boolean everydayAlias = written.startsWith(Taxonomy.EVERYDAY_ALIAS);
        String form = everydayAlias ? written.substring(1) : written;
        List<String> units = new ArrayList<>();
        for (List<Token> sentence : splitter.split(form)) {
          for (Token t : sentence) {
            for (String u : TokenNormalizer.units(t.text())) {
              if (!u.equals(TokenNormalizer.JOINER)) {
                units.add(u);
              }
            }
          }
        }
        if (units.isEmpty() || units.contains(TokenNormalizer.BREAK)) {
          continue; // a form made of punctuation could never match
        }
        boolean ambiguousForm =
            units.size() == 1
                && (everydayAlias || skill.ambiguous() && form.equalsIgnoreCase(skill.name()));
        Node n = root;
        for (String u : units) {
          n = n.next.computeIfAbsent(u, k -> new Node());
        }
        if (n.entries == null) {
          n.entries = new ArrayList<>(1);
        }
        Entry e = new Entry(skill, ambiguousForm, form);
        if (n.entries.stream().noneMatch(x -> x.skill().id().equals(skill.id()))) {
          n.entries.add(e);
        }
      }
    }
  }

  /** Result of matching one sentence. */
  public record Match(Skill skill, int firstToken, int lastToken) {}

  /**
   * Finds the skills in one sentence.
   *
   * @param sentence tokens of the sentence
   * @param industry the posting's industry, used to choose between skills sharing a form; may be
   *     null
   * @param tagger consulted only when an ambiguous form needs its part of speech; may be null
   */
  public List<Match> match(List<Token> sentence, String industry, PosTagger tagger) {
    List<String> units = new ArrayList<>(sentence.size() + 4);
    List<Integer> tokenOf = new ArrayList<>(sentence.size() + 4);
    for (int ti = 0; ti < sentence.size(); ti++) {
      for (String u : TokenNormalizer.units(sentence.get(ti).text())) {
        if (!u.equals(TokenNormalizer.JOINER)) {
          units.add(u);
          tokenOf.add(ti);
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    while (i < units.size()) {
      Node n = root;
      Candidate best = null;
      for (int j = i; j < units.size(); j++) {
        n = n.next.get(units.get(j));
        if (n == null) {
          break;
        }
        if (n.entries != null) {
          best = new Candidate(i, j, choose(n.entries, industry));
        }
      }
      if (best != null) {
        candidates.add(best);
        i = best.lastUnit() + 1;
      } else {
        i++;
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Match> out = new ArrayList<>(candidates.size());
    List<String> tags = null;
    for (Candidate c : candidates) {
      int first = tokenOf.get(c.firstUnit());
      int last = tokenOf.get(c.lastUnit());
      if (c.entry().ambiguousForm()) {
        if (tags == null && tagger != null) {
          tags = tagger.tag(sentence);
        }
        if (!ambiguousFormIsSkill(sentence, first, candidates, c, tags)) {
          continue;
        }
      }
      out.add(new Match(c.entry().skill(), first, last));
    }
    return out;
  }

  private static Entry choose(List<Entry> entries, String industry) {
    if (entries.size() > 1 && industry != null) {
      for (Entry e : entries) {
        if (e.skill().industries().contains(industry)) {
          return e;
        }
      }
    }
    return entries.get(0);
  }

  /**
   * An ambiguous name (R, Go, Excel, Epic) counts only when written as a name (capitalised as in
   * the taxonomy), not as a verb or other word class when a tagger is available, and with evidence
   * in the sentence: another unambiguous skill, or a cue word such as "programming" or "EHR".
   */
  private static boolean ambiguousFormIsSkill(
      List<Token> sentence,
      int tokenIndex,
      List<Candidate> all,
      Candidate self,
      List<String> tags) {
    String written = sentence.get(tokenIndex).text();
    String canonical = self.entry().form();
    if (!written.equals(canonical) && !written.equals(canonical.toUpperCase(Locale.ROOT))) {
      return false;
    }
    if (tags != null) {
      String tag = tags.get(tokenIndex);
      if (!tag.startsWith("NN") && !tag.equals("FW") && !tag.equals("CD")) {
        return false;
      }
    }
    for (Candidate other : all) {
      if (other != self
          && !other.entry().ambiguousForm()
          && other.entry().skill().type() != SkillType.SOFT) {
        return true;
      }
    }
    for (Token t : sentence) {
      if (TECH_CUES.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
