package org.skillgap.core.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.taxonomy.Taxonomy;

class SpanScoringTest {

  @Test
  void bioTagsBecomeSpans() {
    assertEquals(
        List.of(new Span(1, 3), new Span(3, 4), new Span(5, 6)),
        Bio.spans(List.of("O", "B", "I", "B", "O", "I")));
    assertEquals(List.of("O", "B", "I", "O"), Bio.tags(List.of(new Span(1, 3)), 4));
  }

  @Test
  void strictAndOverlapCountEachSide() {
    SpanScore s = new SpanScore();
    // gold: [0,2) and [4,6); predicted: [0,2) exact, [5,7) overlapping, [8,9) wrong
    s.add(
        List.of(new Span(0, 2), new Span(4, 6)),
        List.of(new Span(0, 2), new Span(5, 7), new Span(8, 9)));
    assertEquals(1.0 / 3, s.strict().precision(), 1e-9);
    assertEquals(0.5, s.strict().recall(), 1e-9);
    assertEquals(2.0 / 3, s.overlap().precision(), 1e-9);
    assertEquals(1.0, s.overlap().recall(), 1e-9);
    assertEquals(0.8, s.overlap().f1(), 1e-9);
  }

  @Test
  void scoresTheExtractorPerLayerAndCombined(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("dev.jsonl");
    Files.writeString(
        f,
        """
        {"idx": 1, "tokens": ["Strong", "Python", "and", "teamwork", "skills"], "tags_skill": ["O","O","O","B","O"], "tags_knowledge": ["O","B","O","O","O"], "source": "tech"}
        {"idx": 1, "tokens": ["We", "like", "Kubernetes"], "tags_skill": ["O","O","O"], "tags_knowledge": ["O","O","O"], "source": "tech"}
        """);
    List<TaggedSentence> corpus = TaggedCorpus.read(f);
    Map<String, SpanScore> scores =
        SpanEvaluation.score(
            corpus, SpanEvaluation.extractor(CoreNlp.extractor(Taxonomy.builtin())));
    assertEquals(List.of("skill", "knowledge", "combined"), List.copyOf(scores.keySet()));
    assertEquals(
        1.0, scores.get("knowledge").strict().recall(), 1e-9, "Python found with exact boundaries");
    assertEquals(
        0.5, scores.get("knowledge").strict().precision(), 1e-9, "Kubernetes is not gold here");
    assertEquals(
        1.0, scores.get("skill").overlap().recall(), 1e-9, "teamwork is a soft skill: skill layer");
    assertEquals(2, scores.get("combined").gold());
  }

  @Test
  void aBadLineNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(
        f,
        "{\"tokens\": [\"a\"], \"tags_skill\": [\"O\"]}\n{\"tokens\": [\"a\", \"b\"], \"tags_skill\": [\"O\"]}\n");
    SkillgapException e = assertThrows(SkillgapException.class, () -> TaggedCorpus.read(f));
    assertTrue(e.getMessage().contains("bad.jsonl is invalid at line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("one tag per token"), e.getMessage());
  }

  @Test
  void linkingCountsNamesAndAliasesOfPredictedEntries() {
    Map<String, Set<String>> gold =
        LinkEvaluation.goldBySentence(
            List.of(
                List.of("* Proficiency in Python and SQL", "Python"),
                List.of("* Proficiency in Python and SQL", "structured query language"),
                List.of("* Proficiency in Python and SQL", "teamwork"),
                List.of("Nothing to see here", "accounting")));
    SpanScore.Prf prf = LinkEvaluation.score(gold, CoreNlp.extractor(Taxonomy.builtin()));
    assertEquals(1.0, prf.precision(), 1e-9, "Python and SQL are both gold (SQL by its alias)");
    assertEquals(0.5, prf.recall(), 1e-9, "2 of 4 gold labels found");
  }
}
