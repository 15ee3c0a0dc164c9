package org.skillgap.core.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * CoreNLP behind the extractor's two interfaces: a tokenize+ssplit pipeline for every sentence, and
 * the English POS tagger for the few sentences where a tag decides (ambiguous names). Tagging every
 * sentence would cost about nine times the tokenizing (../shared/notes/toolchain.md) for no gain in
 * matching.
 *
 * <p>Pipelines and extractors are cached per JVM, so each Spark executor builds them once.
 */
public final class CoreNlp implements SentenceSplitter, PosTagger {

  public static final String POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private static final ConcurrentHashMap<String, SkillExtractor> EXTRACTORS =
      new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, SkillExtractor> TEXT_EXTRACTORS =
      new ConcurrentHashMap<>();
  private static volatile CoreNlp shared;

  private final StanfordCoreNLP pipeline;
  private volatile MaxentTagger tagger;

  private CoreNlp() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    // Keep brackets as written, keep hyphenated words whole (the matcher splits them), drop junk
    // chars.
    props.setProperty(
        "tokenize.options", "ptb3Escaping=false,splitHyphenated=false,untokenizable=noneDelete");
    // Ingest turns list items and paragraphs into lines: each line ends a sentence.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.pipeline = new StanfordCoreNLP(props, false);
  }

  /** The JVM-wide instance; the first call builds it. */
  public static CoreNlp shared() {
    CoreNlp s = shared;
    if (s == null) {
      synchronized (CoreNlp.class) {
        if (shared == null) {
          shared = new CoreNlp();
        }
        s = shared;
      }
    }
    return s;
  }

  /** The extractor for a taxonomy, built at most once per JVM and taxonomy version. */
  public static SkillExtractor extractor(Taxonomy taxonomy) {
    return EXTRACTORS.computeIfAbsent(
        taxonomy.version(), v -> new SkillExtractor(taxonomy, shared(), shared()));
  }

  /** Same, from the taxonomy file's text as shipped to an executor; parsed once per JVM. */
  public static SkillExtractor extractor(String taxonomyText, String source) {
    return TEXT_EXTRACTORS.computeIfAbsent(taxonomyText, t -> extractor(Taxonomy.parse(t, source)));
  }

  private static final ConcurrentHashMap<String, SkillExtractor> MODEL_EXTRACTORS =
      new ConcurrentHashMap<>();

  /**
   * What the pipeline runs with the default settings: the built-in taxonomy, the built-in span
   * model and the built-in sentence roles.
   */
  public static SkillExtractor defaultExtractor() {
    Taxonomy taxonomy = Taxonomy.builtin();
    return extractor(
        taxonomy.text(),
        taxonomy.source(),
        SpanModel.builtinBytes(),
        SpanModel.BUILTIN_RESOURCE,
        SentenceRoles.DEFAULT_MIN_SCORE);
  }

  /**
   * An extractor that also reads the sentences with a span model, given as the model file's bytes:
   * its spans that link to a taxonomy entry are demand, the others emerging-skill candidates. The
   * model is deserialised once per JVM and taxonomy.
   */
  public static SkillExtractor extractor(
      String taxonomyText, String source, byte[] spanModel, String modelSource) {
    if (spanModel == null) {
      return extractor(taxonomyText, source);
    }
    String key =
        extractor(taxonomyText, source).taxonomyVersion()
            + "|"
            + Arrays.hashCode(spanModel)
            + "|"
            + spanModel.length;
    return MODEL_EXTRACTORS.computeIfAbsent(
        key,
        k ->
            new SkillExtractor(
                extractor(taxonomyText, source).taxonomy(),
                shared(),
                shared(),
                SpanModel.load(new ByteArrayInputStream(spanModel), modelSource)));
  }

  private static final ConcurrentHashMap<String, SkillExtractor> ROLE_EXTRACTORS =
      new ConcurrentHashMap<>();

  /**
   * Same as {@link #extractor(String, String, byte[], String)}, counting skills only from the
   * sentences the built-in {@link SentenceRoles} model scores at least {@code roleMinScore} (null:
   * every sentence), and the entries the built-in {@link SkillSenses} weigh only in their sense
   * (both read with the sentence encoder). Built once per JVM and settings.
   */
  public static SkillExtractor extractor(
      String taxonomyText,
      String source,
      byte[] spanModel,
      String modelSource,
      Double roleMinScore) {
    SkillExtractor base = extractor(taxonomyText, source, spanModel, modelSource);
    if (roleMinScore == null) {
      return base;
    }
    String key =
        base.taxonomyVersion()
            + "|"
            + (spanModel == null ? "no model" : Arrays.hashCode(spanModel) + "|" + spanModel.length)
            + "|"
            + roleMinScore;
    return ROLE_EXTRACTORS.computeIfAbsent(
        key,
        k ->
            base.withSentenceRoles(SentenceRoles.builtin().withMinScore(roleMinScore))
                .withSkillSenses(SkillSenses.builtin()));
  }

  /**
   * A dot that starts a word (".NET", ".net Core") would be split off and end the sentence. It is
   * swapped for a letter before tokenising; tokens take their text from the original, so ".NET"
   * survives.
   */
  private static final Pattern LEADING_DOT = Pattern.compile("(?<![\\w.])\\.(?=[A-Za-z]{2,}\\b)");

  @Override
  public List<List<Token>> split(String text) {
    Annotation doc = new Annotation(LEADING_DOT.matcher(text).replaceAll("X"));
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        tokens.add(
            new Token(
                text.substring(l.beginPosition(), l.endPosition()),
                l.beginPosition(),
                l.endPosition()));
      }
      out.add(tokens);
    }
    return out;
  }

  @Override
  public List<String> tag(List<Token> sentence) {
    List<edu.stanford.nlp.ling.Word> words = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      words.add(new edu.stanford.nlp.ling.Word(t.text()));
    }
    List<TaggedWord> tagged = posTagger().tagSentence(words);
    List<String> tags = new ArrayList<>(tagged.size());
    for (TaggedWord w : tagged) {
      tags.add(w.tag());
    }
    return tags;
  }

  private MaxentTagger posTagger() {
    MaxentTagger t = tagger;
    if (t == null) {
      synchronized (this) {
        if (tagger == null) {
          tagger = new MaxentTagger(POS_MODEL);
        }
        t = tagger;
      }
    }
    return t;
  }
}
