package org.skillgap.core.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinHashTest {

  private static final String TEXT =
      "We are hiring a data engineer to build batch pipelines in Python and SQL. "
          + "You will own our Spark jobs, our Airflow schedules and the data contracts with the analytics team. "
          + "Experience with Kafka and cloud warehouses is a plus; we offer remote work and a learning budget.";

  @Test
  void shinglesAreSortedDistinctAndIgnoreCaseAndPunctuation() {
    int[] s = MinHash.shingles("Python, SQL and Spark. python sql AND spark!");
    int[] sorted = s.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, s);
    assertEquals(Arrays.stream(s).distinct().count(), s.length);
    // 8 words, 6 shingles, of which "python sql and" and "sql and spark" repeat.
    assertEquals(4, s.length);
    assertArrayEquals(
        MinHash.shingles("python sql and spark"), MinHash.shingles("PYTHON; SQL -- and spark"));
    assertEquals(0, MinHash.shingles("  ... ").length);
    assertEquals(1, MinHash.shingles("Kafka").length, "a short text is one shingle, not none");
  }

  @Test
  void jaccardOfSortedSets() {
    assertEquals(1.0, MinHash.jaccard(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
    assertEquals(0.5, MinHash.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}), 1e-12);
    assertEquals(0.0, MinHash.jaccard(new int[] {1}, new int[] {2}));
    assertEquals(0.0, MinHash.jaccard(new int[0], new int[0]));
  }

  @Test
  void aRepostSharesABandAndAnUnrelatedTextDoesNot() {
    MinHash minHash = MinHash.standard();
    long[] original = minHash.bandKeys(MinHash.shingles(TEXT));
    long[] repost = minHash.bandKeys(MinHash.shingles("Reposted - apply today! " + TEXT));
    long[] other =
        minHash.bandKeys(
            MinHash.shingles(
                "Registered nurse for our cardiac unit. BLS and ACLS required; Epic charting experience preferred. "
                    + "Twelve-hour shifts, tuition support and a sign-on bonus for experienced nurses."));
    assertEquals(MinHash.DEFAULT_BANDS, original.length);
    assertTrue(shared(original, repost) >= 1, "a re-post with a short prefix shares bands");
    assertEquals(0, shared(original, other));
    assertArrayEquals(
        original, MinHash.standard().bandKeys(MinHash.shingles(TEXT)), "deterministic across JVMs");
    assertEquals(
        0, minHash.bandKeys(new int[0]).length, "no shingles, no keys: similar to nothing");
  }

  /**
   * The banding curve 1 - (1 - s^rows)^bands, measured on random sets of known similarity: long
   * texts, and short ones (60 shingles), which leave most of the 200 bins empty for the others to
   * fill: a re-post is found, two unrelated texts are not paired.
   */
  @ParameterizedTest
  @CsvSource({"0.85, 200, 7, 0.988", "0.9, 60, 11, 0.9998"})
  void candidateProbabilityFollowsTheBandingCurve(
      double similar, int size, long seed, double expected) {
    Random random = new Random(seed);
    int trials = 300;
    int high = pairsFound(similar, size, trials, random);
    int low = pairsFound(0.3, size, trials, random);
    assertTrue(
        high >= trials * 0.95,
        "s = " + similar + " expected " + expected + ", found " + high + "/" + trials);
    assertTrue(low <= trials * 0.02, "s = 0.3 expected 0.0001, found " + low + "/" + trials);
  }

  /**
   * Of {@code trials} random pairs of n-element sets with Jaccard similarity s, how many share a
   * band.
   */
  private static int pairsFound(double s, int n, int trials, Random random) {
    MinHash minHash = MinHash.standard();
    int found = 0;
    for (int t = 0; t < trials; t++) {
      int[][] pair = pairWithJaccard(s, n, random);
      found += shared(minHash.bandKeys(pair[0]), minHash.bandKeys(pair[1])) > 0 ? 1 : 0;
    }
    return found;
  }

  /** Two sorted sets of n elements each with the given Jaccard similarity (common / union). */
  private static int[][] pairWithJaccard(double s, int n, Random random) {
    int common = (int) Math.round(2 * n * s / (1 + s));
    int[] a = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      int shared = random.nextInt();
      a[i] = i < common ? shared : random.nextInt();
      b[i] = i < common ? shared : random.nextInt();
    }
    Arrays.sort(a);
    Arrays.sort(b);
    assertEquals(s, MinHash.jaccard(a, b), 0.01);
    return new int[][] {a, b};
  }

  private static int shared(long[] a, long[] b) {
    int n = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      n += a[i] == b[i] ? 1 : 0;
    }
    return n;
  }
}
