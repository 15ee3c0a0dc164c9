package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.SharedSpark;

class SkillDemandReportTest {

  private final SparkSession spark = SharedSpark.get();

  private Dataset<Row> postings(Object[]... rows) {
    StructType schema =
        new StructType()
            .add("posting_id", DataTypes.StringType)
            .add("industry", DataTypes.StringType)
            .add("posted_date", DataTypes.DateType)
            .add("salary_annual_min", DataTypes.DoubleType)
            .add("salary_annual_max", DataTypes.DoubleType)
            .add("salary_currency", DataTypes.StringType);
    return spark.createDataFrame(
        Arrays.stream(rows)
            .map(
                r ->
                    r.length == 3
                        ? RowFactory.create(r[0], r[1], r[2], null, null, null)
                        : RowFactory.create(r))
            .toList(),
        schema);
  }

  private Dataset<Row> mentions(Object[]... rows) {
    StructType schema =
        new StructType()
            .add("posting_id", DataTypes.StringType)
            .add("skill_id", DataTypes.StringType)
            .add("skill_type", DataTypes.StringType)
            .add("requirement", DataTypes.StringType);
    return spark.createDataFrame(Arrays.stream(rows).map(RowFactory::create).toList(), schema);
  }

  private static Date d(String s) {
    return Date.valueOf(s);
  }

  @Test
  void countsPostingsPerSkillAndPeriodWithShares() {
    Dataset<Row> p =
        postings(
            new Object[] {"p1", "tech", d("2024-03-02"), 90_000.0, 110_000.0, "USD"},
            new Object[] {"p2", "tech", d("2024-03-20"), 110_000.0, 110_000.0, null},
            new Object[] {"p3", "tech", d("2024-03-28"), 50_000.0, 50_000.0, "USD"},
            new Object[] {"p4", "tech", d("2024-04-01"), 40_000.0, 40_000.0, "GBP"},
            new Object[] {"h1", "healthcare", d("2024-03-05")});
    Dataset<Row> m =
        mentions(
            new Object[] {"p1", "python", "technology", "required"},
            new Object[] {
              "p1", "python", "technology", "preferred"
            }, // named twice: still one posting
            new Object[] {"p2", "python", "technology", "preferred"},
            new Object[] {"p2", "sql", "technology", "required"},
            new Object[] {"p4", "python", "technology", "required"},
            new Object[] {"h1", "patient-care", "knowledge", "not_stated"});
    List<Row> rows =
        SkillDemandReport.build(InMemoryReports.demandOnly(p, m, LocalDate.of(2025, 1, 1), 1))
            .collectAsList();

    Map<String, Row> byKey =
        rows.stream()
            .collect(
                Collectors.toMap(
                    r ->
                        r.<String>getAs("industry")
                            + "|"
                            + r.getAs("period")
                            + "|"
                            + r.getAs("skill_id"),
                    r -> r));
    Row py = byKey.get("tech|2024-03|python");
    assertEquals(2L, (long) py.getAs("postings"));
    assertEquals(3L, (long) py.getAs("industry_postings"));
    assertEquals(2.0 / 3, py.getAs("share"), 1e-9);
    assertEquals(0.5, py.getAs("required_share"), 1e-9, "p1 requires it, p2 prefers it");
    assertEquals(1, (int) py.getAs("rank"));
    assertEquals("Python", py.getAs("skill_name"));
    assertEquals(2, (int) byKey.get("tech|2024-03|sql").getAs("rank"));
    Row sql = byKey.get("tech|2024-03|sql");
    assertEquals(110_000.0, sql.<Double>getAs("median_salary"));
    assertEquals(
        100_000.0, sql.<Double>getAs("industry_median_salary"), "median of 50k, 100k, 110k");
    assertEquals(0.1, sql.<Double>getAs("salary_premium"), 1e-9);
    assertNull(
        byKey.get("tech|2024-04|python").getAs("median_salary"), "GBP is not mixed with USD");
    assertEquals(
        -0.5,
        byKey.get("tech|2024-04|python").<Double>getAs("postings_change_previous"),
        1e-9,
        "April: 1 posting against March's 2");

    Row q = byKey.get("tech|2024-Q2|python");
    assertEquals(1L, (long) q.getAs("postings"));
    assertEquals(Date.valueOf("2024-04-01"), q.getAs("period_start"));
    assertEquals(3L, (long) byKey.get("tech|2024-Q1|python").getAs("industry_postings"));
    assertEquals(1.0, byKey.get("healthcare|2024-03|patient-care").<Double>getAs("share"), 1e-9);
    assertEquals(
        8,
        rows.size(),
        "a month and a quarter row each for python (March, April), sql and patient-care");
    assertEquals(Taxonomy.builtin().version(), rows.get(0).getAs("taxonomy_version"));
  }

