package org.skillgap.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.skillgap.core.Json;
import org.skillgap.core.encode.EntryIndex;
import org.skillgap.core.encode.SentenceEncoder;
import org.skillgap.core.eval.LinkEvaluation;
import org.skillgap.core.eval.RankEvaluation;
import org.skillgap.core.taxonomy.Csv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Links by meaning, scored: ranks every label of a taxonomy for each sentence of a TechWolf-style
 * file (sentence, gold label) by the sentence encoder's cosine, and prints R-Precision@5/10 and MRR
 * with the preferred labels alone and with their alternative labels. No Spark.
 */
@Command(
    name = "rank-links",
    mixinStandardHelpOptions = true,
    description =
        "Ranks taxonomy labels for each sentence by the sentence encoder (all-MiniLM-L6-v2) and"
            + " scores the ranking against the sentences' gold labels (R-Precision@5/10, MRR).")
public final class RankLinks implements Callable<Integer> {

  @Option(
      names = "--sentences",
      required = true,
      description = "CSV with a header and the columns sentence,label (one row per gold label).")
  Path sentences;

  @Option(
      names = "--labels",
      required = true,
      description = "The entries: one preferred label per line (ESCO's v1.1.0 label list).")
  Path labels;

  @Option(
      names = "--alt-labels",
      description =
          "CSV with preferredLabel and altLabels columns (ESCO's collections); repeatable. Each"
              + " entry is then also found by its alternative labels.")
  List<Path> altLabels = new ArrayList<>();

  @Option(
      names = "--model",
      description =
          "MINILM (shipped) or BGE_SMALL (its artifact's jar on the classpath); default:"
              + " ${DEFAULT-VALUE}.",
      defaultValue = "MINILM")
  SentenceEncoder.Model model;

  @Option(names = "--json", description = "Also write the scores as JSON Lines to this file.")
  Path json;

  @Override
  public Integer call() throws Exception {
    List<List<String>> rows =
        Csv.parse(Files.readString(sentences, StandardCharsets.UTF_8)).stream().skip(1).toList();
    Map<String, Set<String>> gold = LinkEvaluation.goldBySentence(rows);
    List<String> names = readLabels();
    Map<String, Integer> entryOf = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      entryOf.putIfAbsent(key(names.get(i)), i);
    }
    Map<Integer, Set<String>> alternatives = readAlternatives(entryOf);
    long missing =
        gold.values().stream().flatMap(Set::stream).filter(g -> !entryOf.containsKey(g)).count();

