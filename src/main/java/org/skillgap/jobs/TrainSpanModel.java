package org.skillgap.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.skillgap.core.eval.Bio;
import org.skillgap.core.eval.Span;
import org.skillgap.core.eval.TaggedCorpus;
import org.skillgap.core.eval.TaggedSentence;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.SkillMatcher;
import org.skillgap.core.extract.SpanModel;
import org.skillgap.core.taxonomy.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains the optional skill-span model ({@code extract.span-model}) on annotated JSON Lines. */
@Command(
    name = "train-span-model",
    mixinStandardHelpOptions = true,
    description = "Trains a CRF skill-span model on SkillSpan/Green style JSON Lines.")
public final class TrainSpanModel implements Callable<Integer> {

  @Option(
      names = "--train",
      required = true,
      description = "Annotated JSON Lines (tokens plus tags_<layer>). Repeatable.")
  List<Path> train;

  @Option(
      names = "--layer",
      description =
          "Tag layer to learn, or '"
              + ALL_LAYERS
              + "': every layer of every file in one "
              + "model that says which layer a span is (the shipped model; default: ${DEFAULT-VALUE}).",
      defaultValue = "knowledge")
  String layer;

  @Option(
      names = "--taxonomy",
      description =
          "Taxonomy whose matches are features; use the one the pipeline runs with (default: built-in).")
  Path taxonomyFile;

  @Option(
      names = "--prune-below",
      description =
          "Train twice, the second time without the features whose weights "
              + "differ across labels by less than this; 0 trains once and keeps them all (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + SpanModel.PRUNE_BELOW)
  double pruneBelow;

  @Option(names = "--output", required = true, description = "Model file to write (gzip).")
  Path output;

  @Override
  public Integer call() throws Exception {
    Taxonomy taxonomy = Taxonomy.fromFileOrBuiltin(taxonomyFile);
    List<TaggedSentence> sentences = new ArrayList<>();
    for (Path f : train) {
      sentences.addAll(TaggedCorpus.read(f));
    }
    long t0 = System.nanoTime();
    SpanModel model =
        train(sentences, layer, new SkillMatcher(taxonomy, CoreNlp.shared()), pruneBelow);
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    model.save(output);
    System.out.printf(
        "trained the %s layer on %,d sentences in %.0f s; wrote %s (%,d kB)%n",
        layer, sentences.size(), (System.nanoTime() - t0) / 1e9, output, Files.size(output) / 1024);
    return 0;
  }

  /** The {@code --layer} value that learns every layer, each as a kind of span. */
  public static final String ALL_LAYERS = "all";

  /**
   * Trains on one layer, or on all ({@link #ALL_LAYERS}); sentences without the layer are an error.
   * With all layers, a token tagged in several is learned as the first in the order knowledge, then
   * the others.
   */
  public static SpanModel train(
      List<TaggedSentence> sentences, String layer, SkillMatcher matcher) {
    return train(sentences, layer, matcher, SpanModel.PRUNE_BELOW);
  }

  static SpanModel train(
      List<TaggedSentence> sentences, String layer, SkillMatcher matcher, double pruneBelow) {
    List<List<String>> tokens = new ArrayList<>(sentences.size());
    List<List<String>> tags = new ArrayList<>(sentences.size());
    for (TaggedSentence s : sentences) {
      List<String> t = ALL_LAYERS.equals(layer) ? kindedTags(s) : s.layers().get(layer);
      if (t == null) {
        throw new CommandLine.ParameterException(
            new CommandLine(new TrainSpanModel()),
            "the training data has no tags_" + layer + " field; it has " + s.layers().keySet());
      }
      tokens.add(s.tokens());
      tags.add(t);
    }
    return SpanModel.train(
        tokens, tags, matcher, SpanModel.Options.defaults().withPruneBelow(pruneBelow));
  }

  /** One tag sequence from every layer, each tag carrying its layer ("B-knowledge"). */
  static List<String> kindedTags(TaggedSentence s) {
    List<String> layers = new ArrayList<>(s.layers().keySet());
    layers.sort(Comparator.comparing(l -> !l.equals("knowledge")));
    String[] out = new String[s.tokens().size()];
    Arrays.fill(out, "O");
    for (String l : layers) {
      List<Span> spans = Bio.spans(s.layers().get(l));
      for (Span span : spans) {
        boolean free = true;
        for (int i = span.begin(); i < span.end(); i++) {
          free &= out[i].equals("O");
        }
        if (free) {
          out[span.begin()] = "B-" + l;
          for (int i = span.begin() + 1; i < span.end(); i++) {
            out[i] = "I-" + l;
          }
        }
      }
    }
    return List.of(out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainSpanModel()).execute(args));
  }
}
