package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.PipelineFixture;
import org.skillgap.spark.Published;
import org.skillgap.spark.SharedSpark;

/**
 * The sample-data generator plants facts (docs/sample-data.md); the reports must recover each of
 * them.
 */
class PlantedFactsTest {

  private static final SparkSession spark = SharedSpark.get();
  private static PipelineFixture f;

  @BeforeAll
  static void run() {
    f = PipelineFixture.get();
  }

  private static Dataset<Row> report(String name) {
    return Published.report(f.out(), "2026-01-15", name);
  }

  @Test
  void generativeAiDemandRisesSteeplyInTech() {
    Dataset<Row> genai =
        report("skill_demand")
            .filter("industry = 'tech' and period_type = 'quarter' and skill_id = 'generative-ai'");
    double early =
        genai
            .filter("period_start < date'2022-01-01'")
            .agg(coalesce(sum("postings"), lit(0L)))
            .first()
            .getLong(0);
    double late =
        genai.filter("period_start >= date'2025-01-01'").agg(avg("share")).first().getDouble(0);
    assertTrue(late > 0.3, "2025 share " + late);
    assertTrue(early <= 5, "hardly any before 2022: " + early);
    Row q = genai.filter("period = '2025-Q1'").first();
    Row yearAgo = genai.filter("period = '2024-Q1'").first();
    Row previous = genai.filter("period = '2024-Q4'").first();
    assertEquals(
        q.<Double>getAs("share") - yearAgo.<Double>getAs("share"),
        q.<Double>getAs("share_change_year_ago"),
        1e-9);
    assertEquals(
        q.<Double>getAs("share") - previous.<Double>getAs("share"),
        q.<Double>getAs("share_change_previous"),
        1e-9);
    assertEquals(
        (double) q.<Long>getAs("postings") / previous.<Long>getAs("postings") - 1,
        q.<Double>getAs("postings_change_previous"),
        1e-9);
  }

  @Test
  void techAsksForABachelorsDegreeLessEachYear() {
    Dataset<Row> tech = report("requirement_trends").filter("industry = 'tech'");
    double first = tech.filter("year = 2019").first().<Double>getAs("bachelor_or_higher_share");
    double last = tech.filter("year = 2025").first().<Double>getAs("bachelor_or_higher_share");
    assertTrue(
        first > 0.65 && last < 0.5 && first - last > 0.25, "2019: " + first + ", 2025: " + last);
    double healthcare =
        report("requirement_trends")
            .filter("industry = 'healthcare' and year = 2025")
            .first()
            .<Double>getAs("bachelor_or_higher_share");
    assertTrue(healthcare > 0.35 && healthcare < 0.65, "healthcare 2025: " + healthcare);
  }

  @Test
  void aCheapCredentialCoveringWellPaidSkillsRanksFirstByValue() {
    Row first =
        report("credential_value")
            .filter("industry = 'healthcare' and year = 2025 and rank = 1")
            .first();
    assertEquals("cred-healthcare-essentials", first.getAs("credential_id"), first.toString());
    // Positive, though diluted: three of its ten skills carry the planted 30 %, weighted by their
    // postings.
    assertTrue(first.<Double>getAs("salary_premium") > 0, first.toString());
  }

  @Test
  void anUncoveredSkillTopsTheTechGaps() {
    Row top = report("skill_gaps").filter("industry = 'tech' and year = 2025 and rank = 1").first();
    assertEquals("vector-databases", top.getAs("skill_id"));
    assertEquals(0, (int) top.getAs("credentials_covering"));
  }

  @Test
  void aCheapCredentialHeadsTheHealthcarePath() {
    Row first =
        report("credential_paths")
            .filter("industry = 'healthcare' and job_family = '*' and step = 1")
            .first();
    assertEquals("cred-healthcare-essentials", first.getAs("credential_id"));
    assertTrue(first.<Double>getAs("coverage_reached") >= 0.5, first.toString());
    assertTrue(first.<Double>getAs("total_cost") < 100, first.toString());
  }

