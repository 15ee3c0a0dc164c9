package org.skillgap.core.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * BIO tags to spans and back. Tags may carry a type suffix ("B-KN"); only the first letter is read.
 */
public final class Bio {

  private Bio() {}

  /** Spans of a BIO sequence. An I that follows an O starts a span, as conlleval does. */
  public static List<Span> spans(List<String> tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < tags.size(); i++) {
      char t = tags.get(i).isEmpty() ? 'O' : tags.get(i).charAt(0);
      if (t == 'B' || (t == 'I' && start < 0)) {
        if (start >= 0) {
          out.add(new Span(start, i));
        }
        start = i;
      } else if (t != 'I') {
        if (start >= 0) {
          out.add(new Span(start, i));
        }
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(new Span(start, tags.size()));
    }
    return out;
  }

  /** BIO tags for non-overlapping spans over {@code length} tokens. */
  public static List<String> tags(List<Span> spans, int length) {
    String[] tags = new String[length];
    Arrays.fill(tags, "O");
    for (Span s : spans) {
      tags[s.begin()] = "B";
      for (int i = s.begin() + 1; i < s.end(); i++) {
        tags[i] = "I";
      }
    }
    return List.of(tags);
  }
}
