package org.skillgap.sample;

import java.util.List;
import java.util.Random;

/** The random draws the sample writers share. */
final class Draws {
  private Draws() {}

  /** An index drawn with probability proportional to its weight. */
  static int weighted(double[] weights, Random rnd) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = rnd.nextDouble() * total;
    for (int k = 0; k < weights.length; k++) {
      r -= weights[k];
      if (r < 0) {
        return k;
      }
    }
    return weights.length - 1;
  }

  /** An element drawn uniformly. */
  static <T> T pick(List<T> list, Random rnd) {
    return list.get(rnd.nextInt(list.size()));
  }
}
