package org.skillgap.core.taxonomy;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgap.core.error.SkillgapException;

class TaxonomyTest {

  @Test
  void builtinIsVersionedAndCoversEveryIndustry() {
    Taxonomy t = Taxonomy.builtin();
    assertTrue(t.version().matches("2026\\.12-3\\+[0-9a-f]{10}"), t.version());
    Map<String, Integer> perIndustry = new HashMap<>();
    Map<SkillType, Integer> perType = new EnumMap<>(SkillType.class);
    for (Skill s : t.skills()) {
      s.industries().forEach(i -> perIndustry.merge(i, 1, Integer::sum));
      perType.merge(s.type(), 1, Integer::sum);
    }
    assertTrue(t.skills().size() >= 1_500, "curated entries: " + t.skills().size());
    assertTrue(perIndustry.get("tech") >= 600, perIndustry.toString());
    assertTrue(perIndustry.get("healthcare") >= 300, perIndustry.toString());
    assertTrue(perIndustry.get("finance") >= 250, perIndustry.toString());
    assertTrue(perIndustry.get("education") >= 170, perIndustry.toString());
    assertTrue(
        t.skills().stream().filter(s -> s.industries().isEmpty()).count() >= 40,
        "transversal skills");
    assertEquals(4, perType.size(), "every skill type is present");
    assertEquals("Python", t.get("python").name());
  }

  @Test
  void aSurfaceFormHasOneMeaningPerIndustry() {
    // A form may name two entries only when their industries do not overlap ("GCP": Google Cloud
    // Platform in
    // tech, Good Clinical Practice in healthcare): the posting's industry then chooses the sense.
    Map<String, List<Skill>> owners = new HashMap<>();
    for (Skill s : Taxonomy.builtin().skills()) {
      for (String form : s.surfaceForms()) {
        List<Skill> same =
            owners.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        for (Skill other : same) {
          boolean overlap =
              other.industries().isEmpty()
                  || s.industries().isEmpty()
                  || other.industries().stream().anyMatch(s.industries()::contains);
          assertFalse(
              !other.id().equals(s.id()) && overlap,
              "'"
                  + form
                  + "' is a form of both "
                  + other.id()
                  + " and "
                  + s.id()
                  + " in the same industry");
        }
        same.add(s);
      }
    }
    assertEquals(
        2,
        owners.get("gcp").stream().map(Skill::id).distinct().count(),
        "the shared example exists");
  }

  @Test
  void versionChangesWithContent() {
    String header = "# version: 7\nid\tname\ttype\tindustries\tambiguous\taliases\n";
    Taxonomy a = Taxonomy.parse(header + "sql\tSQL\ttechnology\ttech\tfalse\t\n", "a");
    Taxonomy b =
        Taxonomy.parse(
            header + "sql\tSQL\ttechnology\ttech\tfalse\tstructured query language\n", "b");
    assertTrue(a.version().startsWith("7+"));
    assertNotEquals(a.version(), b.version());
    assertEquals(1, b.get("sql").aliases().size());
  }

  @Test
  void badLinesAreReportedWithTheirLineNumber() {
    String text =
        "id\tname\ttype\tindustries\tambiguous\taliases\nsql\tSQL\tgadget\ttech\tfalse\t\n";
    SkillgapException e =
        assertThrows(SkillgapException.class, () -> Taxonomy.parse(text, "my.tsv"));
    assertTrue(e.getMessage().contains("my.tsv is invalid at line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("gadget"), e.getMessage());
    assertEquals(2, e.exitCode());

    String dup =
        "id\tname\ttype\tindustries\tambiguous\taliases\nx\tX\tsoft\t*\tfalse\t\nx\tY\tsoft\t*\tfalse\t\n";
    assertTrue(
        assertThrows(SkillgapException.class, () -> Taxonomy.parse(dup, "d"))
            .getMessage()
            .contains("twice"));
  }
}
