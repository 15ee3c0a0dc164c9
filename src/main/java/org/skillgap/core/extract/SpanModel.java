package org.skillgap.core.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.skillgap.core.error.Errors;
import org.skillgap.core.eval.Bio;
import org.skillgap.core.eval.Span;
import org.skillgap.core.taxonomy.SkillType;

/**
 * A learned skill-span tagger: CoreNLP's linear-chain CRF over words, word shapes, affixes and
 * neighbours, plus one feature the gazetteer alone cannot use well: whether, and as what type, the
 * taxonomy matcher covers the token. The CRF learns from annotated postings when a taxonomy match
 * is a skill in context and which unlisted phrases are skills too.
 *
 * <p>Trained by {@code jobs/train-span-model.sh}; the one built from the SkillSpan and Green et al.
 * train splits ships in the jar and is on by default ({@code extract.span-model}). Classification
 * is thread-safe; build once per executor.
 */
public final class SpanModel {

  /** Marker in the tag slot of a token no taxonomy entry covers. */
  static final String NO_MATCH = "O";

  private final CRFClassifier<CoreLabel> crf;

  private SpanModel(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
  }

  /**
   * Training knobs with the defaults used for the published figures.
   *
   * @param pruneBelow when above 0, a first training finds the features whose weights differ across
   *     labels by less than this, drops them and trains again on the rest (CoreNLP's {@code
   *     featureDiffThresh}): most of the 323,000 word and n-gram features of the shipped model's
   *     training barely move a decision, and dropping them keeps that model under 5 MB at about 1.5
   *     times the training time
   */
  public record Options(int threads, double sigma, double tolerance, double pruneBelow) {
    public static Options defaults() {
      return new Options(
          Math.max(1, Runtime.getRuntime().availableProcessors()), 1.0, 1e-4, PRUNE_BELOW);
    }

    public Options withPruneBelow(double threshold) {
      return new Options(threads, sigma, tolerance, threshold);
    }
  }

  /** Default {@link Options#pruneBelow}. */
  public static final double PRUNE_BELOW = 0.3;

