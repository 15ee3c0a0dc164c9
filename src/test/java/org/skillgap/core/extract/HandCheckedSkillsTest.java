package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgap.core.Json;
import org.skillgap.core.ingest.TextCleaner;

/**
 * What demand counts on 30 real postings (NYC Jobs and USAJOBS: 10 tech, 10 healthcare, 5 finance,
 * 5 other) against the skills a recruiter lists for each, annotated by hand before the extractor
 * was run on them (see SOURCE.md beside the resource). Posting level: a (posting, skill) pair is
 * right when the extractor finds an entry the annotation names; an annotated skill the taxonomy has
 * no entry for is a miss.
 */
class HandCheckedSkillsTest {

  /**
   * The first set (30 postings, tuned on: see SOURCE.md) and the second (10, scored on first
   * contact).
   */
  static final String FIRST = "/org/skillgap/skills/hand-checked-skills.jsonl";

  static final String SECOND = "/org/skillgap/skills/hand-checked-skills-2.jsonl";

  static List<JsonNode> postings() throws Exception {
    List<JsonNode> out = new ArrayList<>(postings(FIRST));
    out.addAll(postings(SECOND));
    return out;
  }

  static List<JsonNode> postings(String resource) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                HandCheckedSkillsTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(Json.parse(line, resource));
      }
    }
    return out;
  }

  /** Counts over every posting, and the pairs that went wrong, for the failure message. */
  record Score(int truePositives, int predicted, int annotated, List<String> wrong) {
    double precision() {
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      return annotated == 0 ? 1.0 : (double) truePositives / annotated;
    }

    @Override
    public String toString() {
      return String.format(
          "precision %.3f (%d/%d), recall %.3f (%d/%d)%n  %s",
          precision(),
          truePositives,
          predicted,
          recall(),
          truePositives,
          annotated,
          String.join("\n  ", wrong));
    }
  }

  static Score score(SkillExtractor extractor, List<JsonNode> postings) throws Exception {
    int tp = 0;
    int predicted = 0;
    int annotated = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode p : postings) {
      String text = TextCleaner.clean(p.get("text").asText());
      Map<String, String> found = new LinkedHashMap<>();
      for (SkillMention m : extractor.extract(text, p.get("industry").asText())) {
        found.putIfAbsent(m.skillId(), m.surface());
      }
      // Two annotated names of one entry ("Blueprint Reading", "Wiring Diagrams") are one skill to
      // find.
      Set<String> wanted = new LinkedHashSet<>();
      for (JsonNode s : p.get("skills")) {
        if (s.get("id").isNull()) {
          annotated++;
          wrong.add(p.get("id").asText() + " missed (no entry): " + s.get("name").asText());
        } else if (wanted.add(s.get("id").asText())) {
          annotated++;
        }
      }
      for (var f : found.entrySet()) {
        predicted++;
        if (wanted.contains(f.getKey())) {
          tp++;
        } else {
          wrong.add(p.get("id").asText() + " extra: " + f.getKey() + " (\"" + f.getValue() + "\")");
        }
      }
      for (String id : wanted) {
        if (!found.containsKey(id)) {
          wrong.add(p.get("id").asText() + " missed: " + id);
        }
      }
    }
    return new Score(tp, predicted, annotated, wrong);
  }

  /**
   * The bar is 0.85 for both; what demand reaches today with the default settings (taxonomy
   * and span model) is below it (SOURCE.md has the first-contact and the current figures of each
   * set). This holds the current level of each set so that a change that loses ground fails; raise
   * the floors as it improves. The first set's recall floor came down from 0.78 when alternative
   * routes, hiring text and skill names that qualify other nouns stopped counting: its annotators
   * listed what a qualifying route names and what a title implies, which the demand audit's readers
   * judge not asked (docs/evaluation.md, "Routes, hiring text and names of other things").
   */
  @Test
  void demandOnHandCheckedRealPostings() throws Exception {
    SkillExtractor extractor = CoreNlp.defaultExtractor();
    Score first = score(extractor, postings(FIRST));
    Score second = score(extractor, postings(SECOND));
    System.out.println("hand-checked real postings, first set: " + first);
    System.out.println("hand-checked real postings, second set: " + second);
    assertTrue(first.precision() >= 0.82 && first.recall() >= 0.74, first.toString());
    assertTrue(second.precision() >= 0.80 && second.recall() >= 0.50, second.toString());
  }

  /**
   * What the annotation marks as not asked for (the experience a civil-service posting lists as not
   * acceptable, "unacceptable experience: ... help desk, telecommunications") is never counted.
   */
  @Test
  void negatedExperienceIsNotCounted() throws Exception {
    SkillExtractor extractor = CoreNlp.defaultExtractor();
    int checked = 0;
    for (JsonNode p : postings()) {
      Set<String> asked = new LinkedHashSet<>();
      p.get("skills").forEach(s -> asked.add(s.get("id").asText()));
      Set<String> found = new LinkedHashSet<>();
      extractor
          .extract(TextCleaner.clean(p.get("text").asText()), p.get("industry").asText())
          .forEach(m -> found.add(m.skillId()));
      for (JsonNode s : p.get("not_counted")) {
        String id = s.get("id").asText();
        if (!asked.contains(id)) {
          checked++;
          assertFalse(
              found.contains(id),
              p.get("id").asText()
                  + " counts "
                  + id
                  + ", which it names only as "
                  + "experience that does not count");
        }
      }
    }
    assertTrue(checked >= 4, "the annotation marks negated mentions: " + checked);
  }
}