  @Test
  void aRareCredentialsEnrollmentFiguresAreSuppressed() {
    List<Row> rare =
        report("credential_coverage")
            .filter("credential_id = 'cred-rare-actuarial' and year = 2024")
            .collectAsList();
    assertFalse(rare.isEmpty(), "the rare credential covers in-demand finance skills");
    for (Row r : rare) {
      assertTrue(r.<Boolean>getAs("suppressed"));
      assertNull(r.getAs("enrollments"));
      assertNull(r.getAs("completion_rate"));
    }
    // Popular credentials are not suppressed: enrollments every year, completions where enough
    // completed.
    assertTrue(
        report("credential_coverage")
                .filter(
                    "credential_id = 'cred-google-it-support' and year = 2025 and enrollments > 0")
                .count()
            > 0);
    assertTrue(
        report("credential_coverage")
                .filter("credential_id = 'cred-google-it-support' and not suppressed")
                .count()
            > 0);
  }

  @Test
  void phlebotomyAlwaysComesWithSpecimenHandling() {
    Row rule =
        report("skill_bundles")
            .filter(
                "industry = 'healthcare' and kind = 'rule' and antecedent = array('phlebotomy') "
                    + "and consequent = array('specimen-handling')")
            .first();
    assertTrue(rule.<Double>getAs("confidence") > 0.99, rule.toString());
    assertTrue(rule.<Double>getAs("lift") > 1.5, rule.toString());
  }

  @Test
  void enrollmentGrowsOverTheYears() {
    Row courses =
        report("enrollment_trends")
            .filter(
                "industry = 'tech' and credential_type = 'professional_certificate' and year = 2025")
            .first();
    assertTrue(courses.<Double>getAs("growth_vs_first_year") > 1.0, courses.toString());
  }

  @Test
  void employersNameCredentials() {
    Row bls =
        report("employer_recognition")
            .filter("industry = 'healthcare' and year = 2025 and rank = 1")
            .first();
    assertEquals("basic-life-support", bls.getAs("credential_skill_id"));
    assertTrue(bls.<Double>getAs("any_credential_share") >= bls.<Double>getAs("share"));
    assertTrue(
        report("credential_coverage")
                .filter("credential_id = 'cred-comptia-aplus' and employer_recognition > 0")
                .count()
            > 0,
        "CompTIA A+ is named in tech postings");
  }

  @Test
  void phrasesTheTaxonomyLacksAreProposedPerIndustry() {
    Map<String, String> plantedMostOften =
        Map.of(
            "tech",
            "vector search",
            "healthcare",
            "genomic medicine",
            "finance",
            "embedded finance",
            "education",
            "ai literacy",
            "other",
            "drone surveying");
    plantedMostOften.forEach(
        (industry, phrase) -> {
          Row top =
              report("emerging_skills")
                  .filter("industry = '" + industry + "'")
                  .groupBy("phrase")
                  .agg(sum("postings").as("postings"))
                  .orderBy(col("postings").desc())
                  .first();
          assertEquals(phrase, top.getAs("phrase"), industry);
        });
    Row example = report("emerging_skills").filter("phrase = 'vector search'").first();
    assertTrue(
        example.<String>getAs("example_sentence").contains("experience with vector search"),
        example.toString());
    assertEquals(
        0,
        report("skill_demand").filter("skill_id = 'vector search'").count(),
        "never counted as demand");
  }

  @Test
  void theClassifierIsAccurateAndReported() {
    Double accuracy = f.summary().classifierAccuracy();
    assertNotNull(accuracy);
    assertTrue(accuracy >= 0.9, "held-out accuracy " + accuracy);
    assertTrue(
        f.summary().classifierMacroF1() >= 0.9, "macro F1 " + f.summary().classifierMacroF1());
    String text = f.summary().toText();
    assertTrue(text.contains("industry classifier: held out") && text.contains("macro F1"), text);
    assertTrue(text.contains("postings per industry, by what placed them"), text);
  }

  @Test
  void everyReportIsPublishedWithFiveIndustries() {
    for (String name : ReportRegistry.NAMES) {
      List<String> industries =
          report(name)
              .select("industry")
              .distinct()
              .orderBy("industry")
              .as(Encoders.STRING())
              .collectAsList();
      assertEquals(
          List.of("education", "finance", "healthcare", "other", "tech"), industries, name);
    }
  }
}
