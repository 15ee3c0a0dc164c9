package org.skillgap.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The item sets a skill bundle count enumerates per posting: every subset of 1 to {@code maxSize}
 * items of the posting's candidate skills. Its cost is bounded by the candidates, not by the
 * basket: with at most {@code n} candidates a posting yields at most C(n,1) + ... + C(n,maxSize)
 * sets (4,525 for n = 30, size 3), however many skills it asks for, unlike FPGrowth, whose itemsets
 * grow exponentially with dense baskets.
 */
public final class Itemsets {
  private Itemsets() {}

  /** Largest {@code maxSize} accepted; 4 already gives 31,930 sets per posting at 30 candidates. */
  public static final int MAX_SIZE = 4;

  /**
   * How many sets {@link #subsets} yields for {@code n} items; used to state and test the bound.
   */
  public static long count(int n, int maxSize) {
    long total = 0;
    long c = 1;
    for (int k = 1; k <= Math.min(n, maxSize); k++) {
      c = c * (n - k + 1) / k; // C(n,k) from C(n,k-1), exact at every step
      total += c;
    }
    return total;
  }

  /**
   * Every subset of 1 to maxSize items, each in the order of {@code items} (pass them sorted for a
   * canonical key).
   */
  public static List<List<String>> subsets(List<String> items, int maxSize) {
    if (maxSize < 1 || maxSize > MAX_SIZE) {
      throw new IllegalArgumentException("maxSize must be 1 to " + MAX_SIZE + ", was " + maxSize);
    }
    List<List<String>> out =
        new ArrayList<>((int) Math.min(Integer.MAX_VALUE, count(items.size(), maxSize)));
    extend(items, maxSize, 0, new ArrayList<>(), out);
    return out;
  }

  private static void extend(
      List<String> items, int maxSize, int from, List<String> prefix, List<List<String>> out) {
    for (int i = from; i < items.size(); i++) {
      prefix.add(items.get(i));
      out.add(List.copyOf(prefix));
      if (prefix.size() < maxSize) {
        extend(items, maxSize, i + 1, prefix, out);
      }
      prefix.remove(prefix.size() - 1);
    }
  }
}
