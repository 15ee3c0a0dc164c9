package org.skillgap.core.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Taxonomy entries by meaning: each entry is the unit vectors of its names (a preferred label and
 * its alternative labels), and a text's nearest entries are those with the highest cosine to any of
 * their names. Built once from the encoder's vectors; a query is one pass over the vectors, so its
 * cost grows with the entries, never with what was asked before.
 */
public final class EntryIndex {

  private final List<float[]> vectors = new ArrayList<>();
  private final List<Integer> owner = new ArrayList<>();
  private int entries;

  /** Adds an entry with the vectors of its names; returns its index. */
  public int add(List<float[]> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an entry needs at least one name");
    }
    for (float[] v : names) {
      vectors.add(v);
      owner.add(entries);
    }
    return entries++;
  }

  public int size() {
    return entries;
  }

  /** A nearest entry and its cosine. */
  public record Hit(int entry, double cosine) {}

  /** The {@code k} entries nearest to {@code query} (a unit vector), nearest first. */
  public List<Hit> nearest(float[] query, int k) {
    double[] best = new double[entries];
    Arrays.fill(best, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < vectors.size(); i++) {
      double c = SentenceEncoder.cosine(query, vectors.get(i));
      int e = owner.get(i);
      if (c > best[e]) {
        best[e] = c;
      }
    }
    PriorityQueue<Hit> top =
        new PriorityQueue<>(
            (a, b) ->
                a.cosine() != b.cosine()
                    ? Double.compare(a.cosine(), b.cosine())
                    : Integer.compare(b.entry(), a.entry()));
    for (int e = 0; e < entries; e++) {
      top.add(new Hit(e, best[e]));
      if (top.size() > k) {
        top.poll();
      }
    }
    List<Hit> out = new ArrayList<>(top);
    out.sort(
        (a, b) ->
            a.cosine() != b.cosine()
                ? Double.compare(b.cosine(), a.cosine())
                : Integer.compare(a.entry(), b.entry()));
    return out;
  }
}
