package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.SharedSpark;

/**
 * credential_value on a small world: tech postings asking for Kubernetes pay 150k, those asking for
 * Excel 75k. A cheap credential covering Kubernetes must rank first, before a dear one covering
 * Excel.
 */
class CredentialValueTest {
  private static final SparkSession spark = SharedSpark.get();

  @Test
  void aCheapCredentialCoveringWellPaidSkillsRanksFirst() {
    Taxonomy taxonomy = Taxonomy.builtin();
    String excel = InMemoryReports.skillId("Excel");
    String kubernetes = InMemoryReports.skillId("Kubernetes");
    List<String> postings = new ArrayList<>();
    List<String> mentions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean k8s = i % 2 == 0;
      double pay = k8s ? 150_000 : 75_000;
      postings.add(
          String.format(
              "('p%d', 'tech', DATE'2025-03-01', 'Engineer', %.1f, %.1f, 'USD')", i, pay, pay));
      mentions.add("('p" + i + "', '" + (k8s ? kubernetes : excel) + "', 'technology')");
    }
    ReportInputs inputs =
        ReportInputs.inMemory(
            spark,
            taxonomy,
            InMemoryReports.defaultSettings(LocalDate.of(2026, 1, 1)),
            LocalDate.of(2026, 1, 1),
            1,
            InMemoryReports.postings(
                "posting_id, industry, posted_date, title, salary_annual_min, salary_annual_max, salary_currency",
                postings),
            InMemoryReports.values("posting_id, skill_id, skill_type", mentions),
            InMemoryReports.credentials(
                "credential_id, name, provider, type, cost, hours, accredited, rating, review_count",
                List.of(
                    "('cheap-k8s', 'Kubernetes Basics', 'U', 'course', 49.0, 20.0, true, 4.7, 1200L)",
                    "('dear-excel', 'Excel Mastery', 'U', 'course', 990.0, 60.0, NULL, NULL, NULL)",
                    "('free-excel', 'Excel Basics', 'U', 'course', 0.0, 10.0, false, 4.1, 35L)",
                    "('unpriced-k8s', 'Kubernetes Deep Dive', 'U', 'course', NULL, 40.0, NULL, NULL, NULL)")),
            InMemoryReports.values(
                "credential_id, skill_id, skill_type",
                List.of(
                    "('cheap-k8s', '" + kubernetes + "', 'technology')",
                        "('dear-excel', '" + excel + "', 'technology')",
                    "('free-excel', '" + excel + "', 'technology')",
                        "('unpriced-k8s', '" + kubernetes + "', 'technology')")),
            spark
                .sql(
                    "SELECT CAST(NULL AS STRING) AS learner_key, CAST(NULL AS STRING) AS credential_id, "
                        + "CAST(NULL AS DATE) AS enrolled_date, CAST(NULL AS STRING) AS status")
                .limit(0));
    List<Row> rows =
        CredentialReports.value(inputs)
            .filter("industry = 'tech' and year = 2025")
            .orderBy("rank")
            .collectAsList();
    assertEquals(
        List.of("free-excel", "cheap-k8s", "dear-excel", "unpriced-k8s"),
        rows.stream().map(r -> r.<String>getAs("credential_id")).toList(),
        "free first (no bound on value per dollar), then by value per 1,000 USD, unknown cost last");
    Row cheap = rows.get(1);
    assertEquals(2, cheap.<Integer>getAs("rank"));
    // Industry median 112.5k (midpoint of 75k and 150k): Kubernetes +33 %, Excel -33 %.
    assertEquals(150_000 / 112_500.0 - 1, cheap.<Double>getAs("salary_premium"), 2e-9);
    assertEquals(75_000 / 112_500.0 - 1, rows.get(2).<Double>getAs("salary_premium"), 2e-9);
    assertTrue(
        cheap.<Double>getAs("value_per_1000_usd")
            > rows.get(2).<Double>getAs("value_per_1000_usd"));
    assertNull(
        rows.get(0).getAs("value_per_1000_usd"), "no figure per dollar for a free credential");
    // The catalogue's own criteria travel with the value figures.
    assertEquals(Boolean.TRUE, cheap.getAs("accredited"));
    assertEquals(4.7, cheap.<Double>getAs("rating"));
    assertEquals(1200L, cheap.<Long>getAs("review_count"));
    assertNull(rows.get(2).getAs("rating"));
  }
}
