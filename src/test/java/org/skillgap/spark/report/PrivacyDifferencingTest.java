package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.SharedSpark;

/**
 * k-anonymity against differencing (k = 10): credential A has 12 learners in 2024, 2 of whom
 * completed; credential B, of the same type, has 3. Both cover Python; only A covers SQL. No
 * published figure, and no difference of two, may count B's 3 learners or A's 2 completers.
 */
class PrivacyDifferencingTest {
  private static final SparkSession spark = SharedSpark.get();
  private static ReportInputs inputs;

  @BeforeAll
  static void build() {
    Taxonomy taxonomy = Taxonomy.builtin();
    String python = InMemoryReports.skillId("Python");
    String sql = InMemoryReports.skillId("SQL");
    List<String> postings = new ArrayList<>();
    List<String> mentions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      postings.add("('p" + i + "', 'tech', DATE'2024-03-01', 'Data Engineer')");
      mentions.add(
          "('p"
              + i
              + "', '"
              + python
              + "', 'technology'), ('p"
              + i
              + "', '"
              + sql
              + "', 'technology')");
    }
    List<String> enrollments = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      enrollments.add(
          "('a" + i + "', 'A', DATE'2024-02-01', '" + (i < 2 ? "completed" : "enrolled") + "')");
    }
    for (int i = 0; i < 3; i++) {
      enrollments.add("('b" + i + "', 'B', DATE'2024-02-01', 'completed')");
    }
    inputs =
        ReportInputs.inMemory(
            spark,
            taxonomy,
            InMemoryReports.defaultSettings(LocalDate.of(2025, 1, 1)),
            LocalDate.of(2025, 1, 1),
            1,
            InMemoryReports.postings("posting_id, industry, posted_date, title", postings),
            InMemoryReports.values("posting_id, skill_id, skill_type", mentions),
            InMemoryReports.credentials(
                "credential_id, name, provider, type, cost, hours",
                List.of(
                    "('A', 'Data A', 'U', 'course', 49.0, 10.0)",
                    "('B', 'Data B', 'U', 'course', 39.0, 8.0)")),
            InMemoryReports.values(
                "credential_id, skill_id, skill_type",
                List.of(
                    "('A', '" + python + "', 'technology')",
                    "('A', '" + sql + "', 'technology')",
                    "('B', '" + python + "', 'technology')")),
            InMemoryReports.values(
                "learner_key, credential_id, enrolled_date, status", enrollments));
  }

  @Test
  void aTypeTotalMinusThePublishedCredentialsRevealsNoWithheldOne() {
    Row a = coverageOf("A");
    Row b = coverageOf("B");
    assertEquals(12L, (Long) a.getAs("enrollments"));
    assertNull(b.getAs("enrollments"));
    assertTrue(b.<Boolean>getAs("suppressed"));
    Row course = courses2024();
    assertEquals(
        12L,
        (Long) course.getAs("enrollments"),
        "the total adds published credentials only, not B's 3");
    assertTrue(course.<Boolean>getAs("suppressed"));
  }

  @Test
  void twoSkillsCoveredByOverlappingCredentialsDifferByNoWithheldCell() {
    List<Row> gaps = CredentialReports.gaps(inputs).filter("year = 2024").collectAsList();
    assertEquals(2, gaps.size());
    for (Row g : gaps) {
      assertEquals(
          12L,
          (Long) g.getAs("covering_enrollments"),
          "Python (A, B) minus SQL (A) must not give B's 3");
    }
  }

  @Test
  void completionsFromFewerThanKLearnersAreWithheld() {
    Row a = coverageOf("A");
    assertNull(a.getAs("completions"), "2 completers of 12");
    assertNull(a.getAs("completion_rate"));
    assertTrue(a.<Boolean>getAs("suppressed"));
    Row course = courses2024();
    assertNull(course.getAs("completions"));
  }

  private Row coverageOf(String credentialId) {
    return CredentialReports.coverage(inputs)
        .filter(col("credential_id").equalTo(credentialId))
        .first();
  }

  /** enrollment_trends' row of courses in 2024. */
  private Row courses2024() {
    return EnrollmentTrendsReport.build(inputs)
        .filter("credential_type = 'course' and year = 2024")
        .first();
  }
}