  @Test
  void changesCompareWithTheSamePeriodBeforeOrWithNothing() {
    Dataset<Row> p =
        postings(
            new Object[] {"a1", "tech", d("2023-03-10")},
            new Object[] {"a5", "tech", d("2023-12-20")},
            new Object[] {"a2", "tech", d("2024-01-15")},
            new Object[] {"a3", "tech", d("2024-03-05")},
            new Object[] {"a4", "tech", d("2024-03-06")});
    Dataset<Row> m =
        mentions(
            new Object[] {"a1", "python", "technology", "required"},
            new Object[] {"a5", "python", "technology", "required"},
            new Object[] {"a2", "python", "technology", "required"},
            new Object[] {"a3", "python", "technology", "required"},
            new Object[] {"a4", "sql", "technology", "required"});
    Map<String, Row> byKey =
        SkillDemandReport.build(InMemoryReports.demandOnly(p, m, LocalDate.of(2025, 1, 1), 1))
            .collectAsList()
            .stream()
            .collect(
                Collectors.toMap(
                    r -> r.<String>getAs("period") + "|" + r.getAs("skill_id"), r -> r));
    Row march = byKey.get("2024-03|python");
    assertNull(
        march.getAs("postings_change_previous"), "no python in February: nothing to compare with");
    assertNull(march.getAs("share_change_previous"));
    assertEquals(
        0.5 - 1.0,
        march.<Double>getAs("share_change_year_ago"),
        1e-9,
        "March 2023: 1 of 1; now 1 of 2");
    Row january = byKey.get("2024-01|python");
    assertEquals(
        0.0, january.<Double>getAs("postings_change_previous"), 1e-9, "December 2023 had one too");
    assertNull(january.getAs("share_change_year_ago"), "none in January 2023");
    Row quarter = byKey.get("2024-Q1|python");
    assertEquals(
        1.0, quarter.<Double>getAs("postings_change_previous"), 1e-9, "2 against Q4 2023's 1");
    assertEquals(2.0 / 3 - 1.0, quarter.<Double>getAs("share_change_previous"), 1e-9);
    assertEquals(
        2.0 / 3 - 1.0, quarter.<Double>getAs("share_change_year_ago"), 1e-9, "Q1 2023: 1 of 1");
    assertNull(byKey.get("2023-03|python").getAs("share_change_year_ago"));
    assertNull(byKey.get("2024-03|sql").getAs("postings_change_previous"));
  }

  @Test
  void schemaIsTheDeclaredOne() {
    Dataset<Row> r =
        SkillDemandReport.build(
            InMemoryReports.demandOnly(
                postings(new Object[] {"p1", "tech", d("2024-03-02")}),
                mentions(new Object[] {"p1", "sql", "technology", "required"}),
                LocalDate.now(),
                1));
    assertEquals(ReportSchemas.SKILL_DEMAND.fieldNames().length, r.schema().fieldNames().length);
    assertArrayEquals(ReportSchemas.SKILL_DEMAND.fieldNames(), r.schema().fieldNames());
  }

  @Test
  void minimumPostingsFiltersRareSkills() {
    Dataset<Row> p =
        postings(
            new Object[] {"p1", "tech", d("2024-03-02")},
            new Object[] {"p2", "tech", d("2024-03-03")});
    Dataset<Row> m =
        mentions(
            new Object[] {"p1", "sql", "technology", "required"},
            new Object[] {"p2", "sql", "technology", "required"},
            new Object[] {"p2", "rust", "technology", "required"});
    List<Row> rows =
        SkillDemandReport.build(InMemoryReports.demandOnly(p, m, LocalDate.now(), 2))
            .collectAsList();
    assertTrue(rows.stream().allMatch(r -> r.getAs("skill_id").equals("sql")));
    assertEquals(2, rows.size());
  }
}
