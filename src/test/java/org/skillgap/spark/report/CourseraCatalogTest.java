package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.spark.Pipeline;
import org.skillgap.spark.RunSummary;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.Stored;
import org.skillgap.spark.ingest.DatasetCounts;

/**
 * The real Coursera catalogue (../shared/data) read as a credential catalogue through a column
 * mapping.
 */
class CourseraCatalogTest {

  static final Path CATALOGUE = Path.of("../shared/data/coursera-courses/coursera_courses.csv");

  @TempDir Path tmp;

  @Test
  void readsTheCourseraCatalogueAndItsEnrollmentCounts() throws Exception {
    assumeTrue(
        Files.exists(CATALOGUE),
        "skipped: "
            + CATALOGUE.toAbsolutePath()
            + " is absent (the shared data sets are not beside this checkout)");
    SparkSession spark = SharedSpark.get();
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("postings"));
    Files.createDirectories(in.resolve("enrollments"));
    Files.createDirectories(in.resolve("credentials"));
    Files.copy(CATALOGUE, in.resolve("credentials/coursera.csv"));
    PipelineConfig config =
        new ConfigLoader()
            .withOverrides(
                List.of(
                    "input.credentials.columns=_c0=id, course_title=name, course_organization=provider, "
                        + "course_Certificate_type=type, course_difficulty=level, course_students_enrolled=enrollment_count, course_rating=rating"))
            .build(in.toString(), tmp.resolve("out").toString(), LocalDate.of(2025, 1, 1));
    RunSummary summary = new Pipeline(spark, config).runIngest();

    DatasetCounts credentials = summary.datasets().get(2);
    assertEquals(891, credentials.read());
    assertEquals(891, credentials.accepted(), credentials.toString());
    Dataset<Row> c = Stored.table(tmp.resolve("out"), "credentials");
    Row sscp = c.filter("name like '%Systems Security Certified Practitioner%'").first();
    assertEquals(5300L, (long) sscp.<Long>getAs("enrollment_count"), "5.3k");
    assertEquals("specialization", sscp.getAs("type"));
    assertEquals(4.7, sscp.<Double>getAs("rating"), "course_rating");
    assertEquals(
        891,
        c.filter("rating between 0 and 5").count(),
        "every entry has a rating on the 0 to 5 scale");
    assertEquals(
        891,
        c.filter("accredited is null and review_count is null").count(),
        "Coursera gives neither");
    assertEquals(4, c.filter("enrollment_count >= 1000000").count(), "the four 'm' counts");
    assertEquals(
        List.of("course", "professional_certificate", "specialization"),
        c.select("type").distinct().orderBy("type").as(Encoders.STRING()).collectAsList());
  }
}
