package org.skillgap.core.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The emerging-skills queue keeps names of skills and tools, not words that only look like one. */
class EmergingPhrasesTest {

  private static boolean keep(String surface) {
    return EmergingPhrases.keep(surface.toLowerCase(Locale.ROOT), surface);
  }

  @Test
  void theNoiseSeenOnTheNycFeedStaysOut() {
    for (String noise :
        new String[] {
          "design",
          "community",
          "implementing",
          "appropriate",
          "ii",
          "assignment levels i",
          "areas described",
          "maintenance",
          "configuration",
          "designing",
          "information",
          "support",
          "enhancing computer software applications",
          "a",
          "Level III"
        }) {
      assertFalse(keep(noise), noise);
    }
  }

  /**
   * Judged by hand in the two real feeds' emerging top 30s (NYC and USAJOBS, 2026-12-03): not
   * skills.
   */
  @Test
  void theRealFeedsFormLanguageStaysOut() {
    for (String noise :
        new String[] {
          "web",
          "server",
          "best",
          "internet",
          "IT",
          "later",
          "network",
          "trends",
          "executive capacity",
          "city's financial management",
          "City’s contracting rules",
          "statutes",
          "city",
          "state",
          "nyc financial management",
          "written",
          "regulations",
          "layout",
          "details",
          "functions",
          "control",
          "have",
          "New York City",
          "New York State",
          "experience working",
          "federal affordable housing programs",
          "developing clear",
          "interpreting information",
          "written English",
          "spoken",
          "order",
          "theories",
          "each",
          "public sector",
          "database",
          "review",
          "needs",
          "water",
          "up-to-date engineering",
          "housing issues",
          "skill",
          "meaningful written information",
          "goals",
          "precedents",
          "another medical",
          "theories providing",
          "utilizing supportive",
          "under supervision",
          "instructions applicable",
          "ending dates",
          "serving alcoholic",
          "setting up",
          "using",
          "diagnosing malfunctions",
          "standard procedures",
          "available products",
          "data processing functions"
        }) {
      assertFalse(keep(noise), noise);
    }
  }

  /**
   * USAJOBS' healthcare queue (2026-12-04): requirements of the post, which the requirements report
   * reads.
   */
  @Test
  void eligibilityAndItsPaperworkStayOut() {
    for (String noise :
        new String[] {
          "unrestricted license",
          "unrestricted license or registration",
          "U.S. citizenship",
          "residency training",
          "photostatic copy of the license",
          "citation of the license number",
          "PhD",
          "supporting documentation",
          "graduate education",
          "individual circumstances may warrant appointments",
          "completion of the national commission",
          "current license to practice",
          "status",
          "proof of certification",
          "certification by the national commission"
        }) {
      assertFalse(keep(noise), noise);
    }
    for (String skill :
        new String[] {
          "internal medicine",
          "clinical setting",
          "inpatient and outpatient services",
          "copy editing"
        }) {
      assertTrue(keep(skill), skill);
    }
  }

  @Test
  void listsAsidesAndClausesFromTheSpanModelStayOut() {
    for (String noise :
        List.of(
            "administrative, managerial, executive",
            "financial management system (fms",
            "volunteer work done through national service programs",
            "outreach, education, surveillance")) {
      assertFalse(keep(noise), noise);
    }
    assertTrue(keep("financial management system (FMS)"), "a closed aside stays");
    assertTrue(keep("geospatial data types"));
  }

  @Test
  void dutiesAndTraitsStayOutByTheirPartsOfSpeech() {
    assertTrue(EmergingPhrases.dutyOrTrait(List.of("VB", "NNS")), "make recommendations");
    assertTrue(EmergingPhrases.dutyOrTrait(List.of("VBZ", "NN")), "embraces innovation");
    assertTrue(EmergingPhrases.dutyOrTrait(List.of("JJ")), "dynamic");
    assertTrue(EmergingPhrases.dutyOrTrait(List.of("VB")), "oversee");
    assertFalse(EmergingPhrases.dutyOrTrait(List.of("VBG", "NN")), "building construction");
    assertFalse(EmergingPhrases.dutyOrTrait(List.of("VBN", "NN")), "automated deployment");
    assertFalse(EmergingPhrases.dutyOrTrait(List.of("JJ", "NNS")), "relational databases");
    assertFalse(EmergingPhrases.dutyOrTrait(List.of("NNP")), "Oracle");

    // In the extractor, with the span model and CoreNLP's tagger on the phrase's own words.
    SkillExtractor extractor = CoreNlp.defaultExtractor();
    List<String> queued =
        extractor
            .extract(
                "Must be able to make recommendations to management. "
                    + "Experience with geospatial data types is required.",
                "tech",
                true)
            .emerging()
            .stream()
            .map(SkillMention::skillId)
            .toList();
    // The model finds "make recommendations to management" as a skill; it opens on a verb.
    assertEquals(List.of("geospatial data types"), queued);
  }

  @Test
  void theRealFeedsSkillsStay() {
    for (String skill :
        new String[] {
          "application architectures",
          "Oracle",
          "relational databases",
          "Windows",
          "AJAX",
          "automated deployment",
          "endpoint security",
          "IMS",
          "Microsoft Project",
          "TSO",
          "databases",
          "building construction",
          "financial management",
          "criminalistics",
          "forensic science",
          "plan examining",
          "project scheduling",
          "construction industry standards",
          "journalism",
          "internal medicine",
          "family practice",
          "mechanical engineering",
          "Revit",
          "hydrology",
          "AASHTO",
          "MUTCD",
          "informatics",
          "universal precautions",
          "computer science",
          "range fire control",
          "aviation screening",
          "diagnostic equipment",
          "sales engineering",
          "operating systems",
          "data mining"
        }) {
      assertTrue(keep(skill), skill);
    }
  }

  @Test
  void namesOfSkillsAndToolsStay() {
    for (String skill :
        new String[] {
          "router",
          "Kubernetes",
          "SharePoint",
          "S3",
          "C#",
          "systems programming",
          "database design",
          "local area network",
          "wide area network planning",
          "Crystal Reports",
          "Maximo",
          "machine learning",
          "mainframe development"
        }) {
      assertTrue(keep(skill), skill);
    }
  }
}
