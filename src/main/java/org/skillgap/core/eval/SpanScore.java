package org.skillgap.core.eval;

import java.util.List;

/**
 * Span precision, recall and F1, strict and overlap. Strict: a predicted span counts only when a
 * gold span has exactly its boundaries. Overlap: a predicted span is correct when it shares a token
 * with a gold span, and a gold span is found when a predicted span shares a token with it (so
 * precision and recall each count their own side, as in the SkillSpan paper's loose match).
 */
public final class SpanScore {

  private long gold;
  private long predicted;
  private long strictHits;
  private long overlapPredictedHits;
  private long overlapGoldHits;

  public void add(List<Span> goldSpans, List<Span> predictedSpans) {
    gold += goldSpans.size();
    predicted += predictedSpans.size();
    for (Span p : predictedSpans) {
      boolean exact = false;
      boolean overlap = false;
      for (Span g : goldSpans) {
        exact |= g.equals(p);
        overlap |= g.overlaps(p);
      }
      strictHits += exact ? 1 : 0;
      overlapPredictedHits += overlap ? 1 : 0;
    }
    for (Span g : goldSpans) {
      for (Span p : predictedSpans) {
        if (g.overlaps(p)) {
          overlapGoldHits++;
          break;
        }
      }
    }
  }

  public void addAll(SpanScore other) {
    gold += other.gold;
    predicted += other.predicted;
    strictHits += other.strictHits;
    overlapPredictedHits += other.overlapPredictedHits;
    overlapGoldHits += other.overlapGoldHits;
  }

  public long gold() {
    return gold;
  }

  public long predicted() {
    return predicted;
  }

  public Prf strict() {
    return Prf.of(ratio(strictHits, predicted), ratio(strictHits, gold));
  }

  public Prf overlap() {
    return Prf.of(ratio(overlapPredictedHits, predicted), ratio(overlapGoldHits, gold));
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Precision, recall and their harmonic mean. */
  public record Prf(double precision, double recall, double f1) {
    public static Prf of(double p, double r) {
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }
}
