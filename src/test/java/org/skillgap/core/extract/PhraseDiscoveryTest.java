package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgap.core.taxonomy.Taxonomy;

class PhraseDiscoveryTest {

  private static final SkillExtractor EXTRACTOR = CoreNlp.extractor(Taxonomy.builtin());

  private static List<String> emerging(String text) {
    return EXTRACTOR.extract(text, "tech", true).emerging().stream()
        .map(SkillMention::skillId)
        .toList();
  }

  @Test
  void listItemsAfterARequirementCueThatTheTaxonomyDoesNotKnow() {
    assertEquals(
        List.of("event storming", "mage.ai"),
        emerging("Must have experience with event storming, Python and Mage.ai."));
  }

  @Test
  void theSampleDataPlantsPhrasesTheTaxonomyLacks() {
    for (String phrase :
        List.of(
            "vector search",
            "data contracts",
            "genomic medicine",
            "wearable sensors",
            "embedded finance",
            "climate risk modeling",
            "AI literacy",
            "makerspaces",
            "drone surveying",
            "route planning")) {
      assertEquals(
          List.of(phrase.toLowerCase()),
          emerging("Hands-on experience with " + phrase + "."),
          phrase);
    }
  }

  @Test
  void knownSkillsLeadingWordsAndGenericNounsAreNotCandidates() {
    assertEquals(
        List.of("event storming"),
        emerging("Strong knowledge of the event storming techniques and SQL."));
    assertEquals(List.of(), emerging("Experience with Kubernetes and Docker is required."));
  }

  @Test
  void onlyCuedSentencesAndNotBoilerplateOrNegatedOnes() {
    assertEquals(List.of(), emerging("We love data lineage and event storming."));
    assertEquals(List.of(), emerging("No prior experience with quantum annealing needed."));
  }

  @Test
  void discoveredPhrasesKeepOffsetsAndRequirementLevel() {
    String text = "Nice to have: familiarity with semantic layers.";
    SkillMention m = EXTRACTOR.extract(text, "tech", true).emerging().get(0);
    assertEquals("semantic layers", m.skillId());
    assertEquals("semantic layers", text.substring(m.begin(), m.end()));
    assertEquals(RequirementLevel.PREFERRED, m.requirement());
    assertEquals(
        List.of(), EXTRACTOR.extract(text, "tech", false).emerging(), "off unless asked for");
  }
}
