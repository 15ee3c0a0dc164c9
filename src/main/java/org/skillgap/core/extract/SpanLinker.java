package org.skillgap.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * Links a phrase the span model found to the taxonomy entry it names, when one does: by name or
 * alias after the matcher's own normalisation (case, plurals, hyphens), with the phrase's lead-in
 * and trailing words dropped ("strong knowledge of SQL databases" is SQL Database), by the same set
 * of words in another order ("management of projects" is Project Management), or by one typing slip
 * in a long form ("Kubernets"). Each way has its own confidence; the caller decides which
 * confidence counts as demand.
 *
 * <p>Plain Java; built once per executor, read-only after that.
 */
public final class SpanLinker {

  /** Confidence of a link by a name or alias, after normalisation. */
  public static final double EXACT = 0.95;

  /**
   * Confidence of a link by the same words in another order, or other forms of them ("managing
   * staff").
   */
  public static final double SAME_WORDS = 0.85;

  /**
   * Confidence of a link by an entry whose words are all in the span, when they are half of the
   * span's words; more of the span gives more, up to {@link #SAME_WORDS}; a third gives less than
   * {@link #ONE_SLIP}.
   */
  public static final double HALF_COVERED = 0.65;

  /**
   * Confidence of a link by one typing slip (one letter added, dropped or changed) in a form of 6+
   * letters.
   */
  public static final double ONE_SLIP = 0.7;

  /** How sure a link is, and which way it was made. */
  public record Link(Skill skill, double confidence, String how) {}

  /** Words that introduce a skill rather than name it: dropped from the start of a phrase. */
  private static final Set<String> LEAD_IN =
      Set.of(
          "experience",
          "experienced",
          "knowledge",
          "knowledgeable",
          "of",
          "in",
          "with",
          "on",
          "strong",
          "solid",
          "good",
          "excellent",
          "great",
          "proven",
          "demonstrated",
          "demonstrable",
          "proficiency",
          "proficient",
          "understanding",
          "familiarity",
          "familiar",
          "ability",
          "able",
          "to",
          "the",
          "a",
          "an",
          "using",
          "use",
          "working",
          "hand",
          "basic",
          "advanced",
          "sound",
          "deep",
          "thorough",
          "expert",
          "expertise",
          "skill",
          "skilled",
          "and",
          "or",
          "your",
          "our",
          "their",
          "any",
          "some",
          "relevant",
          "related",
          "practical",
          "professional",
          "applied",
          "fluency",
          "fluent",
          "competency",
          "competence",
          "background",
          "track",
          "record",
          "year",
          "yr",
          "plus");

  /** Words that close a phrase without changing the skill: dropped from its end. */
  private static final Set<String> TRAILING =
      Set.of(
          "skill",
          "experience",
          "knowledge",
          "tool",
          "technique",
          "concept",
          "principle",
          "method",
          "methodology",
          "environment",
          "expertise",
          "proficiency",
          "ability",
          "background",
          "etc",
          "and",
          "or",
          "capability");

  /**
   * Words left out of the stem sets, so that "management of projects" meets "project management".
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "and", "for", "the", "in", "with", "to", "a", "an", "&");

  private final Map<String, Skill> exact = new HashMap<>();

  /** Stem sets already indexed: the first entry with a set keeps it, as with {@link #exact}. */
  private final Set<Set<String>> stemSets = new HashSet<>();

  /** Each entry form's word stems, by every stem in it: the forms a span's stems could contain. */
  private final Map<String, List<StemForm>> byStem = new HashMap<>();

  private record StemForm(Set<String> stems, Skill skill) {}

  /**
   * Forms of 6+ characters by each one-deletion variant (and the form itself): one slip apart share
   * a key.
   */
  private final Map<String, List<String>> slips = new HashMap<>();

  public SpanLinker(Taxonomy taxonomy) {
    for (Skill skill : taxonomy.skills()) {
      for (String written : skill.surfaceForms()) {
        if (written.startsWith(Taxonomy.EVERYDAY_ALIAS)) {
          continue; // an everyday word needs the matcher's context checks, not a link
        }
        List<String> units = units(List.of(written.split("\\s+")));
        if (units.isEmpty()) {
          continue;
        }
        String key = String.join(" ", units);
        // Ambiguous one-word names ("R", "Go") link only as written in a longer span: never on
        // their own.
        if (skill.ambiguous() && units.size() == 1) {
          continue;
        }
        exact.putIfAbsent(key, skill);
        Set<String> stems = stems(units);
        if (!stems.isEmpty() && stemSets.add(stems)) {
          StemForm f = new StemForm(stems, skill);
          for (String st : f.stems()) {
            byStem.computeIfAbsent(st, k -> new ArrayList<>(1)).add(f);
          }
        }
        if (key.length() >= 6) {
          for (String d : deletions(key)) {
            slips.computeIfAbsent(d, k -> new ArrayList<>(1)).add(key);
          }
        }
      }
    }
  }

