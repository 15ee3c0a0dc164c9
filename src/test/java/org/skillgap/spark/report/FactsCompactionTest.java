package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Storage;

/**
 * Older nights' report facts merged into group folders (FactsFolders.compact): the merged facts
 * stay the sums over every night, a group killed before its nights' folders were dropped is not
 * counted twice, and a group one of whose nights changed stands for none of them.
 */
public class FactsCompactionTest {
  @TempDir Path tmp;
  private static final SparkSession spark = SharedSpark.get();

  private static final StructType POSTINGS =
      new StructType()
          .add("posting_id", "string")
          .add("industry", "string")
          .add("posted_date", "date");
  private static final StructType MENTIONS =
      new StructType()
          .add("posting_id", "string")
          .add("skill_id", "string")
          .add("skill_type", "string")
          .add("requirement", "string")
          .add("sentence", "string");

  @AfterEach
  void clear() {
    System.clearProperty(KillPoints.PROPERTY);
  }

  /**
   * Night n: n + 1 postings, each asking for python, every other one for sql too, one emerging
   * phrase.
   */
  private static ReportFacts.Batch night(int n) {
    List<Row> postings = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      String id = "n" + n + "-" + i;
      postings.add(
          RowFactory.create(
              id, i % 3 == 0 ? "tech" : "finance", Date.valueOf(LocalDate.of(2025, 1 + n, 1 + i))));
      mentions.add(RowFactory.create(id, "python", "technology", "required", "Python daily."));
      if (i % 2 == 0) {
        mentions.add(RowFactory.create(id, "sql", "technology", "preferred", "SQL is a plus."));
      }
      mentions.add(
          RowFactory.create(
              id,
              "prompt craft",
              Schemas.EMERGING_SKILL_TYPE,
              "required",
              "Prompt craft " + n + "."));
    }
    return ReportFacts.batch(
        spark.createDataFrame(postings, POSTINGS), spark.createDataFrame(mentions, MENTIONS));
  }

  /** Every merged fact's rows, sorted, as text. */
  private static List<String> merged(Layout layout, Map<LocalDate, String> ids) {
    ReportFacts.Merged facts = FactsFolders.read(spark, layout, ids);
    List<String> out = new ArrayList<>();
    for (ReportFacts.Fact fact : ReportFacts.ALL) {
      facts.get(fact).collectAsList().forEach(r -> out.add(fact.name() + " " + r));
    }
    return out.stream().sorted().toList();
  }

  /**
   * The committed folders of the report facts, per night and merged groups (IncrementalReportsTest
   * too).
   */
  public static List<String> folders(Path out) throws Exception {
    try (var entries = Files.list(out.resolve("warehouse/_facts"))) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> Files.exists(out.resolve("warehouse/_facts").resolve(n).resolve("_CURRENT")))
          .sorted()
          .toList();
    }
  }

  @Test
  void groupsKeepTheSumsAndStandOnlyForUnchangedNights() throws Exception {
    Path out = tmp.resolve("out");
    Layout layout = new Layout(out.toString());
    Storage storage = new Storage(spark);
    Map<LocalDate, String> ids = new LinkedHashMap<>();
    for (int n = 1; n <= 4; n++) {
      LocalDate batch = LocalDate.of(2026, 1, n);
      ids.put(batch, "id-" + n);
      FactsFolders.write(storage, layout, batch, night(n), "id-" + n);
    }
    List<String> before = merged(layout, ids);
    assertTrue(
        before.stream().anyMatch(r -> r.startsWith("emerging ")) && before.size() > 20,
        before.toString());

    // Four nights' own folders, at most two allowed: the three oldest are merged (all but the
    // newest 2 / 2),
    // killed after the group is written and before its nights' folders are dropped.
    System.setProperty(KillPoints.PROPERTY, "facts:grouped");
    assertThrows(KillPoints.Killed.class, () -> FactsFolders.compact(spark, layout, ids, 2));
    clear();
    assertEquals(
        List.of(
            "group=2026-01-01_2026-01-03",
            "ingest_batch=2026-01-01",
            "ingest_batch=2026-01-02",
            "ingest_batch=2026-01-03",
            "ingest_batch=2026-01-04"),
        folders(out));
    assertEquals(
        before,
        merged(layout, ids),
        "a night's facts are read from its group or its folder, never both");
    assertEquals(List.of(), FactsFolders.stale(storage, layout, ids));

    // The next night tidies up what the kill left; nothing more to merge.
    FactsFolders.Compaction next = FactsFolders.compact(spark, layout, ids, 2);
    assertEquals(List.of(), next.merged());
    assertEquals(List.of("group=2026-01-01_2026-01-03", "ingest_batch=2026-01-04"), folders(out));
    assertEquals(before, merged(layout, ids));

    // Night 2 changed (re-run): the group stands for none of its nights, all three are folded
    // again.
    ids.put(LocalDate.of(2026, 1, 2), "id-2b");
    List<LocalDate> stale = FactsFolders.stale(storage, layout, ids);
    assertEquals(
        List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3)),
        stale);
    for (LocalDate batch : stale) {
      FactsFolders.write(storage, layout, batch, night(batch.getDayOfMonth()), ids.get(batch));
    }
    FactsFolders.Compaction redone = FactsFolders.compact(spark, layout, ids, 2);
    assertEquals(1, redone.groupsDropped());
    assertEquals(3, redone.merged().size());
    assertEquals(List.of("group=2026-01-01_2026-01-03", "ingest_batch=2026-01-04"), folders(out));
    assertEquals(before, merged(layout, ids));
    assertEquals(List.of(), FactsFolders.stale(storage, layout, ids));
  }
}
