package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgap.core.encode.SentenceEncoder;
import org.skillgap.core.extract.SentenceRoles.Example;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * No Spark. Sentences written for this test, in the styles of both feeds and of private postings.
 */
class SentenceRolesTest {

  /** About the employer, its facilities or the hiring process: their skills do not count. */
  static final List<String> NOT_ASKING =
      List.of(
          "The Riverside Medical Center is a 300-bed teaching hospital offering primary care, "
              + "mental health and rehabilitation services to veterans across the region.",
          "Long term care and hospice services are provided in the 80-bed community living center.",
          "The Bureau of Water Supply operates the city's reservoirs and delivers clean drinking "
              + "water to nine million residents.",
          "Acme Analytics is a fast-growing fintech company headquartered in Austin with offices "
              + "in London and Singapore.",
          "Applicants must submit a resume and cover letter through the careers portal by the "
              + "closing date of this announcement.",
          "We offer medical, dental and vision insurance, a 401(k) match and paid parental leave.");

  /** What the job holder will do or must bring. */
  static final List<String> ASKING =
      List.of(
          "The selected candidate will design and maintain data pipelines in Python and SQL.",
          "Experience with Kubernetes and Terraform in a production environment.",
          "Provide direct patient care, including medication administration and wound care, on a "
              + "medical-surgical unit.",
          "Prepare monthly financial statements and reconcile general ledger accounts.",
          "Knowledge of federal procurement regulations and contract administration.",
          "You will mentor junior engineers and review their code.");

  @Test
  void theShippedModelTellsTheCandidatesSentencesFromTheEmployers() {
    SentenceRoles roles = SentenceRoles.builtin();
    List<String> wrong = new ArrayList<>();
    for (String s : NOT_ASKING) {
      if (roles.counts(s, RequirementLevel.NOT_STATED)) {
        wrong.add(String.format("%.2f counts: %s", roles.score(s), s));
      }
    }
    for (String s : ASKING) {
      if (!roles.counts(s, RequirementLevel.NOT_STATED)) {
        wrong.add(String.format("%.2f dropped: %s", roles.score(s), s));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aStatedRequirementCountsWhateverItsScore() {
    SentenceRoles strict = SentenceRoles.builtin().withMinScore(1.0);
    String s = NOT_ASKING.get(0);
    assertFalse(strict.counts(s, RequirementLevel.NOT_STATED));
    assertTrue(strict.counts(s, RequirementLevel.REQUIRED));
    assertTrue(strict.counts(s, RequirementLevel.PREFERRED));
  }

  @Test
  void aTrainedModelReadsBackWithTheSameScores() throws Exception {
    List<Example> examples = new ArrayList<>();
    NOT_ASKING.forEach(s -> examples.add(new Example(s, false)));
    ASKING.forEach(s -> examples.add(new Example(s, true)));
    SentenceRoles trained = SentenceRoles.train(examples, SentenceEncoder.shared(), "test", 1);
    StringWriter w = new StringWriter();
    trained.write(w);
    SentenceRoles read =
        SentenceRoles.read(
            new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)),
            "test",
            SentenceEncoder.shared());
    for (Example e : examples) {
      assertEquals(trained.score(e.text()), read.score(e.text()), 1e-4, e.text());
      assertEquals(e.asks(), read.score(e.text()) >= 0.5, e.text());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> SentenceRoles.train(examples.subList(0, 3), SentenceEncoder.shared(), "test", 1));
  }

  @Test
  void theExtractorCountsNoSkillFromTheEmployersDescription() {
    String posting =
        "The Riverside Medical Center is a 300-bed teaching hospital offering primary care, mental "
            + "health and rehabilitation services to veterans across the region.\n\n"
            + "The selected candidate will provide primary care to veterans.";
    SkillExtractor plain = CoreNlp.extractor(Taxonomy.builtin());
    SkillExtractor withRoles = plain.withSentenceRoles(SentenceRoles.builtin());
    assertEquals(
        List.of(0, 1),
        plain.extract(posting, "healthcare").stream()
            .map(SkillMention::sentenceIndex)
            .distinct()
            .sorted()
            .toList());
    assertEquals(
        List.of(1),
        withRoles.extract(posting, "healthcare").stream()
            .map(SkillMention::sentenceIndex)
            .distinct()
            .toList());
  }

  @Test
  void aListOfSkillNamesCountsWithoutBeingWeighed() {
    SkillExtractor never =
        CoreNlp.extractor(Taxonomy.builtin())
            .withSentenceRoles(SentenceRoles.builtin().withMinScore(1.0));
    assertFalse(never.extract("Java, Python, SQL, Kubernetes and Linux.", "tech").isEmpty());
    assertEquals(
        List.of(), never.extract("Our platform team runs Kubernetes in three regions.", "tech"));
  }
}
