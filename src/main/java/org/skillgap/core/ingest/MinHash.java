package org.skillgap.core.ingest;

import java.util.Arrays;

/**
 * MinHash signatures of word 3-shingles, banded for locality-sensitive hashing, and the exact
 * Jaccard similarity of two shingle sets. Plain Java so the Spark layer only moves the numbers
 * around.
 *
 * <p>Shingles are kept as sorted 32-bit hashes: a posting's set is a few hundred ints (a few
 * hundred bytes) instead of a few hundred strings, which is what near-duplicate detection shuffles.
 * Two distinct shingles collide with probability 2^-32, far below the similarity threshold's
 * resolution.
 *
 * <p>The signature is one-permutation MinHash: each shingle is hashed once and falls into one of
 * {@code bands x rows} bins, and a bin's value is the least hash in it; an empty bin takes the
 * value of another bin chosen by a fixed sequence of hashes ("optimal densification", Shrivastava
 * 2017). Two texts agree on a bin with probability their Jaccard similarity, as with {@code bands x
 * rows} independent hash functions, for one hash per shingle instead of 200: the classic scheme was
 * 15 s of a 100k-posting ingest's 102 s.
 *
 * <p>With {@code bands} bands of {@code rows} bins, two texts of Jaccard similarity s share at
 * least one band with probability about 1 - (1 - s^rows)^bands. The defaults (20 x 10) give 0.9998
 * at s = 0.9, 0.90 at s = 0.8, and 0.02 at s = 0.5: a re-post (typically 0.9 and above) is found,
 * while two different postings of one employer (0.15 in the median, under 0.45 for 99 in 100 pairs
 * of the sample data, which share boilerplate like real ones) almost never become candidates.
 * Shorter bands made the candidate pairs, and with them the cost, grow with the square of an
 * employer's postings.
 */
public final class MinHash {

  public static final int DEFAULT_BANDS = 20;
  public static final int DEFAULT_ROWS = 10;

  private final int bands;
  private final int rows;
  private final long seed;

  public MinHash(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "bands and rows must be positive, got " + bands + " x " + rows);
    }
    this.bands = bands;
    this.rows = rows;
    this.seed = mix(seed);
  }

  public static MinHash standard() {
    return new MinHash(DEFAULT_BANDS, DEFAULT_ROWS, 20_261_128L);
  }

  public int bands() {
    return bands;
  }

  /**
   * Sorted, distinct hashes of the lower-cased word 3-shingles (a word: letters and digits); texts
   * of one or two words give one shingle. Read in one pass over the characters: no regular
   * expression, no word strings.
   */
  public static int[] shingles(String text) {
    if (text == null) {
      return new int[0];
    }
    int[] words = new int[Math.max(8, text.length() / 5)];
    int count = 0;
    int h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordChar(cp)) {
        h = 31 * h + Character.toLowerCase(cp);
        inWord = true;
      } else if (inWord) {
        if (count == words.length) {
          words = Arrays.copyOf(words, count * 2);
        }
        words[count++] = h;
        h = 0;
        inWord = false;
      }
    }
    if (inWord) {
      if (count == words.length) {
        words = Arrays.copyOf(words, count + 1);
      }
      words[count++] = h;
    }
    if (count == 0) {
      return new int[0];
    }
    int n = Math.max(1, count - 2);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int s = 0x9747b28c;
      for (int j = i; j < Math.min(count, i + 3); j++) {
        s = 31 * s + words[j];
        s ^= s >>> 15;
      }
      out[i] = s;
    }
    Arrays.sort(out);
    return distinctSorted(out);
  }

  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * One 64-bit key per band: the band's {@code rows} bin values folded together with the band
   * number. Texts share a key for a band exactly when (up to 2^-64) they agree on all its bins. A
   * text without shingles has no keys: it is similar to nothing.
   */
  public long[] bandKeys(int[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    int bins = bands * rows;
    long[] value = new long[bins];
    Arrays.fill(value, Long.MAX_VALUE);
    for (int shingle : shingles) {
      long h = mix(seed ^ shingle);
      int bin = (int) (((h >>> 32) * bins) >>> 32); // the high half picks the bin, uniformly
      long v = h >>> 1; // non-negative, so signed comparison orders them
      if (v < value[bin]) {
        value[bin] = v;
      }
    }
    // An empty bin borrows the value of the first filled bin its own fixed sequence of hashes lands
    // on: both
    // texts follow the same sequence, so they agree on the borrowed value as often as on a filled
    // bin's.
    long[] dense = value.clone();
    for (int bin = 0; bin < bins; bin++) {
      if (value[bin] != Long.MAX_VALUE) {
        continue;
      }
      for (long attempt = 1; ; attempt++) {
        int from = (int) (((mix(seed + bin * 0x9E3779B97F4A7C15L + attempt) >>> 32) * bins) >>> 32);
        if (value[from] != Long.MAX_VALUE) {
          dense[bin] = value[from];
          break;
        }
      }
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long key = mix(b + 1);
      for (int r = 0; r < rows; r++) {
        key = mix(key ^ dense[b * rows + r]);
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
