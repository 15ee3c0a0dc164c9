package org.skillgap.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.skillgap.core.encode.SentenceEncoder;

/**
 * Whether a sentence speaks to the candidate (what the job asks, what its holder will do) or is
 * about something else: the employer and its facilities ("The SFVAHCS is a teaching hospital
 * providing a full range of patient care services"), the hiring process, legal text and benefits.
 * Skills count only from the first kind.
 *
 * <p>A logistic regression over the sentence's encoder vector ({@link SentenceEncoder}, MiniLM),
 * trained by {@code jobs/train-sentence-roles.sh} on labels the postings give for free: the columns
 * of the NYC feed (its "Preferred Skills" ask; "To Apply", "Additional Information" and "Residency
 * Requirement" do not), duty sentences by their subject ("The selected candidate will ..."), the
 * employer descriptions the {@link Sections} rules find, and SkillSpan's sentences with and without
 * annotated spans (private-sector wording). The encoder carries the rules' examples to sentences
 * they never matched.
 *
 * <p>Only sentences with a match are weighed, and only those the cues leave open: "must",
 * "required" and "preferred" already say the sentence asks, and so does a duty's or a
 * qualification's form ({@link #isDuty}); the extractor also counts a list of skill names
 * unweighed. That keeps the encoder's cost to the sentences the cues cannot read, and repeated
 * sentences come from its cache.
 */
public final class SentenceRoles {

  public static final String BUILTIN_RESOURCE = "/org/skillgap/extract/sentence-roles.tsv";
  private static final String HEADER = "#skillgap-sentence-roles\tv1";

  /**
   * The default least score for a sentence without a requirement cue to count: chosen on the demand
   * audit of 2026-12-07 (docs/evaluation.md, "Sentence roles").
   */
  public static final double DEFAULT_MIN_SCORE = 0.7;

  private final double[] weights;
  private final double bias;
  private final String source;
  private final SentenceEncoder encoder;
  private final double minScore;

  private SentenceRoles(
      double[] weights, double bias, String source, SentenceEncoder encoder, double minScore) {
    this.weights = weights;
    this.bias = bias;
    this.source = source;
    this.encoder = encoder;
    this.minScore = minScore;
  }

  /** The same model with another least score. */
  public SentenceRoles withMinScore(double score) {
    return new SentenceRoles(weights, bias, source, encoder, score);
  }

  public String source() {
    return source;
  }

  public double minScore() {
    return minScore;
  }

  /** How likely the sentence speaks to the candidate, 0 to 1. */
  public double score(String sentence) {
    return score(encoder.encode(sentence));
  }

