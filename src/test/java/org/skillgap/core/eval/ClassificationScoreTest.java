package org.skillgap.core.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassificationScoreTest {

  @Test
  void macroF1WeighsEveryClassAlike() {
    // 90 'other' all right, 10 'tech' all predicted 'other': accuracy 0.9, but tech is never found.
    ClassificationScore s =
        ClassificationScore.of(Map.of("other", Map.of("other", 90L), "tech", Map.of("other", 10L)));
    assertEquals(0.9, s.accuracy(), 1e-9);
    assertEquals(0.0, s.classes().get("tech").f1(), 1e-9);
    assertEquals(10, s.classes().get("tech").support());
    double otherF1 = 2 * 0.9 * 1.0 / 1.9;
    assertEquals(otherF1 / 2, s.macroF1(), 1e-9);
    assertTrue(s.meaningful());
  }

  @Test
  void oneHeldOutClassGivesAMessageNotAFigure() {
    ClassificationScore s = ClassificationScore.of(Map.of("healthcare", Map.of("healthcare", 76L)));
    assertFalse(s.meaningful());
    assertTrue(s.describe().startsWith("no accuracy reported"), s.describe());
    assertFalse(s.describe().contains("1.000"), s.describe());
  }
}
