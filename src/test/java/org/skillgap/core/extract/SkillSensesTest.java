package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillgap.core.encode.SentenceEncoder;

class SkillSensesTest {

  private static final SkillSenses SENSES = SkillSenses.builtin();

  @Test
  void aNameCountsInItsEntrysSenseOnly() {
    assertTrue(
        SENSES.fits("supervision", "Supervising staff and coordinating preparation of the budget"));
    assertFalse(
        SENSES.fits(
            "supervision",
            "may supervise the design, inspection, construction and alteration of premises"));
    assertTrue(
        SENSES.fits(
            "investigations",
            "conduct investigations of complaints of fraud and abuse by contractors"));
    assertFalse(
        SENSES.fits(
            "investigations",
            "supervise civil engineers involved in investigations of the sewer system"));
    assertTrue(
        SENSES.fits("presentation-skills", "prepare and deliver presentations to the board"));
    assertFalse(
        SENSES.fits(
            "presentation-skills",
            "common applications such as word processing, spreadsheets, presentation preparation"));
  }

  @Test
  void entriesWithoutExamplesAlwaysFit() {
    assertFalse(SENSES.weighs("python"));
    assertTrue(SENSES.fits("python", "the python ate the mouse"));
  }

  @Test
  void theDefaultExtractorWeighsSensesAndTheBareOneDoesNot() {
    String posting =
        "The engineer will supervise the design, inspection and construction of premises.";
    assertFalse(ids(CoreNlp.defaultExtractor(), posting).contains("supervision"));
    assertTrue(
        ids(CoreNlp.defaultExtractor(), "The manager will supervise a team of five analysts.")
            .contains("supervision"));
  }

  @Test
  void aFileWithoutBothKindsOfExampleIsRefused() {
    String onlyOwn = "supervision\tyes\tsupervise staff\n";
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                SkillSenses.read(
                    new ByteArrayInputStream(onlyOwn.getBytes(StandardCharsets.UTF_8)),
                    "test.tsv",
                    SentenceEncoder.shared()));
    assertTrue(e.getMessage().contains("test.tsv"), e.getMessage());
    assertThrows(
        IOException.class,
        () ->
            SkillSenses.read(
                new ByteArrayInputStream(
                    "supervision\tmaybe\tx\n".getBytes(StandardCharsets.UTF_8)),
                "test.tsv",
                SentenceEncoder.shared()));
  }

  private static Set<String> ids(SkillExtractor extractor, String text) {
    return extractor.extract(text, "other").stream()
        .map(SkillMention::skillId)
        .collect(Collectors.toSet());
  }
}