  /** The entry a span's words name, or null. */
  public Link link(List<String> words) {
    List<String> units = trimmed(units(words));
    if (units.isEmpty()) {
      return null;
    }
    String key = String.join(" ", units);
    Skill s = exact.get(key);
    if (s != null) {
      return new Link(s, EXACT, "name");
    }
    Link contained = largestContained(units);
    if (contained != null && contained.confidence() >= ONE_SLIP) {
      return contained;
    }
    if (key.length() >= 6) {
      for (String d : deletions(key)) {
        for (String form : slips.getOrDefault(d, List.of())) {
          if (oneSlip(key, form)) {
            return new Link(exact.get(form), ONE_SLIP, "one slip");
          }
        }
      }
    }
    return contained;
  }

  /**
   * The entry with the most words that are all in the span (compared by stem), confident by the
   * share of the span's words it covers; null when no entry's words are all there.
   */
  private Link largestContained(List<String> units) {
    Set<String> span = stems(units);
    if (span.isEmpty()) {
      return null;
    }
    StemForm best = null;
    for (String st : span) {
      for (StemForm f : byStem.getOrDefault(st, List.of())) {
        if ((best == null || f.stems().size() > best.stems().size())
            && span.containsAll(f.stems())) {
          best = f;
        }
      }
    }
    if (best == null) {
      return null;
    }
    double covered = (double) best.stems().size() / span.size();
    double confidence =
        covered >= 1
            ? SAME_WORDS
            : HALF_COVERED + (SAME_WORDS - HALF_COVERED) * (covered - 0.5) / 0.5;
    return new Link(
        best.skill(),
        Math.round(confidence * 100) / 100.0,
        covered >= 1 ? "same words" : "contained");
  }

  /** Stems of the words that are not function words. */
  private static Set<String> stems(List<String> units) {
    Set<String> out = new LinkedHashSet<>();
    for (String u : units) {
      if (!FUNCTION_WORDS.contains(u)) {
        out.add(stem(u));
      }
    }
    return out;
  }

  /**
   * A light suffix stripper for comparing words only (plurals are already folded): "managing",
   * "managed", "manage" and "management" meet; "developer" and "development" do not.
   */
  static String stem(String unit) {
    String w = unit;
    int n = w.length();
    if (n > 7 && w.endsWith("ation")) {
      w = w.substring(0, n - 5);
    } else if (n > 7 && w.endsWith("ment")) {
      w = w.substring(0, n - 4);
    } else if (n > 5 && w.endsWith("ing")) {
      w = w.substring(0, n - 3);
    } else if (n > 4 && w.endsWith("ed")) {
      w = w.substring(0, n - 2);
    }
    return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * The words of a span that name the skill: without lead-in words ("strong knowledge of") and
   * trailing ones ("skills"), nor punctuation at either end. Empty when nothing is left.
   */
  public static List<String> core(List<String> words) {
    Range r = coreRange(words);
    return words.subList(r.begin(), r.end());
  }

  /** Word indexes, begin inclusive, end exclusive; empty when begin == end. */
  public record Range(int begin, int end) {
    public boolean isEmpty() {
      return begin >= end;
    }
  }

  /** Where {@link #core} lies in the words. */
  public static Range coreRange(List<String> words) {
    int from = 0;
    int to = words.size();
    while (from < to && dropped(words.get(from), LEAD_IN)) {
      from++;
    }
    while (to > from && dropped(words.get(to - 1), TRAILING)) {
      to--;
    }
    return new Range(from, to);
  }

  private static boolean dropped(String word, Set<String> words) {
    for (String u : TokenNormalizer.units(word)) {
      if (!u.equals(TokenNormalizer.JOINER)
          && !u.equals(TokenNormalizer.BREAK)
          && !words.contains(u)) {
        return false;
      }
    }
    return true;
  }

  /** The matcher's units of each word, with joiners and punctuation left out. */
  private static List<String> units(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      for (String u : TokenNormalizer.units(w)) {
        if (!u.equals(TokenNormalizer.JOINER) && !u.equals(TokenNormalizer.BREAK)) {
          out.add(u);
        }
      }
    }
    return out;
  }

  private static List<String> trimmed(List<String> units) {
    int from = 0;
    int to = units.size();
    while (from < to && LEAD_IN.contains(units.get(from))) {
      from++;
    }
    while (to > from && TRAILING.contains(units.get(to - 1))) {
      to--;
    }
    return units.subList(from, to);
  }

  /** The form itself and every form with one character deleted. */
  private static List<String> deletions(String form) {
    List<String> out = new ArrayList<>(form.length() + 1);
    out.add(form);
    for (int i = 0; i < form.length(); i++) {
      out.add(form.substring(0, i) + form.substring(i + 1));
    }
    return out;
  }

  /** True when a and b differ by exactly one inserted, deleted or replaced character. */
  static boolean oneSlip(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length()
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
