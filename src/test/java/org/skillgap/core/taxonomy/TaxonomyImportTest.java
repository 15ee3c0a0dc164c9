package org.skillgap.core.taxonomy;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.SkillMention;

class TaxonomyImportTest {

  private static final Path SHARED = Path.of("..", "shared", "data");

  static final String ESCO_CSV =
      """
      conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description
      KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/000f1d3d-aa,Haskell,released,knowledge,sector-specific,Haskell techniques,"The techniques, in Haskell."
      KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/0b-cc,show initiative,released,skill/competence,transversal,"take the initiative
      demonstrate sense of initiative",desc
      KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/0c-dd,Python (computer programming),released,knowledge,sector-specific,"Python",desc
      KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/0d-ee,manage budgets,released,skill/competence,cross-sector,"understand Greek speech
      speak Greek",desc
      """;

  @Test
  void escoCsvBecomesEntriesWithSynonymsAndTypes() {
    List<Skill> skills = TaxonomyImport.esco(ESCO_CSV, "esco.csv");
    assertEquals(4, skills.size());
    Skill initiative = skills.get(1);
    assertEquals("esco-0b-cc", initiative.id());
    assertEquals(SkillType.SOFT, initiative.type(), "transversal ESCO skills are soft skills");
    assertEquals(
        List.of("take the initiative", "demonstrate sense of initiative"), initiative.aliases());
    assertEquals(SkillType.KNOWLEDGE, skills.get(0).type());
    assertEquals(
        List.of(),
        skills.get(3).aliases(),
        "synonyms sharing no word with the label are dropped as misaligned");
  }

  @Test
  void mergeAddsNewEntriesAndEnrichesExistingOnes() {
    Taxonomy base = Taxonomy.builtin();
    Taxonomy merged = base.merge(TaxonomyImport.esco(ESCO_CSV, "esco.csv"), "esco.csv");
    assertTrue(merged.version().contains("-merged+"), merged.version());
    assertNotEquals(base.version(), merged.version());
    // "Haskell" is already built in, so the ESCO entry only adds its synonym to it.
    Skill haskell = merged.bySurfaceForm("haskell techniques");
    assertEquals("haskell", haskell.id());
    assertNotNull(merged.get("esco-0b-cc"));
    // The merged file parses back to the same taxonomy, and extraction uses the new entries.
    assertEquals(merged.version(), Taxonomy.parse(merged.text(), "again").version());
    List<SkillMention> found =
        CoreNlp.extractor(merged).extract("You show initiative and know Python.", null);
    assertEquals(
        List.of("esco-0b-cc", "python"), found.stream().map(SkillMention::skillId).toList());
  }

  @Test
  void onetTechnologiesGetIndustriesFromTheirOccupations() {
    String tsv =
        "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
            + "15-1252.00\tApache Spark\t43232306\tData base\tY\tN\n"
            + "15-1243.00\tApache Spark\t43232306\tData base\tY\tN\n"
            + "29-1141.00\tEpic Systems\t43231511\tMedical software\tY\tN\n"
            + "13-2011.00\tMicrosoft Excel\t1\tSpreadsheet\tY\tY\n"
            + "29-1141.00\tMicrosoft Excel\t1\tSpreadsheet\tY\tY\n"
            + "25-2021.00\tMicrosoft Excel\t1\tSpreadsheet\tY\tY\n"
            + "41-1011.00\tMicrosoft Excel\t1\tSpreadsheet\tY\tY\n"
            + "15-1252.00\tSlack\t1\tChat\tY\tY\n";
    List<Skill> skills = TaxonomyImport.onetTechnology(tsv, "Technology_Skills.txt");
    assertEquals(
        List.of("onet-apache-spark", "onet-epic-systems", "onet-microsoft-excel", "onet-slack"),
        skills.stream().map(Skill::id).toList());
    assertEquals(Set.of("tech"), skills.get(0).industries());
    assertEquals(Set.of("healthcare"), skills.get(1).industries());
    assertTrue(
        skills.get(2).industries().isEmpty(), "named in four occupation groups: transversal");
    assertTrue(skills.get(3).ambiguous(), "a product named like an everyday word needs context");
    SkillgapException e =
        assertThrows(
            SkillgapException.class, () -> TaxonomyImport.onetTechnology("a\tb\n", "wrong.txt"));
    assertTrue(e.getMessage().contains("O*NET-SOC Code"), e.getMessage());
  }

  @Test
  void importsTheSharedEscoAndOnetDownloads() throws Exception {
    Path esco = SHARED.resolve("esco-skills/v1.2.0_digitalSkillsCollection_en.csv");
    Path onet = SHARED.resolve("onet/Technology_Skills.txt");
    Assumptions.assumeTrue(
        Files.exists(esco) && Files.exists(onet), "../shared/data not present: skipped");
    List<Skill> escoSkills =
        TaxonomyImport.esco(Files.readString(esco, StandardCharsets.UTF_8), esco.toString());
    assertEquals(1284, escoSkills.size());
    List<Skill> onetSkills =
        TaxonomyImport.onetTechnology(
            Files.readString(onet, StandardCharsets.UTF_8), onet.toString());
    assertTrue(onetSkills.size() > 8000, "distinct O*NET technologies: " + onetSkills.size());
    Taxonomy merged = Taxonomy.builtin().merge(escoSkills, "esco").merge(onetSkills, "onet");
    assertTrue(merged.size() > Taxonomy.builtin().size() + 9000, "merged size " + merged.size());
    assertEquals(
        "epic",
        merged.bySurfaceForm("Epic Systems").id(),
        "O*NET's Epic Systems enriches the built-in Epic");
    List<String> ids =
        CoreNlp.extractor(merged)
            .extract("Must have experience with Atlassian JIRA and Haskell.", "tech")
            .stream()
            .map(SkillMention::skillId)
            .toList();
    assertTrue(
        ids.contains("haskell")
            && ids.stream().anyMatch(i -> i.startsWith("onet-atlassian-jira") || i.equals("jira")),
        ids.toString());
  }
}