  /**
   * Trains on sentences given as tokens plus BIO tags.
   *
   * @param matcher the taxonomy matcher whose matches become features; use the same one at run time
   */
  public static SpanModel train(
      List<List<String>> sentences,
      List<List<String>> bioTags,
      SkillMatcher matcher,
      Options options) {
    Properties p = new Properties();
    p.setProperty("useClassFeature", "true");
    p.setProperty("useWord", "true");
    p.setProperty("useNGrams", "true");
    p.setProperty("noMidNGrams", "true");
    p.setProperty("maxNGramLeng", "6");
    p.setProperty("usePrev", "true");
    p.setProperty("useNext", "true");
    p.setProperty("useDisjunctive", "true");
    p.setProperty("useSequences", "true");
    p.setProperty("usePrevSequences", "true");
    p.setProperty("maxLeft", "1");
    p.setProperty("useTypeSeqs", "true");
    p.setProperty("useTypeSeqs2", "true");
    p.setProperty("useTypeySequences", "true");
    p.setProperty("wordShape", "chris2useLC");
    // The tag slot carries the taxonomy match (see tokens()), read with its neighbours.
    p.setProperty("useTags", "true");
    p.setProperty("usePrevNextTag", "true");
    p.setProperty("sigma", Double.toString(options.sigma()));
    p.setProperty("tolerance", Double.toString(options.tolerance()));
    p.setProperty("multiThreadGrad", Integer.toString(options.threads()));
    if (options.pruneBelow() > 0) {
      p.setProperty("featureDiffThresh", Double.toString(options.pruneBelow()));
      p.setProperty("numTimesPruneFeatures", "1");
    }
    p.setProperty("serializeTo", "");
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(p);
    List<List<CoreLabel>> docs = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> labels = tokens(sentences.get(i), matcher);
      List<String> tags = bioTags.get(i);
      for (int t = 0; t < labels.size(); t++) {
        labels.get(t).set(CoreAnnotations.AnswerAnnotation.class, label(tags.get(t)));
      }
      docs.add(labels);
    }
    crf.train(docs, null);
    return new SpanModel(crf);
  }

  /**
   * The label a tag is learned as: "O", or "B"/"I" with the span's kind when the tag has one
   * ("B-knowledge"), so that one model can learn several layers and say which one a span is.
   */
  static String label(String tag) {
    if (tag.isEmpty() || tag.charAt(0) == 'O') {
      return "O";
    }
    int dash = tag.indexOf('-');
    return dash < 0 ? tag.substring(0, 1) : tag.charAt(0) + tag.substring(dash);
  }

  /**
   * A span the model found, with its kind ("knowledge", "skill"; empty for a model trained without
   * kinds).
   */
  public record KindedSpan(Span span, String kind) {}

  /** Skill spans in one tokenised sentence. */
  public List<Span> spans(List<String> tokens, SkillMatcher matcher) {
    return kindedSpans(tokens, matcher).stream().map(KindedSpan::span).toList();
  }

  /** Skill spans in one tokenised sentence, each with the kind of its first tag. */
  public List<KindedSpan> kindedSpans(List<String> tokens, SkillMatcher matcher) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<CoreLabel> labels = crf.classify(tokens(tokens, matcher));
    List<String> tags = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tags.add(l.get(CoreAnnotations.AnswerAnnotation.class));
    }
    List<KindedSpan> out = new ArrayList<>();
    for (Span s : Bio.spans(tags)) {
      String tag = tags.get(s.begin());
      out.add(new KindedSpan(s, tag.length() > 2 ? tag.substring(2) : ""));
    }
    return out;
  }

  /**
   * The model shipped in the jar: trained by {@code jobs/train-span-model.sh --layer all} on the
   * SkillSpan and Green et al. train splits (docs/taxonomy.md names the data and its licences;
   * docs/evaluation.md scores it).
   */
  public static final String BUILTIN_RESOURCE = "/org/skillgap/extract/span-model.crf.gz";

  /** The shipped model's file, as bytes (what an executor receives). */
  public static byte[] builtinBytes() {
    try (InputStream in = SpanModel.class.getResourceAsStream(BUILTIN_RESOURCE)) {
      if (in == null) {
        throw Errors.unreadableFile("built-in span model", BUILTIN_RESOURCE, null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw Errors.unreadableFile("built-in span model", BUILTIN_RESOURCE, e);
    }
  }

  public void save(Path file) {
    try (OutputStream raw = Files.newOutputStream(file);
        ObjectOutputStream out =
            new ObjectOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
      crf.serializeClassifier(out);
    } catch (IOException e) {
      throw Errors.unreadableFile("span model output", file.toString(), e);
    }
  }

  public static SpanModel load(InputStream in, String source) {
    try (InputStream gz = new GZIPInputStream(in)) {
      return new SpanModel(CRFClassifier.getClassifier(gz));
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw Errors.unreadableFile("span model", source, e);
    }
  }

  public static SpanModel load(Path file) {
    try {
      return load(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw Errors.unreadableFile("span model", file.toString(), e);
    }
  }

  /** CoreLabels with the taxonomy match of each token in the tag slot ("B-k", "I-s", "O"). */
  static List<CoreLabel> tokens(List<String> words, SkillMatcher matcher) {
    String[] marks = new String[words.size()];
    Arrays.fill(marks, NO_MATCH);
    List<Token> tokens = new ArrayList<>(words.size());
    int offset = 0;
    for (String w : words) {
      tokens.add(new Token(w, offset, offset + w.length()));
      offset += w.length() + 1;
    }
    for (SkillMatcher.Match m : matcher.match(tokens, null, null)) {
      String type = typeMark(m.skill().type());
      marks[m.firstToken()] = "B-" + type;
      for (int i = m.firstToken() + 1; i <= m.lastToken(); i++) {
        marks[i] = "I-" + type;
      }
    }
    List<CoreLabel> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      CoreLabel l = new CoreLabel();
      l.setWord(words.get(i));
      l.setValue(words.get(i));
      l.setTag(marks[i]);
      out.add(l);
    }
    return out;
  }

  private static String typeMark(SkillType type) {
    return switch (type) {
      case TECHNOLOGY -> "t";
      case KNOWLEDGE -> "k";
      case SOFT -> "s";
      case CREDENTIAL -> "c";
    };
  }
}