    SentenceEncoder encoder = SentenceEncoder.shared(model);
    long t0 = System.nanoTime();
    Map<String, float[]> vectors = encodeAll(encoder, names, alternatives, gold.keySet());
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "%,d entries, %,d alternative labels, %d sentences, %d gold labels not among the entries;"
            + " %,d texts encoded in %.1f s (%.1f ms each on this machine's cores)%n",
        names.size(),
        alternatives.values().stream().mapToInt(Set::size).sum(),
        gold.size(),
        missing,
        vectors.size(),
        seconds,
        1000 * seconds / vectors.size());

    List<String> out = new ArrayList<>();
    for (Names way : Names.values()) {
      if (way != Names.PREFERRED && alternatives.isEmpty()) {
        continue;
      }
      EntryIndex index = new EntryIndex();
      for (int i = 0; i < names.size(); i++) {
        float[] preferred = vectors.get(names.get(i));
        List<float[]> alts =
            alternatives.getOrDefault(i, Set.of()).stream().map(vectors::get).toList();
        index.add(way.vectors(preferred, alts));
      }
      List<RankEvaluation.Ranked> ranked = new ArrayList<>();
      List<Double> firstHits = new ArrayList<>();
      List<Boolean> firstRight = new ArrayList<>();
      gold.forEach(
          (sentence, labelsOfIt) -> {
            Set<Integer> goldIds = new LinkedHashSet<>();
            labelsOfIt.forEach(
                g -> {
                  Integer id = entryOf.get(g);
                  if (id != null) {
                    goldIds.add(id);
                  }
                });
            if (!goldIds.isEmpty()) {
              List<EntryIndex.Hit> hits = index.nearest(vectors.get(sentence), 10);
              List<Integer> top = hits.stream().map(EntryIndex.Hit::entry).toList();
              ranked.add(new RankEvaluation.Ranked(top, goldIds));
              firstHits.add(hits.get(0).cosine());
              firstRight.add(goldIds.contains(top.get(0)));
            }
          });
      RankEvaluation.Score s = RankEvaluation.score(ranked);
      String system = way.description;
      System.out.printf(
          "%-32s RP@5 %.3f  RP@10 %.3f  MRR %.3f  (%d sentences)%n",
          system, s.rPrecisionAt5(), s.rPrecisionAt10(), s.mrr(), s.queries());
      printThresholds(firstHits, firstRight);
      out.add(
          new Json()
              .put("system", model + " cosine, " + system)
              .put("sentences", s.queries())
              .put("rp_at_5", Math.round(s.rPrecisionAt5() * 10000) / 10000.0)
              .put("rp_at_10", Math.round(s.rPrecisionAt10() * 10000) / 10000.0)
              .put("mrr", Math.round(s.mrr() * 10000) / 10000.0)
              .toString());
    }
    if (json != null) {
      Files.writeString(json, String.join("\n", out) + "\n");
    }
    return 0;
  }

  /**
   * What a link threshold would do: for each cosine, the share of sentences whose nearest entry is
   * at least that near (they would link), and how often that entry is a gold label.
   */
  private static void printThresholds(List<Double> cosines, List<Boolean> right) {
    StringBuilder line = new StringBuilder("  nearest entry at cosine >=");
    for (double t = 0.4; t < 0.85; t += 0.1) {
      int linked = 0;
      int correct = 0;
      for (int i = 0; i < cosines.size(); i++) {
        if (cosines.get(i) >= t) {
          linked++;
          correct += right.get(i) ? 1 : 0;
        }
      }
      line.append(
          String.format(
              "  %.1f: %d%% link, %s right",
              t,
              Math.round(100.0 * linked / cosines.size()),
              linked == 0 ? "-" : Math.round(100.0 * correct / linked) + "%"));
    }
    System.out.println(line);
  }

  /** How an entry's names become the vectors it is found by. */
  enum Names {
    PREFERRED("preferred labels") {
      @Override
      List<float[]> vectors(float[] preferred, List<float[]> alternatives) {
        return List.of(preferred);
      }
    },
    NEAREST_NAME("nearest of preferred and alternative labels") {
      @Override
      List<float[]> vectors(float[] preferred, List<float[]> alternatives) {
        List<float[]> all = new ArrayList<>(alternatives);
        all.add(preferred);
        return all;
      }
    },
    CENTROID("preferred label + mean of alternatives") {
      @Override
      List<float[]> vectors(float[] preferred, List<float[]> alternatives) {
        if (alternatives.isEmpty()) {
          return List.of(preferred);
        }
        float[] v = preferred.clone();
        for (float[] a : alternatives) {
          for (int d = 0; d < v.length; d++) {
            v[d] += a[d] / alternatives.size();
          }
        }
        double norm = 0;
        for (float x : v) {
          norm += (double) x * x;
        }
        for (int d = 0; d < v.length; d++) {
          v[d] /= (float) Math.sqrt(norm);
        }
        return List.of(v);
      }
    };

    final String description;

    Names(String description) {
      this.description = description;
    }

    abstract List<float[]> vectors(float[] preferred, List<float[]> alternatives);
  }

  private List<String> readLabels() throws Exception {
    return Files.readAllLines(labels, StandardCharsets.UTF_8).stream()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  /** Entry index to its alternative labels, from every --alt-labels file. */
  private Map<Integer, Set<String>> readAlternatives(Map<String, Integer> entryOf)
      throws Exception {
    Map<Integer, Set<String>> out = new LinkedHashMap<>();
    for (Path file : altLabels) {
      List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
      int preferred = rows.get(0).indexOf("preferredLabel");
      int alt = rows.get(0).indexOf("altLabels");
      if (preferred < 0 || alt < 0) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), file + " has no preferredLabel and altLabels columns");
      }
      for (List<String> row : rows.subList(1, rows.size())) {
        Integer entry = row.size() > preferred ? entryOf.get(key(row.get(preferred))) : null;
        if (entry == null || row.size() <= alt) {
          continue;
        }
        for (String a : row.get(alt).split("\n|\\|")) {
          if (!a.isBlank()) {
            out.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(a.trim());
          }
        }
      }
    }
    return out;
  }

  /** Every text's vector, on every core (the encoder runs one thread per call). */
  private static Map<String, float[]> encodeAll(
      SentenceEncoder encoder,
      List<String> names,
      Map<Integer, Set<String>> alternatives,
      Set<String> sentences) {
    Set<String> texts = new LinkedHashSet<>(names);
    alternatives.values().forEach(texts::addAll);
    texts.addAll(sentences);
    Map<String, float[]> out = new ConcurrentHashMap<>();
    texts.parallelStream().forEach(t -> out.put(t, encoder.encode(t)));
    return out;
  }

  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT).trim();
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new RankLinks()).execute(args));
  }
}
