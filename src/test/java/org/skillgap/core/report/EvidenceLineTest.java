package org.skillgap.core.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceLineTest {

  private static EvidenceLine line(String sentence, List<String> surfaces, int sentences) {
    return new EvidenceLine(
        "p1",
        "Data Analyst",
        "Acme",
        "2025-03-02",
        sentence,
        surfaces,
        "both",
        1.0,
        "required",
        sentences);
  }

  @Test
  void marksEachMatchedWordGroupOnceInAnyCase() {
    assertEquals(
        "Experience with [SQL] and [relational databases]; sql is a plus.",
        line(
                "Experience with SQL and relational databases; sql is a plus.",
                List.of("relational databases", "sql"),
                1)
            .marked());
  }

  @Test
  void marksTheWholeWordNotAnEarlierWordThatHoldsIt() {
    assertEquals(
        "Excellent skills in Microsoft Word and [Excel], stationed with armed forces in [AR].",
        line(
                "Excellent skills in Microsoft Word and Excel, stationed with armed forces in AR.",
                List.of("Excel", "AR"),
                1)
            .marked());
  }

  @Test
  void aSurfaceInsideAMarkedOneOrCutOffIsNotMarked() {
    assertEquals(
        "Knowledge of [machine learning] models.",
        line("Knowledge of machine learning models.", List.of("machine learning", "learning"), 1)
            .marked());
    assertEquals("Proficient in Exc", line("Proficient in Exc", List.of("Excel"), 1).marked());
  }

  @Test
  void rendersThePostingTheSentenceAndWhatFoundIt() {
    assertEquals(
        List.of(
            " 3. Data Analyst at Acme, 2025-03-02 (posting p1)",
            "    \"Strong [Excel] skills.\"",
            "    matched \"Excel\" by both (confidence 1.00), required; 2 more sentences"),
        line("Strong Excel skills.", List.of("Excel"), 3).render(3));
    EvidenceLine anonymous =
        new EvidenceLine(
            "p2",
            "Clerk",
            null,
            "2025-01-01",
            "Excel.",
            List.of("Excel"),
            null,
            null,
            "not_stated",
            1);
    assertEquals(
        List.of(
            " 1. Clerk, 2025-01-01 (posting p2)",
            "    \"[Excel].\"",
            "    matched \"Excel\" by taxonomy, not stated"),
        anonymous.render(1));
  }
}
