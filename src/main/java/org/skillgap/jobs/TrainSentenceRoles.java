package org.skillgap.jobs;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import org.skillgap.core.console.Console;
import org.skillgap.core.encode.SentenceEncoder;
import org.skillgap.core.eval.TaggedCorpus;
import org.skillgap.core.eval.TaggedSentence;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.Sections;
import org.skillgap.core.extract.SentenceCues;
import org.skillgap.core.extract.SentenceRoles;
import org.skillgap.core.extract.SentenceRoles.Example;
import org.skillgap.core.extract.Token;
import org.skillgap.core.ingest.TextCleaner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the sentence-roles model shipped in the jar ({@link SentenceRoles}) on labels real
 * postings give for free (no Spark needed): the NYC feed's columns, duty sentences by their
 * subject, employer descriptions by the {@link Sections} rules (NYC and USAJOBS), and SkillSpan's
 * sentences with and without annotated spans. Up to {@code --per-group} sentences of each label
 * source, drawn with a fixed seed, so that no one source decides the model.
 */
@Command(
    name = "train-sentence-roles",
    mixinStandardHelpOptions = true,
    description = "Trains the sentence-roles model on the real feeds and SkillSpan.")
public final class TrainSentenceRoles implements Callable<Integer> {

  @Option(names = "--nyc", required = true, description = "nyc-jobs.csv.zip as published.")
  Path nyc;

  @Option(
      names = "--usajobs",
      required = true,
      description = "usajobs_dec2017_dedup.csv.gz as published.")
  Path usajobs;

  @Option(names = "--skillspan", required = true, description = "SkillSpan train.jsonl.")
  Path skillspan;

  @Option(
      names = "--per-group",
      defaultValue = "1500",
      description = "Sentences drawn from each label source (default: ${DEFAULT-VALUE}).")
  int perGroup;

  @Option(names = "--output", required = true, description = "Model file to write (.tsv).")
  Path output;

  private static final int MIN_WORDS = 6;

  @Override
  public Integer call() throws IOException {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    readNyc(groups);
    readUsajobs(groups);
    readSkillSpan(groups);
    List<Example> examples = new ArrayList<>();
    Random random = new Random(7);
    StringBuilder drawn = new StringBuilder();
    groups.forEach(
        (group, sentences) -> {
          List<String> all = new ArrayList<>(sentences);
          Collections.shuffle(all, random);
          List<String> kept = all.subList(0, Math.min(perGroup, all.size()));
          boolean asks = group.startsWith("asks");
          kept.forEach(s -> examples.add(new Example(s, asks)));
          drawn.append(drawn.isEmpty() ? "" : ", ").append(group).append(' ').append(kept.size());
        });
    Console.get().notice("training on " + examples.size() + " sentences: " + drawn);
    SentenceRoles model =
        SentenceRoles.train(
            examples,
            SentenceEncoder.shared(),
            "NYC Jobs columns, USAJOBS summaries, SkillSpan train (" + drawn + ")",
            7);
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      model.write(w);
    }
    Console.get().notice("wrote " + output);
    return 0;
  }

  private void readNyc(Map<String, Set<String>> groups) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(nyc))) {
      zip.getNextEntry();
      List<String[]> rows = csv(zip);
      Map<String, Integer> column = columns(rows.get(0));
      for (String[] row : rows.subList(1, rows.size())) {
        add(groups, "asks: NYC Preferred Skills", sentences(row[column.get("Preferred Skills")]));
        for (String c : List.of("To Apply", "Additional Information", "Residency Requirement")) {
          add(groups, "not: NYC " + c, sentences(row[column.get(c)]));
        }
        summary(groups, "NYC Job Description", row[column.get("Job Description")]);
      }
    }
  }

  private void readUsajobs(Map<String, Set<String>> groups) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(usajobs))) {
      List<String[]> rows = csv(in);
      Map<String, Integer> column = columns(rows.get(0));
      for (String[] row : rows.subList(1, rows.size())) {
        summary(groups, "USAJOBS JobSummary", row[column.get("JobSummary")]);
      }
    }
  }

  /**
   * A feed's free-text summary: employer descriptions by the rules, duties by their subject or
   * form, and duties that open with a verb ("Provide direct patient care ...", "Prepares the budget
   * ...").
   */
  private static void summary(Map<String, Set<String>> groups, String source, String text) {
    for (Split split : split(text)) {
      List<Token> tokens = split.tokens();
      String s = split.text();
      if (Sections.isBoilerplateSentence(s)) {
        add(groups, "not: employer (" + source + ")", List.of(s));
      } else if (SentenceRoles.namesTheHiringProcess(s)) {
        continue;
      } else if (SentenceRoles.isDuty(s)) {
        add(groups, "asks: duty (" + source + ")", List.of(s));
      } else if (opensWithAVerb(tokens)) {
        add(groups, "asks: duty by its verb (" + source + ")", List.of(s));
      }
    }
  }

  /** Tagged on its first words: an imperative or third-person verb opens a duty. */
  private static boolean opensWithAVerb(List<Token> tokens) {
    int from = Character.isLetter(tokens.get(0).text().charAt(0)) ? 0 : 1;
    List<String> tags =
        CoreNlp.shared().tag(tokens.subList(from, Math.min(tokens.size(), from + 4)));
    return !tags.isEmpty() && (tags.get(0).equals("VB") || tags.get(0).equals("VBZ"));
  }

  /**
   * SkillSpan's sentences: with an annotated span of either layer they ask, without they do not.
   */
  private void readSkillSpan(Map<String, Set<String>> groups) {
    for (TaggedSentence sentence : TaggedCorpus.read(skillspan)) {
      if (sentence.tokens().size() < 8) {
        continue;
      }
      boolean span =
          sentence.layers().values().stream()
              .flatMap(List::stream)
              .anyMatch(tag -> !tag.equals("O"));
      add(
          groups,
          span ? "asks: SkillSpan with spans" : "not: SkillSpan without spans",
          List.of(String.join(" ", sentence.tokens())));
    }
  }

  private static void add(Map<String, Set<String>> groups, String group, List<String> sentences) {
    groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(sentences);
  }

  /** The sentences of a cell as the extractor sees them: cleaned, split by CoreNLP. */
  static List<String> sentences(String cell) {
    return split(cell).stream().map(Split::text).toList();
  }

  /** A sentence of a cell, with its tokens. */
  private record Split(String text, List<Token> tokens) {}

  /**
   * The sentences of {@value #MIN_WORDS} or more tokens of a cell, cleaned and split by CoreNLP.
   */
  private static List<Split> split(String cell) {
    String text = TextCleaner.clean(cell);
    List<Split> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (List<Token> tokens : CoreNlp.shared().split(text)) {
      if (tokens.size() >= MIN_WORDS) {
        out.add(new Split(SentenceCues.text(text, tokens), tokens));
      }
    }
    return out;
  }

  private static List<String[]> csv(InputStream in) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setMaxCharsPerColumn(-1);
    settings.setLineSeparatorDetectionEnabled(true);
    return new CsvParser(settings).parseAll(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static Map<String, Integer> columns(String[] header) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      out.put(header[i], i);
    }
    return out;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainSentenceRoles()).execute(args));
  }
}
