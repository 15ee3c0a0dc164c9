package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgap.core.taxonomy.Taxonomy;

class SpanLinkerTest {

  private static final SpanLinker LINKER = new SpanLinker(Taxonomy.builtin());

  private static SpanLinker.Link link(String span) {
    return LINKER.link(List.of(span.split(" ")));
  }

  @Test
  void linksANameOrAliasAfterTheMatchersNormalisationAndWithoutLeadInWords() {
    assertEquals("python", link("Python").skill().id());
    assertEquals("kubernetes", link("K8s").skill().id(), "an abbreviation the taxonomy lists");
    SpanLinker.Link sql = link("strong knowledge of SQL");
    assertEquals("sql", sql.skill().id(), "lead-in words do not name the skill");
    assertEquals(SpanLinker.EXACT, sql.confidence());
    assertEquals("kubernetes", link("Kubernetes experience").skill().id(), "nor do trailing ones");
  }

  @Test
  void linksTheSameWordsInAnotherOrder() {
    SpanLinker.Link l = link("management of projects");
    assertEquals("project-management", l.skill().id());
    assertEquals(SpanLinker.SAME_WORDS, l.confidence());
  }

  @Test
  void linksOtherFormsOfTheSameWords() {
    SpanLinker.Link l = link("managed projects");
    assertEquals("project-management", l.skill().id());
    assertEquals(SpanLinker.SAME_WORDS, l.confidence());
  }

  @Test
  void anEntryCoveringPartOfASpanLinksWithConfidenceByTheShareItCovers() {
    SpanLinker.Link third = link("Python for wildlife surveys");
    assertEquals("python", third.skill().id());
    assertTrue(
        third.confidence() < SkillExtractor.DEFAULT_LINK_MIN_CONFIDENCE,
        "a third of the span is not enough to count as demand by default: " + third);
    SpanLinker.Link twoThirds = link("agile project management");
    assertEquals("project-management", twoThirds.skill().id());
    assertTrue(
        twoThirds.confidence() > third.confidence()
            && twoThirds.confidence() < SpanLinker.SAME_WORDS,
        twoThirds.toString());
  }

  @Test
  void linksOneTypingSlipInALongFormWithLessConfidence() {
    SpanLinker.Link l = link("Jenkis");
    assertEquals("jenkins", l.skill().id());
    assertEquals(SpanLinker.ONE_SLIP, l.confidence());
    assertNull(link("Pythn"), "a form under 6 letters needs the exact spelling");
  }

  @Test
  void neverLinksAnAmbiguousShortNameOrAPhraseTheTaxonomyDoesNotName() {
    assertNull(
        link("Go"), "an everyday word that is also a language needs the matcher's context checks");
    assertNull(link("R"));
    assertNull(link("team spirit and a sense of humour"));
    assertNull(link("experience"), "nothing is left once the lead-in words go");
  }

  @Test
  void oneSlipMeansExactlyOneEdit() {
    assertTrue(SpanLinker.oneSlip("kubernetes", "kubernets"));
    assertTrue(SpanLinker.oneSlip("ansible", "ansibel") == false, "a swap is two edits");
    assertTrue(SpanLinker.oneSlip("postgres", "postgrex"));
    assertFalse(SpanLinker.oneSlip("same", "same"));
  }
}
