package org.skillgap.core.classify;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndustryModelTest {

  private static final List<String> CLASSES =
      List.of("tech", "healthcare", "finance", "education", "other");

  private static IndustryModel small() {
    IndustryModel.Trainer t = new IndustryModel.Trainer(CLASSES);
    for (int i = 0; i < 5; i++) {
      t.add("Software Developer", "Build services in Java on Kubernetes and review code.", "tech");
      t.add(
          "Registered Nurse",
          "Patient care on the ward and medication administration.",
          "healthcare");
      t.add("Staff Accountant", "Month-end close, reconciliations and audit support.", "finance");
    }
    t.add("Unique", "a word seen once: zyzzyva", "other");
    return t.build(2, "test");
  }

  @Test
  void learnsFromTitlesAndDescriptions() {
    IndustryModel m = small();
    double[] p = m.probabilities("Backend Developer", "Java services in the cloud.");
    assertEquals("tech", m.classes().get(argmax(p)));
    assertEquals(1.0, p[0] + p[1] + p[2] + p[3] + p[4], 1e-9);
    assertEquals(
        "healthcare",
        m.classes().get(argmax(m.probabilities("Nurse", "Medication and patient care."))));
    assertFalse(m.vocabulary() == 0);
  }

  @Test
  void rareWordsAreLeftOutAndTheCountsSurviveARoundTrip() throws Exception {
    IndustryModel m = small();
    StringWriter w = new StringWriter();
    m.write(w);
    assertFalse(w.toString().contains("zyzzyva"), "a word in one posting generalises to nothing");
    IndustryModel back =
        IndustryModel.read(
            new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "test");
    assertArrayEquals(
        m.probabilities("Accountant", "Reconciliations"),
        back.probabilities("Accountant", "Reconciliations"),
        1e-12);
    assertEquals("test", back.source());
  }

  /** The model shipped in the jar places plain cases of every industry it was trained on. */
  @Test
  void theShippedModelPlacesPlainPostings() {
    IndustryModel m = IndustryModel.builtin();
    assertEquals(CLASSES, m.classes());
    assertEquals(
        "tech",
        top(
            m,
            "IT Specialist (Network)",
            "Administer servers, firewalls and the network; patch Windows systems."));
    assertEquals(
        "healthcare",
        top(
            m,
            "Staff Nurse",
            "Provide patient care, administer medication and document in the medical record."));
    assertEquals(
        "finance",
        top(
            m,
            "Accountant",
            "Prepare financial statements, reconcile accounts and support the annual audit."));
  }

  private static String top(IndustryModel m, String title, String description) {
    return m.classes().get(argmax(m.probabilities(title, description)));
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      best = p[i] > p[best] ? i : best;
    }
    return best;
  }
}
