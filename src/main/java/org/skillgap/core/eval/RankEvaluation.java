package org.skillgap.core.eval;

import java.util.List;
import java.util.Set;

/**
 * Ranking scores for linking a sentence to taxonomy entries, as Decorte et al. report them on the
 * TechWolf ESCO set: R-Precision@K (the gold entries among the top K, over the most that could be
 * there, min(K, gold)) and the mean reciprocal rank of the first gold entry.
 */
public final class RankEvaluation {
  private RankEvaluation() {}

  /**
   * @param queries how many sentences were ranked
   * @param rPrecisionAt5 mean R-Precision@5
   * @param rPrecisionAt10 mean R-Precision@10
   * @param mrr mean reciprocal rank of the first gold entry (0 for a query with none in the list)
   */
  public record Score(int queries, double rPrecisionAt5, double rPrecisionAt10, double mrr) {}

  /** One query's ranked entry ids (best first) and its gold ids. */
  public record Ranked(List<Integer> ranked, Set<Integer> gold) {}

  public static Score score(List<Ranked> queries) {
    double rp5 = 0;
    double rp10 = 0;
    double mrr = 0;
    for (Ranked q : queries) {
      rp5 += rPrecisionAt(q, 5);
      rp10 += rPrecisionAt(q, 10);
      mrr += reciprocalRank(q);
    }
    int n = queries.size();
    return new Score(n, rp5 / n, rp10 / n, mrr / n);
  }

  static double rPrecisionAt(Ranked q, int k) {
    long hits = q.ranked().stream().limit(k).filter(q.gold()::contains).count();
    return (double) hits / Math.min(k, q.gold().size());
  }

  static double reciprocalRank(Ranked q) {
    for (int i = 0; i < q.ranked().size(); i++) {
      if (q.gold().contains(q.ranked().get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }
}
