package org.skillgap.core.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The industry model shipped in the jar, for feeds whose own labels are too few to train on:
 * multinomial naive Bayes over a posting's title words (as their own features) and description
 * words, trained by jobs/train-industry-model.sh on openly licensed labelled postings (NYC Jobs and
 * USAJOBS; docs/configuration.md names their licences). It is stored as counts, not probabilities,
 * so that counts of more labelled postings can be added to it.
 */
public final class IndustryModel implements Serializable {

  public static final String BUILTIN_RESOURCE = "/org/skillgap/classify/industry-model.tsv.gz";
  private static final String HEADER = "#skillgap-industry-model\tv1";
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9+#]+");

  private final String[] classes;
  private final long[] documents;
  private final long[] tokens;
  private final Map<String, long[]> counts;
  private final String source;

  private IndustryModel(
      String[] classes,
      long[] documents,
      long[] tokens,
      Map<String, long[]> counts,
      String source) {
    this.classes = classes;
    this.documents = documents;
    this.tokens = tokens;
    this.counts = counts;
    this.source = source;
  }

  public List<String> classes() {
    return List.of(classes);
  }

  public String source() {
    return source;
  }

  public int vocabulary() {
    return counts.size();
  }

  /** The features of a posting: its title words marked as such, then its description words. */
  static List<String> features(String title, String description) {
    List<String> out = new ArrayList<>();
    addWords(title, "t:", out);
    addWords(description, "", out);
    return out;
  }

  private static void addWords(String text, String prefix, List<String> out) {
    if (text == null) {
      return;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(prefix + m.group());
    }
  }

  /** The probability of each of {@link #classes()} for a posting. */
  public double[] probabilities(String title, String description) {
    int k = classes.length;
    long allDocs = 0;
    for (long d : documents) {
      allDocs += d;
    }
    double[] logp = new double[k];
    for (int c = 0; c < k; c++) {
      logp[c] = Math.log((documents[c] + 1.0) / (allDocs + k));
    }
    int v = counts.size();
    for (String f : features(title, description)) {
      long[] n = counts.get(f);
      if (n == null) {
        continue; // a word the model never saw says nothing
      }
      for (int c = 0; c < k; c++) {
        logp[c] += Math.log((n[c] + 1.0) / (tokens[c] + v));
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double x : logp) {
      max = Math.max(max, x);
    }
    double sum = 0;
    double[] p = new double[k];
    for (int c = 0; c < k; c++) {
      p[c] = Math.exp(logp[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < k; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Adds labelled postings one at a time, then keeps the words seen in enough of them. */
  public static final class Trainer {
    private final List<String> classes;
    private final long[] documents;
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    public Trainer(List<String> classes) {
      this.classes = List.copyOf(classes);
      this.documents = new long[classes.size()];
    }

    public void add(String title, String description, String industry) {
      int c = classes.indexOf(industry);
      if (c < 0) {
        throw new IllegalArgumentException("unknown industry " + industry);
      }
      documents[c]++;
      List<String> features = features(title, description);
      for (String f : features) {
        counts.computeIfAbsent(f, x -> new long[classes.size()])[c]++;
      }
      for (String f : new HashSet<>(features)) {
        documentFrequency.merge(f, 1, Integer::sum);
      }
    }

    /**
     * Words in fewer than minDocuments postings are left out: names, typos and ids generalise to
     * nothing.
     */
    public IndustryModel build(int minDocuments, String source) {
      Map<String, long[]> kept = new LinkedHashMap<>();
      long[] tokens = new long[classes.size()];
      counts.entrySet().stream()
          .filter(e -> documentFrequency.get(e.getKey()) >= minDocuments)
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e -> {
                kept.put(e.getKey(), e.getValue());
                for (int c = 0; c < tokens.length; c++) {
                  tokens[c] += e.getValue()[c];
                }
              });
      return new IndustryModel(
          classes.toArray(new String[0]), documents.clone(), tokens, kept, source);
    }
  }

  public void write(Writer w) throws IOException {
    w.write(HEADER + "\n");
    w.write("source\t" + source + "\n");
    w.write("classes\t" + String.join("\t", classes) + "\n");
    w.write("documents" + joined(documents) + "\n");
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      w.write(e.getKey() + joined(e.getValue()) + "\n");
    }
  }

  private static String joined(long[] values) {
    StringBuilder sb = new StringBuilder();
    for (long v : values) {
      sb.append('\t').append(v);
    }
    return sb.toString();
  }

  public static IndustryModel read(InputStream in, String where) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    if (!HEADER.equals(r.readLine())) {
      throw new IOException(
          where + " is not a skillgap industry model (first line must be '" + HEADER + "')");
    }
    String source = r.readLine().split("\t", 2)[1];
    String[] classes = r.readLine().split("\t");
    classes = Arrays.copyOfRange(classes, 1, classes.length);
    long[] documents = numbers(r.readLine().split("\t"));
    Map<String, long[]> counts = new LinkedHashMap<>();
    long[] tokens = new long[classes.length];
    String line;
    while ((line = r.readLine()) != null) {
      String[] c = line.split("\t");
      long[] n = numbers(c);
      counts.put(c[0], n);
      for (int i = 0; i < n.length; i++) {
        tokens[i] += n[i];
      }
    }
    return new IndustryModel(classes, documents, tokens, counts, source);
  }

  private static long[] numbers(String[] cells) {
    long[] out = new long[cells.length - 1];
    for (int i = 1; i < cells.length; i++) {
      out[i - 1] = Long.parseLong(cells[i]);
    }
    return out;
  }

  /** The model shipped in the jar. */
  public static IndustryModel builtin() {
    try (InputStream in = IndustryModel.class.getResourceAsStream(BUILTIN_RESOURCE)) {
      if (in == null) {
        throw new IOException("missing from the jar");
      }
      return read(new GZIPInputStream(in), BUILTIN_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the built-in industry model " + BUILTIN_RESOURCE, e);
    }
  }
}
