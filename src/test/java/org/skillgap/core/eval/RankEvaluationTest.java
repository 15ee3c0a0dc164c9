package org.skillgap.core.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankEvaluationTest {

  @Test
  void rPrecisionCountsGoldInTheTopKOverWhatCouldBeThere() {
    // Two gold entries, one at rank 2 and one at rank 7: 1 of min(5, 2) at 5, 2 of 2 at 10.
    RankEvaluation.Ranked q =
        new RankEvaluation.Ranked(List.of(9, 4, 8, 7, 6, 5, 3, 2, 1, 0), Set.of(4, 3));
    assertEquals(0.5, RankEvaluation.rPrecisionAt(q, 5));
    assertEquals(1.0, RankEvaluation.rPrecisionAt(q, 10));
    assertEquals(0.5, RankEvaluation.reciprocalRank(q));
    // Seven gold entries, all ranked first: the top 5 can hold 5 of them at most.
    RankEvaluation.Ranked many =
        new RankEvaluation.Ranked(List.of(0, 1, 2, 3, 4, 5, 6), Set.of(0, 1, 2, 3, 4, 5, 6));
    assertEquals(1.0, RankEvaluation.rPrecisionAt(many, 5));
  }

  @Test
  void scoreAveragesOverQueries() {
    RankEvaluation.Score s =
        RankEvaluation.score(
            List.of(
                new RankEvaluation.Ranked(List.of(1, 2, 3), Set.of(1)),
                new RankEvaluation.Ranked(List.of(1, 2, 3), Set.of(7))));
    assertEquals(2, s.queries());
    assertEquals(0.5, s.rPrecisionAt5());
    assertEquals(0.5, s.mrr());
  }
}
