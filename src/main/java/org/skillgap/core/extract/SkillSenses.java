package org.skillgap.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgap.core.encode.SentenceEncoder;

/**
 * Whether a match of a taxonomy entry is written in the entry's sense, by meaning: the words around
 * the match are compared with short examples of the entry written in its sense and in the others
 * its name has ("supervise a team of analysts" against "supervise the design and construction of
 * the building"; "conduct criminal investigations" against "engineering investigations of site
 * conditions"; "deliver presentations to executives" against "spreadsheet and presentation
 * software"). Only the entries the examples file lists are weighed; the others always fit.
 *
 * <p>A match fits unless its window's nearest example of another sense is nearer, by more than
 * {@link #DEFAULT_MARGIN} in cosine, than its nearest example of the entry's own: the margin keeps
 * what the examples do not settle. The examples are in {@link #BUILTIN_RESOURCE}; the encoder is
 * the JVM's shared one, whose cache serves repeated windows.
 */
public final class SkillSenses {

  public static final String BUILTIN_RESOURCE = "/org/skillgap/extract/skill-senses.tsv";

  /**
   * How much nearer another sense's example must be to drop a match. Chosen on the demand audit's
   * judged lines of the listed entries (docs/evaluation.md, "Senses by meaning").
   */
  public static final double DEFAULT_MARGIN = 0.1;

  /** Words on each side of the match that the comparison reads. */
  static final int WINDOW_WORDS = 8;

  private final Map<String, List<float[]>> own;
  private final Map<String, List<float[]>> other;
  private final SentenceEncoder encoder;
  private final double margin;

  private SkillSenses(
      Map<String, List<float[]>> own,
      Map<String, List<float[]>> other,
      SentenceEncoder encoder,
      double margin) {
    this.own = own;
    this.other = other;
    this.encoder = encoder;
    this.margin = margin;
  }

  /** Whether matches of the entry are weighed at all. */
  public boolean weighs(String skillId) {
    return own.containsKey(skillId);
  }

  /**
   * Whether {@code window}, the words around a match of {@code skillId}, is written in the entry's
   * sense. Entries without examples always fit.
   */
  public boolean fits(String skillId, String window) {
    if (!weighs(skillId)) {
      return true;
    }
    float[] v = encoder.encode(window);
    return nearest(own.get(skillId), v) + margin >= nearest(other.get(skillId), v);
  }

  private static double nearest(List<float[]> examples, float[] v) {
    double best = -1;
    for (float[] e : examples) {
      best = Math.max(best, SentenceEncoder.cosine(v, e));
    }
    return best;
  }

  /**
   * Reads an examples file: {@code entry<TAB>yes|no<TAB>example} per line, {@code #} comments.
   * Every entry needs examples of both kinds.
   */
  public static SkillSenses read(InputStream in, String where, SentenceEncoder encoder)
      throws IOException {
    Map<String, List<String>> own = new HashMap<>();
    Map<String, List<String>> other = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 3 || !(cells[1].equals("yes") || cells[1].equals("no"))) {
        throw new IOException(
            where + " line " + lineNo + ": expected entry<TAB>yes|no<TAB>example, got: " + line);
      }
      (cells[1].equals("yes") ? own : other)
          .computeIfAbsent(cells[0], k -> new ArrayList<>())
          .add(cells[2]);
    }
    if (!own.keySet().equals(other.keySet())) {
      throw new IOException(where + ": every entry needs examples of its own sense and of others");
    }
    return new SkillSenses(
        encodeEach(own, encoder), encodeEach(other, encoder), encoder, DEFAULT_MARGIN);
  }

  private static Map<String, List<float[]>> encodeEach(
      Map<String, List<String>> examples, SentenceEncoder encoder) {
    Map<String, List<float[]>> out = new HashMap<>();
    examples.forEach((id, texts) -> out.put(id, encoder.encodeAll(texts)));
    return out;
  }

  private static volatile SkillSenses builtin;

  /** The examples shipped in the jar, over the JVM's shared encoder; read once per JVM. */
  public static SkillSenses builtin() {
    SkillSenses b = builtin;
    if (b == null) {
      synchronized (SkillSenses.class) {
        if (builtin == null) {
          try (InputStream in = SkillSenses.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
              throw new IOException("missing from the jar");
            }
            builtin = read(in, BUILTIN_RESOURCE, SentenceEncoder.shared());
          } catch (IOException e) {
            throw new UncheckedIOException(
                "cannot read the built-in skill senses " + BUILTIN_RESOURCE, e);
          }
        }
        b = builtin;
      }
    }
    return b;
  }
}
