package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.core.report.EvidenceLine;
import org.skillgap.spark.PipelineFixture;
import org.skillgap.spark.Published;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * The evidence behind a demand figure, drawn from the shared night: the hand-written postings are
 * there with the sentence they were counted from, the negated one is not, and a draw is the same
 * for the same seed.
 */
class SkillEvidenceTest {

  private static SkillEvidence.Source source;
  private static Dataset<Row> demand;

  @BeforeAll
  static void night() {
    SparkSession spark = SharedSpark.get();
    String out = PipelineFixture.get().out().toString();
    source = SkillEvidence.of(new Warehouse(spark, new Layout(out)));
    demand = Published.report(out, "2026-01-15", ReportRegistry.SKILL_DEMAND.name());
  }

  private static SkillEvidence.Drawn python(int n, long seed) {
    SkillEvidence.Skill skill = SkillEvidence.resolve(demand, "tech", "PYTHON", "2026-01-15");
    return source.draw(skill, "tech", n, seed);
  }

  @Test
  void everyCountedPostingWithTheSentenceItWasCountedFrom() {
    SkillEvidence.Drawn all = python(100_000, 1);
    assertEquals("python", all.skill().id());
    assertEquals(
        all.counted(), all.lines().size(), "asked for more than were counted: all of them");
    assertTrue(all.industryPostings() > all.counted());

    EvidenceLine h1 = only(all, "Data Engineer", "Acme");
    assertEquals("2018-06-04", h1.postedDate());
    assertEquals("[Python] is required.", h1.marked());
    assertEquals("required", h1.requirement());
    assertEquals(List.of("Python"), h1.surfaces());
    assertEquals(1, h1.sentences());

    assertEquals("preferred", only(all, "Analyst", "Acme").requirement());
    assertTrue(
        all.lines().stream().noneMatch(l -> "Beta".equals(l.company())),
        "h3 says no Python experience is needed: not counted, so not evidence");
  }

  @Test
  void theSameSeedDrawsTheSamePostingsAndMoreExtendsTheList() {
    List<String> five = ids(python(5, 7));
    assertEquals(5, five.size());
    assertEquals(five, ids(python(5, 7)));
    assertEquals(five.subList(0, 3), ids(python(3, 7)));
    assertNotEquals(five, ids(python(5, 8)));
  }

  @Test
  void eachYearsExampleIsTheFirstOfTheDrawWithSeedZero() {
    List<Row> examples =
        Published.report(PipelineFixture.get().out(), "2026-01-15", "skill_examples")
            .filter("industry = 'tech' and skill_id = 'python'")
            .collectAsList();
    assertFalse(examples.isEmpty());
    for (Row example : examples) {
      int year = example.getAs("year");
      SkillEvidence.Skill skill = SkillEvidence.resolve(demand, "tech", "python", "2026-01-15");
      SkillEvidence.Drawn drawn = source.draw(skill, "tech", year, 1, 0L);
      assertEquals(example.<Long>getAs("postings"), drawn.counted(), "year " + year);
      EvidenceLine first = drawn.lines().get(0);
      assertEquals(example.<String>getAs("posting_id"), first.postingId(), "year " + year);
      assertEquals(example.<String>getAs("sentence"), first.sentence());
      assertTrue(first.surfaces().contains(example.<String>getAs("matched")));
    }
  }

  @Test
  void industryPostingsAddUpToTheNight() {
    long placed = source.industryPostings().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(source.placed().count(), placed);
    assertEquals(python(1, 1).industryPostings(), source.industryPostings().get("tech"));
  }

  @AfterAll
  static void release() {
    source.close();
  }

  @Test
  void anUnknownSkillIsRefusedWithTheNearestNames() {
    SkillgapException e =
        assertThrows(
            SkillgapException.class,
            () -> SkillEvidence.resolve(demand, "tech", "pyth", "2026-01-15"));
    assertTrue(e.problem().contains("'pyth'"), e.problem());
    assertTrue(e.fix().contains("Python"), e.fix());
  }

  private static EvidenceLine only(SkillEvidence.Drawn drawn, String title, String company) {
    List<EvidenceLine> found =
        drawn.lines().stream()
            .filter(l -> l.title().equals(title) && company.equals(l.company()))
            .toList();
    assertEquals(1, found.size(), title + " at " + company + ": " + found);
    return found.get(0);
  }

  private static List<String> ids(SkillEvidence.Drawn drawn) {
    return drawn.lines().stream().map(EvidenceLine::postingId).toList();
  }
}
