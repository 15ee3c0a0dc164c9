package org.skillgap.jobs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.skillgap.core.Json;
import org.skillgap.core.eval.LinkEvaluation;
import org.skillgap.core.eval.RegexBaseline;
import org.skillgap.core.eval.SpanEvaluation;
import org.skillgap.core.eval.SpanScore;
import org.skillgap.core.eval.TaggedCorpus;
import org.skillgap.core.eval.TaggedSentence;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.SkillExtractor;
import org.skillgap.core.extract.SkillMatcher;
import org.skillgap.core.extract.SpanModel;
import org.skillgap.core.taxonomy.Csv;
import org.skillgap.core.taxonomy.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores skill extraction on annotated data, without Spark: span precision/recall/F1 (strict and
 * overlap) per layer on SkillSpan/Green style JSON Lines, for the taxonomy extractor and for span
 * models trained on the set's train split; and linking precision/recall on TechWolf-style sentence
 * labels.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Scores the skill extractor on annotated postings (span F1) and sentence labels (linking P/R).")
public final class Evaluate implements Callable<Integer> {

  @Option(
      names = "--spans",
      paramLabel = "NAME=DEV[,TRAIN]",
      description =
          "Annotated JSON Lines to score. With TRAIN, a span model per layer is trained on it first. Repeatable.")
  List<String> spans = new ArrayList<>();

  @Option(
      names = "--links",
      paramLabel = "NAME=CSV",
      description = "Sentence,label CSV (TechWolf ESCO format) to score linking on. Repeatable.")
  List<String> links = new ArrayList<>();

  @Option(
      names = "--taxonomy",
      description = "Taxonomy for span scoring (default: the built-in one).")
  Path taxonomyFile;

  @Option(
      names = "--link-taxonomy",
      description =
          "Taxonomy for linking, e.g. one merged with ESCO by import-taxonomy (default: --taxonomy).")
  Path linkTaxonomyFile;

  @Option(
      names = "--models",
      description = "Folder to save the trained span models in, as NAME-LAYER.crf.gz.")
  Path models;

  @Option(names = "--json", description = "Also write every row as JSON Lines to this file.")
  Path json;

