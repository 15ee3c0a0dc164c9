package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.report.Itemsets;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.SkillType;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.Pipeline;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Dense baskets, as real postings have them: 1,000 postings of one industry, each asking for 30 of
 * the same 40 skills, no credential named, a catalogue of 20 credentials. FPGrowth enumerated
 * exponentially many itemsets here and never finished; the report stage must finish in under a
 * minute, publish every report (empty ones included) and the dashboard, and find bundles and a
 * credential path.
 */
class DenseBasketsTest {

  @TempDir Path tmp;

  @Test
  void reportStageIsBoundedOnDenseBasketsAndPublishesEveryReport() throws Exception {
    SparkSession spark = SharedSpark.get();
    Taxonomy taxonomy = Taxonomy.builtin();
    List<String> skills =
        taxonomy.skills().stream()
            .filter(s -> s.type() == SkillType.TECHNOLOGY)
            .map(Skill::id)
            .limit(40)
            .toList();
    assertEquals(40, skills.size());
    LocalDate night = LocalDate.of(2025, 6, 30);
    Layout layout = new Layout(tmp.resolve("out").toString());
    Random random = new Random(7);
    List<Row> postings = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String id = "p" + i;
      postings.add(
          RowFactory.create(
              id,
              "Data Engineer",
              "Acme " + (i % 50),
              "Remote",
              Date.valueOf(LocalDate.of(2024 + i % 2, 1 + i % 12, 1 + i % 28)),
              "text",
              "tech",
              "Software",
              "mapped",
              null,
              null,
              null,
              null,
              null,
              null,
              "test",
              null,
              "h" + i,
              "NONE",
              "NONE",
              false,
              false,
              null,
              new String[0],
              new String[0],
              "dense.jsonl"));
      List<String> mine = new ArrayList<>(skills);
      Collections.shuffle(mine, random);
      for (String skill : mine.subList(0, 30)) {
        mentions.add(
            new NamedRow(Schemas.MENTIONS)
                .put("posting_id", id)
                .put("skill_id", skill)
                .put("skill_type", "technology")
                .put("surface", skill)
                .put("sentence_index", 0)
                .put("begin_offset", 0)
                .put("end_offset", 1)
                .put("requirement", "required")
                .put("sentence", "s")
                .put("taxonomy_version", taxonomy.version())
                .put("source", "taxonomy")
                .put("confidence", 0.9)
                .put(Schemas.TEMPLATE, false)
                .row());
      }
    }
    // A catalogue of 20 credentials, each teaching 8 of the 40 skills: coverage and the set cover
    // of
    // credential_paths run over dense demand too.
    List<Row> credentials = new ArrayList<>();
    for (int c = 0; c < 20; c++) {
      String[] listed = new String[8];
      for (int k = 0; k < 8; k++) {
        listed[k] = taxonomy.get(skills.get((c * 3 + k) % 40)).name();
      }
      credentials.add(
          new NamedRow(Schemas.CREDENTIALS)
              .put("credential_id", "cred-" + c)
              .put("name", "Certificate " + c)
              .put("provider", "Provider")
              .put("type", "professional_certificate")
              .put("cost", 100.0 + 37 * c)
              .put("hours", 40.0)
              .put("level", "beginner")
              .put("description", "A course.")
              .put("listed_skills", listed)
              .put("enrollment_count", null)
              .put("accredited", null)
              .put("rating", null)
              .put("review_count", null)
              .put("source_file", "catalog.jsonl")
              .row());
    }
    Warehouse warehouse = new Warehouse(spark, layout);
    warehouse.writeBatch(
        Tables.CREDENTIALS, night, spark.createDataFrame(credentials, Schemas.CREDENTIALS));
    warehouse.writeBatch(Tables.POSTINGS, night, spark.createDataFrame(postings, Schemas.POSTINGS));
    warehouse.writeBatch(Tables.MENTIONS, night, spark.createDataFrame(mentions, Schemas.MENTIONS));
    PipelineConfig config =
        new ConfigLoader().build(tmp.resolve("in").toString(), layout.output(), night);

    long t0 = System.nanoTime();
    new Pipeline(spark, config).runReport();
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(seconds < 60, "report stage took " + seconds + " s on 1,000 dense postings");

    PublishedReports published = new PublishedReports(spark, layout);
    PublishedNight run = published.run(night.toString());
    for (ReportRegistry.Report report : ReportRegistry.ALL) {
      assertTrue(run.snapshots().containsKey(report.name()), report.name() + " was not published");
      published.read(run, report.name()).count();
    }
    assertEquals(
        0,
        published.read(run, ReportRegistry.EMPLOYER_RECOGNITION.name()).count(),
        "no posting names a credential");
    assertTrue(Files.size(Path.of(published.dashboard(run))) > 1000, "dashboard published");

    Dataset<Row> bundles = published.read(run, ReportRegistry.SKILL_BUNDLES.name());
    long itemsets = bundles.filter("kind = 'itemset'").count();
    assertTrue(itemsets > 0, "skill_bundles is empty");
    // 30 mined skills of 40, sets of 2 and 3: at most C(30,2) + C(30,3) itemsets.
    assertTrue(itemsets <= Itemsets.count(30, 3) - 30, itemsets + " itemsets");
    Row first = bundles.first();
    assertEquals(30, first.<Integer>getAs("top_skills_mined"));
    assertEquals(3, first.<Integer>getAs("max_itemset_size"));
    assertTrue(
        bundles.filter("kind = 'rule'").count() > 0, "no rule at support 0.03 and confidence 0.5");
    assertTrue(
        published
                .read(run, ReportRegistry.CREDENTIAL_PATHS.name())
                .filter("industry = 'tech'")
                .count()
            > 0,
        "credential_paths covers the dense demand");
    assertTrue(
        published.read(run, ReportRegistry.CREDENTIAL_COVERAGE.name()).count() > 0,
        "credential_coverage");
  }
}
