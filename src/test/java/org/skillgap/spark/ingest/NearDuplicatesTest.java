package org.skillgap.spark.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.SharedSpark;

class NearDuplicatesTest {

  private static final SparkSession spark = SharedSpark.get();

  private static final StructType SCHEMA =
      new StructType()
          .add("posting_id", DataTypes.StringType, false)
          .add("posted_date", DataTypes.DateType, false)
          .add("company", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, false)
          .add("location", DataTypes.StringType, true)
          .add("description", DataTypes.StringType, false);

  private static final List<String> DEFAULT_KEY = List.of("company", "title", "location");

  private static final String DATA_ENGINEER =
      "We are hiring a data engineer to build batch pipelines in Python "
          + "and SQL. You will own our Spark jobs, our Airflow schedules and the data contracts with the analytics "
          + "team. Experience with Kafka and cloud warehouses is a plus; we offer remote work and a learning budget.";
  private static final String NURSE =
      "Registered nurse for our cardiac unit. BLS and ACLS required; Epic charting "
          + "experience preferred. Twelve-hour shifts, tuition support and a sign-on bonus for experienced nurses.";

  private static Row posting(String id, String date, String company, String text) {
    return posting(id, date, company, "Data Engineer", "Remote", text);
  }

  private static Row posting(
      String id, String date, String company, String title, String location, String text) {
    return RowFactory.create(id, Date.valueOf(date), company, title, location, text);
  }

  private static Map<String, String> duplicates(List<Row> rows, int windowDays) {
    return duplicates(rows, windowDays, DEFAULT_KEY);
  }

  private static Map<String, String> duplicates(List<Row> rows, int windowDays, List<String> key) {
    Map<String, String> out = new TreeMap<>();
    for (Row r :
        NearDuplicates.find(spark.createDataFrame(rows, SCHEMA), 0.8, windowDays, key)
            .collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void aRepostOfTheSameCompanyWithinTheWindowRepeatsTheEarliest() {
    Map<String, String> d =
        duplicates(
            List.of(
                posting("a", "2025-03-01", "Acme", DATA_ENGINEER),
                posting(
                    "a-repost", "2025-03-20", "ACME ", "Reposted - apply today! " + DATA_ENGINEER),
                posting("other-company", "2025-03-02", "Globex", DATA_ENGINEER),
                posting("a-next-year", "2026-03-01", "Acme", DATA_ENGINEER + " Apply now."),
                posting("nurse", "2025-03-01", "Acme", NURSE)),
            60);
    assertEquals(
        Map.of("a-repost", "a"),
        d,
        "another company's copy, a copy a year later and a different text are not re-posts");
  }

  /**
   * USAJOBS: an agency's template text makes different vacancies look alike. Another title or
   * another location is another job, unless the key says otherwise.
   */
  @Test
  void anotherTitleOrLocationIsAnotherVacancy() {
    List<Row> rows =
        List.of(
            posting("nurse-sd", "2025-03-01", "VHA", "Nurse", "San Diego, CA", DATA_ENGINEER),
            posting(
                "nurse-sd-again",
                "2025-03-05",
                "VHA",
                "Nurse ",
                "San Diego,  CA",
                DATA_ENGINEER + " Apply now."),
            posting(
                "pharmacist-sd", "2025-03-02", "VHA", "Pharmacist", "San Diego, CA", DATA_ENGINEER),
            posting("nurse-boston", "2025-03-03", "VHA", "Nurse", "Boston, MA", DATA_ENGINEER));
    assertEquals(Map.of("nurse-sd-again", "nurse-sd"), duplicates(rows, 60));
    assertEquals(
        Map.of(
            "nurse-sd-again", "nurse-sd", "pharmacist-sd", "nurse-sd", "nurse-boston", "nurse-sd"),
        duplicates(rows, 60, List.of("company")),
        "the user may key re-posts on the employer alone");
  }

  @Test
  void theWindowIsASetting() {
    List<Row> rows =
        List.of(
            posting("a", "2025-03-01", "Acme", DATA_ENGINEER),
            posting("a-later", "2025-06-01", "Acme", DATA_ENGINEER + " Apply now."));
    assertEquals(Map.of(), duplicates(rows, 30));
    assertEquals(Map.of("a-later", "a"), duplicates(rows, 365));
  }

  /**
   * More postings in one bucket than MAX_BUCKET: each is paired with the earliest, not with every
   * other.
   */
  @Test
  void aMassRepostIsFoundWithoutPairingEveryPostingWithEveryOther() {
    List<Row> rows = new ArrayList<>();
    int n = NearDuplicates.MAX_BUCKET + 50;
    for (int i = 0; i < n; i++) {
      rows.add(
          posting(
              String.format("p%03d", i),
              "2025-05-0" + (1 + i % 5),
              "Initech",
              DATA_ENGINEER + " Ref " + i + "."));
    }
    Map<String, String> d = duplicates(rows, 60);
    assertEquals(n - 1, d.size(), "all but the earliest are re-posts");
    assertEquals(
        List.of("p000"),
        d.values().stream().distinct().toList(),
        "of the earliest (first date, then id)");
  }
}