  double score(float[] vector) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * vector[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Whether the skills of a sentence count: always when it states a requirement level or has the
   * form of a duty or a qualification ({@link #isDuty}), otherwise when its score reaches the least
   * score. The cues decide first because the model also learnt its sources' topics: the employer
   * descriptions it saw are mostly of veterans' medical centres, so a duty in their words ("provide
   * primary care to veterans") scores low.
   */
  public boolean counts(String sentence, RequirementLevel level) {
    return (level != null && level != RequirementLevel.NOT_STATED)
        || isDuty(sentence)
        || score(sentence) >= minScore;
  }

  /**
   * A duty by its subject ("The selected candidate will ...", "You will ...", "The incumbent is
   * responsible for ..."), its heading ("Duties include ...") or its opening verb ("Provide direct
   * patient care ...", "Prepares the budget ..."); or a qualification by its opening ("Experience
   * providing technical guidance ...", "Working knowledge of ...") or a licence it asks for
   * ("Current, full and unrestricted license to practice medicine ...").
   */
  static final Pattern DUTY =
      Pattern.compile(
          "\\b(the )?(selected |successful )?(candidate|incumbent|selectee|analyst|specialist|engineer"
              + "|manager|director|officer|coordinator|nurse|physician|assistant|supervisor|you|employee"
              + "|programmer|developer|administrator|technician|therapist|pharmacist|counselor|attorney"
              + "|accountant|auditor|economist|planner|inspector|investigator|teacher|instructor)s?"
              + " (will|shall|is responsible|are responsible|must|may be responsible)\\b"
              + "|\\b(duties|responsibilities)\\b[^.;]{0,40}\\binclude\\b"
              + "|^\\W*(major )?(duties|responsibilities)\\b"
              // A verb opening the sentence or an item of a list glued into it ("• Participate in
              // ...", "--Conducting in-service trainings ...", "Customer Service - Works with
              // ...").
              + "|(^|[•▪●◦*;:]|\\s[-–]{1,2}|^-{1,2})\\s*(provid|prepar|develop|manag|perform|conduct|maintain"
              + "|coordinat|review|analy[sz]|assist|ensur|lead|oversee|design|implement|monitor"
              + "|participat|respond|communicat|collaborat|evaluat|assess|administer|plan|supervis|train|writ"
              + "|creat|build|establish|identif|research|draft|track|process|handl|resolv|investigat|inspect"
              + "|negotiat|advis|serv|work|act|express|support|direct|organi[sz]|deliver|instruct|teach"
              + "|mentor|operat|install|troubleshoot|test|document)(e|es|ed|ing|s|ies|y|ying|ied)?\\b"
              + "|(^|[:;]\\s*)\\W*(\\w+ )?(experience|knowledge|ability|abilities|skill|skills|proficiency"
              + "|familiarity|expertise|understanding|certification|licensure)( \\w+)? (in|with|of|to|as"
              + "|providing|developing|using|performing)\\b"
              + "|\\b(current|active|valid|unrestricted|full)\\b[^.]{0,60}\\b(licen[cs]e|licensure|registration"
              + "|certification)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words of the hiring process: a sentence with one is no duty, whatever its form. */
  static final Pattern PROCESS_WORD =
      Pattern.compile(
          "\\b(submit|apply|applicants?|resume|SF-50|transcripts?|announcement|vacancy)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Whether the sentence has the form of a duty and no word of the hiring process. */
  public static boolean isDuty(String sentence) {
    return DUTY.matcher(sentence).find() && !namesTheHiringProcess(sentence);
  }

  /** Whether the sentence has a word of the hiring process ("submit", "applicants", ...). */
  public static boolean namesTheHiringProcess(String sentence) {
    return PROCESS_WORD.matcher(sentence).find();
  }

  /** A labelled sentence: {@code asks} when it speaks to the candidate. */
  public record Example(String text, boolean asks) {}

  /**
   * Trains the regression by stochastic gradient descent with L2 on the examples' vectors, the two
   * classes weighted to equal total weight. Deterministic for a seed.
   */
  public static SentenceRoles train(
      List<Example> examples, SentenceEncoder encoder, String source, long seed) {
    int d = SentenceEncoder.DIMENSIONS;
    List<float[]> vectors = encoder.encodeAll(examples.stream().map(Example::text).toList());
    long positives = examples.stream().filter(Example::asks).count();
    if (positives == 0 || positives == examples.size()) {
      throw new IllegalArgumentException("training needs sentences of both roles");
    }
    double[] classWeight = {
      examples.size() / (2.0 * (examples.size() - positives)), examples.size() / (2.0 * positives)
    };
    double[] w = new double[d];
    double b = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      double rate = 0.5 / (1 + epoch * 0.1);
      for (int i : order) {
        float[] x = vectors.get(i);
        double z = b;
        for (int k = 0; k < d; k++) {
          z += w[k] * x[k];
        }
        int y = examples.get(i).asks() ? 1 : 0;
        double g = (1 / (1 + Math.exp(-z)) - y) * classWeight[y];
        for (int k = 0; k < d; k++) {
          w[k] -= rate * (g * x[k] + L2 * w[k]);
        }
        b -= rate * g;
      }
    }
    return new SentenceRoles(w, b, source, encoder, DEFAULT_MIN_SCORE);
  }

  private static final int EPOCHS = 15;
  private static final double L2 = 1e-4;

  public void write(Writer out) throws IOException {
    out.write(HEADER + "\n");
    out.write("source\t" + source.replace('\t', ' ').replace('\n', ' ') + "\n");
    out.write("bias\t" + bias + "\n");
    StringBuilder sb = new StringBuilder("weights");
    for (double v : weights) {
      sb.append('\t').append(String.format(Locale.ROOT, "%.6g", v));
    }
    out.write(sb.append('\n').toString());
  }

  public static SentenceRoles read(InputStream in, String where, SentenceEncoder encoder)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    if (!HEADER.equals(r.readLine())) {
      throw new IOException(
          where + " is not a skillgap sentence-roles model (first line must be '" + HEADER + "')");
    }
    String source = r.readLine().split("\t", 2)[1];
    double bias = Double.parseDouble(r.readLine().split("\t")[1]);
    String[] cells = r.readLine().split("\t");
    if (cells.length - 1 != SentenceEncoder.DIMENSIONS) {
      throw new IOException(
          where
              + " holds "
              + (cells.length - 1)
              + " weights; the encoder gives "
              + SentenceEncoder.DIMENSIONS);
    }
    double[] weights = new double[cells.length - 1];
    for (int i = 1; i < cells.length; i++) {
      weights[i - 1] = Double.parseDouble(cells[i]);
    }
    return new SentenceRoles(weights, bias, source, encoder, DEFAULT_MIN_SCORE);
  }

  private static volatile SentenceRoles builtin;

  /** The model shipped in the jar, over the JVM's shared encoder; read once per JVM. */
  public static SentenceRoles builtin() {
    SentenceRoles b = builtin;
    if (b == null) {
      synchronized (SentenceRoles.class) {
        if (builtin == null) {
          try (InputStream in = SentenceRoles.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
              throw new IOException("missing from the jar");
            }
            builtin = read(in, BUILTIN_RESOURCE, SentenceEncoder.shared());
          } catch (IOException e) {
            throw new UncheckedIOException(
                "cannot read the built-in sentence-roles model " + BUILTIN_RESOURCE, e);
          }
        }
        b = builtin;
      }
    }
    return b;
  }
}
