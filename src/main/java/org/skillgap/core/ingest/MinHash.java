package org.skillgap.core.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MinHash signatures of word 3-shingles, banded for locality-sensitive hashing, and the exact Jaccard
 * similarity of two shingle sets. Plain Java so the Spark layer only moves the numbers around.
 *
 * <p>Shingles are kept as sorted 32-bit hashes: a posting's set is a few hundred ints (a few hundred bytes)
 * instead of a few hundred strings, which is what near-duplicate detection shuffles. Two distinct shingles
 * collide with probability 2^-32, far below the similarity threshold's resolution.
 *
 * <p>With {@code bands} bands of {@code rows} hashes, two texts of Jaccard similarity s share at least one
 * band with probability 1 - (1 - s^rows)^bands. The defaults (20 x 10) give 0.9998 at s = 0.9, 0.90 at
 * s = 0.8, and 0.02 at s = 0.5: a re-post (typically 0.9 and above) is found, while two different postings
 * of one employer (0.15 in the median, under 0.45 for 99 in 100 pairs of the sample data, which share
 * boilerplate like real ones) almost never become candidates. Shorter bands made the candidate pairs, and
 * with them the cost, grow with the square of an employer's postings.
 */
public final class MinHash {

  public static final int DEFAULT_BANDS = 20;
  public static final int DEFAULT_ROWS = 10;

  private final int bands;
  private final int rows;
  private final long[] multipliers;
  private final long[] offsets;

  public MinHash(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive, got " + bands + " x " + rows);
    }
    this.bands = bands;
    this.rows = rows;
    SplittableRandom random = new SplittableRandom(seed);
    int n = bands * rows;
    multipliers = new long[n];
    offsets = new long[n];
    for (int i = 0; i < n; i++) {
      multipliers[i] = random.nextLong() | 1L; // odd: a bijection on 64-bit words
      offsets[i] = random.nextLong();
    }
  }

  public static MinHash standard() {
    return new MinHash(DEFAULT_BANDS, DEFAULT_ROWS, 20_261_128L);
  }

  public int bands() {
    return bands;
  }

  /** Sorted, distinct hashes of the lower-cased word 3-shingles; texts of one or two words give one shingle. */
  public static int[] shingles(String text) {
    if (text == null) {
      return new int[0];
    }
    String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length == 0) {
      return new int[0];
    }
    int n = Math.max(1, words.length - 2);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int h = 0x9747b28c;
      for (int j = i; j < Math.min(words.length, i + 3); j++) {
        h = 31 * h + words[j].hashCode();
        h ^= h >>> 15;
      }
      out[i] = h;
    }
    Arrays.sort(out);
    return distinctSorted(out);
  }

  /**
   * One 64-bit key per band: the band's {@code rows} minimum hashes folded together with the band number.
   * Texts share a key for a band exactly when (up to 2^-64) their minima agree on all its rows. A text
   * without shingles has no keys: it is similar to nothing.
   */
  public long[] bandKeys(int[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] keys = new long[bands];
    // Mixed once; each hash function is then one multiply-add (a universal hash of a well-mixed value).
    long[] mixed = new long[shingles.length];
    for (int k = 0; k < shingles.length; k++) {
      mixed[k] = mix(shingles[k]);
    }
    for (int b = 0; b < bands; b++) {
      long key = mix(b + 1);
      for (int r = 0; r < rows; r++) {
        int i = b * rows + r;
        long m = multipliers[i];
        long o = offsets[i];
        long min = Long.MAX_VALUE;
        for (long x : mixed) {
          long h = (x * m + o) >>> 1; // non-negative, so signed comparison orders them
          if (h < min) {
            min = h;
          }
        }
        key = mix(key ^ min);
      }
      keys[b] = key;
    }
    return keys;
  }

  /** |a ∩ b| / |a ∪ b| of two sorted, distinct arrays; 0 when both are empty. */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int[] distinctSorted(int[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