  private final List<String> jsonRows = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Taxonomy taxonomy = Taxonomy.fromFileOrBuiltin(taxonomyFile);
    SkillExtractor extractor = CoreNlp.extractor(taxonomy);
    SkillMatcher matcher = new SkillMatcher(taxonomy, CoreNlp.shared());
    System.out.printf("taxonomy %s (%,d entries)%n", taxonomy.version(), taxonomy.size());
    System.out.println(
        "strict: same boundaries; overlap: shares a token (precision and recall each from their own side)");
    for (String spec : spans) {
      String[] nameFiles = split(spec);
      String name = nameFiles[0];
      String[] files = nameFiles[1].split(",");
      List<TaggedSentence> dev = TaggedCorpus.read(Path.of(files[0]));
      print(
          name,
          "regex baseline (one pattern per entry, no context)",
          SpanEvaluation.score(dev, RegexBaseline.system(taxonomy)));
      print(
          name,
          "taxonomy extractor (extract.span-model=none)",
          SpanEvaluation.score(dev, SpanEvaluation.extractor(extractor)));
      if (taxonomyFile == null) {
        // What the reports count with the default settings: taxonomy matches plus the built-in
        // model's linked spans.
        print(
            name,
            "defaults: taxonomy extractor + built-in span model, linked",
            SpanEvaluation.score(dev, SpanEvaluation.extractor(CoreNlp.defaultExtractor())));
        SpanModel builtin =
            SpanModel.load(
                new ByteArrayInputStream(SpanModel.builtinBytes()), SpanModel.BUILTIN_RESOURCE);
        print(
            name,
            "built-in span model alone (its spans, by the layer it says)",
            SpanEvaluation.score(dev, SpanEvaluation.kindedSpanModel(builtin, matcher)));
      }
      if (files.length > 1) {
        List<TaggedSentence> train = TaggedCorpus.read(Path.of(files[1]));
        Map<String, SpanModel> trained = new LinkedHashMap<>();
        for (String layer : train.get(0).layers().keySet()) {
          long t0 = System.nanoTime();
          SpanModel model = TrainSpanModel.train(train, layer, matcher);
          System.out.printf(
              "trained the %s %s span model on %,d sentences in %.0f s%n",
              name, layer, train.size(), (System.nanoTime() - t0) / 1e9);
          if (models != null) {
            Files.createDirectories(models);
            model.save(models.resolve(name + "-" + layer + ".crf.gz"));
          }
          trained.put(layer, model);
        }
        print(
            name,
            "span models trained on this set's train split, one per layer",
            SpanEvaluation.score(dev, SpanEvaluation.spanModels(trained, matcher)));
        print(
            name,
            "taxonomy extractor + those span models, every span",
            SpanEvaluation.score(
                dev, SpanEvaluation.extractorWithSpanModels(extractor, trained, matcher)));
      }
    }
    if (!links.isEmpty()) {
      Taxonomy linkTaxonomy =
          linkTaxonomyFile == null ? taxonomy : Taxonomy.fromFileOrBuiltin(linkTaxonomyFile);
      SkillExtractor linker = CoreNlp.extractor(linkTaxonomy);
      for (String spec : links) {
        String[] nameFile = split(spec);
        List<List<String>> rows =
            Csv.parse(Files.readString(Path.of(nameFile[1]), StandardCharsets.UTF_8));
        Map<String, Set<String>> gold = LinkEvaluation.goldBySentence(rows.subList(1, rows.size()));
        SpanScore.Prf prf = LinkEvaluation.score(gold, linker);
        System.out.printf(
            "%n%s linking, taxonomy %s (%,d entries), %d sentences, %d labels%n",
            nameFile[0], linkTaxonomy.version(), linkTaxonomy.size(), gold.size(), rows.size() - 1);
        System.out.printf(
            "precision %.3f  recall %.3f  F1 %.3f%n", prf.precision(), prf.recall(), prf.f1());
        jsonRows.add(
            new Json()
                .put("set", nameFile[0])
                .put("system", "linking")
                .put("taxonomy", linkTaxonomy.version())
                .put("precision", round(prf.precision()))
                .put("recall", round(prf.recall()))
                .put("f1", round(prf.f1()))
                .toString());
      }
    }
    if (json != null) {
      Files.writeString(json, String.join("\n", jsonRows) + "\n");
    }
    return 0;
  }

  private static String[] split(String spec) {
    String[] parts = spec.split("=", 2);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new CommandLine.ParameterException(
          new CommandLine(new Evaluate()),
          "expected NAME=FILE[,FILE], e.g. skillspan=dev.jsonl,train.jsonl; got '" + spec + "'");
    }
    return parts;
  }

  private void print(String set, String system, Map<String, SpanScore> scores) {
    System.out.printf("%n%s, %s%n", set, system);
    System.out.printf(
        "| %-9s | %5s | %5s | %-17s | %-17s |%n",
        "layer", "gold", "pred", "strict P / R / F1", "overlap P / R / F1");
    System.out.println("|-----------|------:|------:|-------------------|-------------------|");
    scores.forEach(
        (layer, s) -> {
          SpanScore.Prf st = s.strict();
          SpanScore.Prf ov = s.overlap();
          System.out.printf(
              "| %-9s | %5d | %5d | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f |%n",
              layer,
              s.gold(),
              s.predicted(),
              st.precision(),
              st.recall(),
              st.f1(),
              ov.precision(),
              ov.recall(),
              ov.f1());
          jsonRows.add(
              new Json()
                  .put("set", set)
                  .put("system", system)
                  .put("layer", layer)
                  .put("gold", s.gold())
                  .put("predicted", s.predicted())
                  .put("strict_precision", round(st.precision()))
                  .put("strict_recall", round(st.recall()))
                  .put("strict_f1", round(st.f1()))
                  .put("overlap_precision", round(ov.precision()))
                  .put("overlap_recall", round(ov.recall()))
                  .put("overlap_f1", round(ov.f1()))
                  .toString());
        });
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Evaluate()).execute(args));
  }
}
