package org.skillgap.core.eval;

import java.util.Arrays;
import java.util.List;

/**
 * A tokenised sentence joined with single spaces, so text-based extractors can run on it, and the
 * way back from a character offset to its token.
 */
record JoinedTokens(String text, int[] starts) {

  static JoinedTokens of(List<String> tokens) {
    int[] starts = new int[tokens.size()];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(tokens.get(i));
    }
    return new JoinedTokens(text.toString(), starts);
  }

  /** The tokens covering characters [begin, end). */
  Span span(int begin, int end) {
    return new Span(tokenAt(begin), tokenAt(end - 1) + 1);
  }

  private int tokenAt(int charOffset) {
    int i = Arrays.binarySearch(starts, charOffset);
    return i >= 0 ? i : -i - 2;
  }
}
