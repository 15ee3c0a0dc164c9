package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostingSentenceTest {

  /** A sentence starting at {@code base} in a posting that has other text before it. */
  private static PostingSentence sentence(String text, int base) {
    String document = "x".repeat(base) + text;
    return new PostingSentence(document, List.of(new Token("t", base, base + 1)), 0, text);
  }

  @Test
  void aShortSentenceIsKeptWhole() {
    String text = "Experience with SQL is required.";
    assertEquals(text, sentence(text, 40).forReview(56, 59));
  }

  @Test
  void aLongSentenceIsCutAroundTheMentionWhereverItStands() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 900; i++) {
      b.append("duty").append(i).append(' ');
    }
    String text = b + "knowledge of Tableau dashboards " + b;
    int base = 17;
    int at = text.indexOf("Tableau");
    String kept = sentence(text, base).forReview(base + at, base + at + "Tableau".length());
    assertTrue(kept.contains("knowledge of Tableau dashboards"), kept);
    assertTrue(kept.startsWith("…duty"), "cut at a word start, marked: " + kept);
    assertTrue(kept.endsWith("…"), kept);
    assertTrue(kept.length() <= 302, kept.length() + " chars");

    String start = sentence(text, base).forReview(base, base + 5);
    assertTrue(start.startsWith("duty0 duty1") && start.endsWith("…"), start);
    int last = text.length() - 5;
    String end = sentence(text, base).forReview(base + last, base + text.length());
    assertTrue(end.startsWith("…") && end.endsWith(text.substring(last)), end);
  }
}
