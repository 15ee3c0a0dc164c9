package org.skillgap.core.eval;

/** A span of tokens in one sentence: {@code begin} inclusive, {@code end} exclusive. */
public record Span(int begin, int end) {

  public Span {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }
}
