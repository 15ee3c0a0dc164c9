package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.common.Concurrently;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Per-batch partial aggregates of what the reports count. Each postings batch is folded once, when
 * its postings have an industry, into small tables: postings per industry and period, postings per
 * skill, requirement counts, the credential sets postings name, emerging phrases, postings and
 * skills per job family. They live under {@code warehouse/_facts/ingest_batch=<date>/<fact>/}, and
 * a night merges them by summing over batches. A posting lives in one batch, so the sums are the
 * counts a full pass over the warehouse would give; a night that adds 1 % new postings folds 1 % of
 * the mentions and reads the other batches' small tables instead of their postings.
 *
 * <p>A batch's facts are built again when what they came from changed. Each batch folder carries,
 * in {@value #BASIS_FILE}, the id of its inputs: the facts' version, the taxonomy version, the
 * industry model (a retrained classifier may place old postings elsewhere), and the commit ids of
 * the batch's postings and mentions (rewritten by a re-run of that night or a re-ingested file).
 *
 * <p>A folder per night would make a year of nights 365 folders of eight small tables, each listed
 * and read by every night. When more than {@code report.facts-loose-batches} nights have their own
 * folder, the older half are merged into one group folder ({@link Layout#factsGroup}): the same
 * tables holding the merged rows (sums of partial sums are the same sums), and in {@value
 * #MEMBERS_FILE} the facts id each member was built from. A group stands for its members while
 * every member still has that id; when one changes (an old night re-run, a re-ingested file,
 * another taxonomy or industry model), the group is ignored, every member is folded again into its
 * own folder, and the group is dropped.
 */
public final class ReportFacts {
  private ReportFacts() {}

  static final String BASIS_FILE = "_BASIS";
  static final String MEMBERS_FILE = "_MEMBERS";

  /** Changed whenever a fact's definition changes, so facts built by older code are rebuilt. */
  static final String VERSION = "facts-2";

  /** What a batch's facts are built from. */
  record Batch(
      Dataset<Row> postings,
      Dataset<Row> periods,
      Dataset<Row> postingSkills,
      Dataset<Row> emerging) {}

  /**
   * A partial aggregate: its schema, its grouping key (the other columns are measures), how a batch
   * builds it, and how batches merge (the measures' aggregates over the key).
   */
  record Fact(
      String name,
      StructType schema,
      List<String> key,
      Function<Batch, Dataset<Row>> build,
      List<Column> merge) {}

  private static final List<String> CELL =
      List.of("industry", "period_type", "period", "period_start");

  static final Fact CELL_POSTINGS =
      new Fact(
          "cell_postings",
          ReportSchemas.FACT_CELL_POSTINGS,
          CELL,
          b ->
              b.periods()
                  .join(
                      b.postingSkills()
                          .filter(col("skill_type").notEqual("credential"))
                          .select("posting_id")
                          .distinct()
                          .withColumn("asks_skill", lit(1L)),
                      new String[] {"posting_id"},
                      "left")
                  .groupBy(cols(CELL))
                  .agg(
                      count(lit(1)).as("postings"),
                      sum(coalesce(col("asks_skill"), lit(0L))).as("skill_postings")),
          List.of(sum("postings").as("postings"), sum("skill_postings").as("skill_postings")));

  static final Fact CELL_SKILLS =
      new Fact(
          "cell_skills",
          ReportSchemas.FACT_CELL_SKILLS,
          plus(CELL, "skill_id", "skill_type"),
          b ->
              b.postingSkills()
                  .join(b.periods(), "posting_id")
                  .groupBy(cols(plus(CELL, "skill_id", "skill_type")))
                  .agg(count(lit(1)).as("postings"), sum(col("required")).as("required_postings")),
          List.of(
              sum("postings").as("postings"), sum("required_postings").as("required_postings")));

  static final Fact CREDENTIAL_SETS =
      new Fact(
          "credential_sets",
          ReportSchemas.FACT_CREDENTIAL_SETS,
          List.of("industry", "year", "credential_skills"),
          b ->
              b.postingSkills()
                  .filter(col("skill_type").equalTo("credential"))
                  .groupBy("posting_id")
                  .agg(array_sort(collect_set("skill_id")).as("credential_skills"))
                  .join(b.postings(), "posting_id")
                  .groupBy("industry", "year", "credential_skills")
                  .agg(count(lit(1)).as("postings")),
          List.of(sum("postings").as("postings")));

  static final Fact REQUIREMENTS =
      new Fact(
          "requirements",
          ReportSchemas.FACT_REQUIREMENTS,
          List.of("industry", "year"),
          b -> {
            Column degree = col("degree_required").notEqual("NONE");
            return b.postings()
                .filter(col("degree_required").isNotNull())
                .groupBy("industry", "year")
                .agg(
                    count(lit(1)).as("postings"),
                    countIf(degree).as("degree_required"),
                    countIf(col("degree_required").isin("BACHELOR", "MASTER", "DOCTORATE"))
                        .as("bachelor_or_higher"),
                    countIf(degree.and(col("experience_instead").or(col("certificate_instead"))))
                        .as("alternative_accepted"),
                    countIf(col("min_years").isNotNull()).as("years_stated"),
                    countIf(
                            size(col("certifications_required"))
                                .gt(0)
                                .or(size(col("certifications_preferred")).gt(0)))
                        .as("certification"),
                    countIf(size(col("certifications_required")).gt(0))
                        .as("certification_required"));
          },
          List.of(
              sum("postings").as("postings"),
              sum("degree_required").as("degree_required"),
              sum("bachelor_or_higher").as("bachelor_or_higher"),
              sum("alternative_accepted").as("alternative_accepted"),
              sum("years_stated").as("years_stated"),
              sum("certification").as("certification"),
              sum("certification_required").as("certification_required")));

  static final Fact MIN_YEARS =
      new Fact(
          "min_years",
          ReportSchemas.FACT_MIN_YEARS,
          List.of("industry", "year", "min_years"),
          b ->
              b.postings()
                  .filter(col("degree_required").isNotNull().and(col("min_years").isNotNull()))
                  .groupBy("industry", "year", "min_years")
                  .agg(count(lit(1)).as("postings")),
          List.of(sum("postings").as("postings")));

  static final Fact EMERGING =
      new Fact(
          "emerging",
          ReportSchemas.FACT_EMERGING,
          List.of("industry", "year", "phrase"),
          b ->
              b.emerging()
                  .join(b.postings(), "posting_id")
                  .groupBy(col("industry"), col("year"), col("skill_id").as("phrase"))
                  .agg(
                      countDistinct("posting_id").as("postings"),
                      countDistinct(when(col("requirement").equalTo("required"), col("posting_id")))
                          .as("required_postings"),
                      min("sentence").as("example_sentence")),
          List.of(
              sum("postings").as("postings"),
              sum("required_postings").as("required_postings"),
              min("example_sentence").as("example_sentence")));

  static final Fact FAMILY_POSTINGS =
      new Fact(
          "family_postings",
          ReportSchemas.FACT_FAMILY_POSTINGS,
          List.of("industry", "year", "job_family"),
          b ->
              b.postings()
                  .groupBy("industry", "year", "job_family")
                  .agg(count(lit(1)).as("postings")),
          List.of(sum("postings").as("postings")));

  static final Fact FAMILY_SKILLS =
      new Fact(
          "family_skills",
          ReportSchemas.FACT_FAMILY_SKILLS,
          List.of("industry", "year", "job_family", "skill_id"),
          b ->
              b.postingSkills()
                  .filter(col("skill_type").isin(Reports.COVERABLE))
                  .join(
                      b.postings().select("posting_id", "industry", "year", "job_family"),
                      "posting_id")
                  .groupBy("industry", "year", "job_family", "skill_id")
                  .agg(count(lit(1)).as("postings")),
          List.of(sum("postings").as("postings")));

  static final List<Fact> ALL =
      List.of(
          CELL_POSTINGS,
          CELL_SKILLS,
          CREDENTIAL_SETS,
          REQUIREMENTS,
          MIN_YEARS,
          EMERGING,
          FAMILY_POSTINGS,
          FAMILY_SKILLS);

  /**
   * One row per posting and period type (month, quarter, year): posting_id, industry, period_type,
   * period, period_start. One explode rather than a union of three scans.
   */
  static Dataset<Row> periods(Dataset<Row> postings) {
    Column d = col("posted_date");
    return postings
        .select(
            col("posting_id"),
            col("industry"),
            explode(
                    array(
                        struct(
                            lit("month").as("period_type"),
                            date_format(d, "yyyy-MM").as("period"),
                            trunc(d, "month").as("period_start")),
                        struct(
                            lit("quarter").as("period_type"),
                            concat(year(d).cast("string"), lit("-Q"), quarter(d).cast("string"))
                                .as("period"),
                            trunc(d, "quarter").as("period_start")),
                        struct(
                            lit("year").as("period_type"),
                            year(d).cast("string").as("period"),
                            trunc(d, "year").as("period_start"))))
                .as("p"))
        .select(
            col("posting_id"),
            col("industry"),
            col("p.period_type"),
            col("p.period"),
            col("p.period_start"));
  }

  /**
   * What the facts of a set of batches are built from.
   *
   * @param postings postings with their industry: posting_id, industry, posted_date and the
   *     requirement columns
   * @param mentions mention rows, emerging phrases included: posting_id, skill_id, skill_type,
   *     requirement, sentence
   */
  public static Batch batch(Dataset<Row> postings, Dataset<Row> mentions) {
    postings = Columns.withMissing(postings, Schemas.POSTINGS);
    mentions = Columns.withMissing(mentions, Schemas.MENTIONS);
    Dataset<Row> p =
        postings.select(
            col("posting_id"),
            col("industry"),
            year(col("posted_date")).as("year"),
            Reports.jobFamily(col("title")).as("job_family"),
            col("posted_date"),
            col("degree_required"),
            col("experience_instead"),
            col("certificate_instead"),
            col("min_years"),
            col("certifications_required"),
            col("certifications_preferred"));
    // One row per posting and skill: a skill named three times in a posting is one posting asking
    // for it.
    Dataset<Row> postingSkills =
        mentions
            .filter(col("skill_type").notEqual(Schemas.EMERGING_SKILL_TYPE))
            .groupBy("posting_id", "skill_id", "skill_type")
            .agg(
                max(when(col("requirement").equalTo("required"), 1L).otherwise(0L)).as("required"));
    return new Batch(
        p,
        periods(postings),
        postingSkills,
        mentions.filter(col("skill_type").equalTo(Schemas.EMERGING_SKILL_TYPE)));
  }

  /**
   * The batches whose facts are missing or were built from other inputs than {@code ids} says:
   * neither a valid group nor their own folder holds them.
   */
  public static List<LocalDate> stale(Storage storage, Layout layout, Map<LocalDate, String> ids) {
    java.util.Set<LocalDate> grouped = members(validGroups(storage, layout, ids));
    List<LocalDate> out = new ArrayList<>();
    ids.forEach(
        (batch, id) -> {
          if (!grouped.contains(batch) && !id.equals(builtFrom(storage, layout, batch))) {
            out.add(batch);
          }
        });
    return out;
  }

  /**
   * Every committed group folder under _facts, with the facts id each of its members was merged
   * with.
   */
  static Map<String, Map<LocalDate, String>> groups(Storage storage, Layout layout) {
    Map<String, Map<LocalDate, String>> out = new java.util.TreeMap<>();
    if (!storage.exists(layout.facts())) {
      return out;
    }
    for (String entry : storage.list(layout.facts())) {
      String dir = Storage.join(layout.facts(), entry);
      String members = Storage.join(dir, MEMBERS_FILE);
      if (!entry.startsWith(Layout.FACTS_GROUP)
          || !storage.exists(Storage.join(dir, Warehouse.COMMITTED))
          || !storage.exists(members)) {
        continue;
      }
      Map<LocalDate, String> ids = new java.util.TreeMap<>();
      org.skillgap.core.Json.parse(storage.readText(members), members)
          .path("members")
          .fields()
          .forEachRemaining(e -> ids.put(LocalDate.parse(e.getKey()), e.getValue().asText()));
      out.put(dir, ids);
    }
    return out;
  }

  /** The groups every member of which is still a batch with the facts id it was merged with. */
  static Map<String, Map<LocalDate, String>> validGroups(
      Storage storage, Layout layout, Map<LocalDate, String> ids) {
    Map<String, Map<LocalDate, String>> out = new java.util.TreeMap<>();
    groups(storage, layout)
        .forEach(
            (dir, members) -> {
              if (members.entrySet().stream()
                  .allMatch(m -> m.getValue().equals(ids.get(m.getKey())))) {
                out.put(dir, members);
              }
            });
    return out;
  }

  /** Every night the given groups hold. */
  private static java.util.Set<LocalDate> members(Map<String, Map<LocalDate, String>> groups) {
    java.util.Set<LocalDate> out = new java.util.TreeSet<>();
    groups.values().forEach(m -> out.addAll(m.keySet()));
    return out;
  }

  /**
   * What {@link #compact} did and left.
   *
   * @param groupsDropped groups dropped because a member changed
   * @param merged the nights merged into a new group this night (empty when none)
   * @param groups valid group folders after it
   * @param loose nights with their own folder after it
   */
  public record Compaction(int groupsDropped, List<LocalDate> merged, int groups, int loose) {}

  /**
   * After the stale batches were folded: drops the groups a changed member made invalid (their
   * members now have their own folders again) and the own folders of batches a valid group holds
   * (left by a compaction killed before it cleaned up); then, when more than {@code looseMax}
   * batches have their own folder, merges the older ones (all but the newest {@code looseMax / 2})
   * into a new group. Each folder is written complete before anything it replaces is deleted.
   */
  public static Compaction compact(
      SparkSession spark, Layout layout, Map<LocalDate, String> ids, int looseMax) {
    Storage storage = new Storage(spark);
    Map<String, Map<LocalDate, String>> valid = validGroups(storage, layout, ids);
    int dropped = 0;
    for (String dir : groups(storage, layout).keySet()) {
      if (!valid.containsKey(dir)) {
        storage.delete(dir);
        dropped++;
      }
    }
    java.util.Set<LocalDate> grouped = members(valid);
    // One listing, not a delete request per grouped night every night (each a request on an object
    // store).
    java.util.Set<String> present = new java.util.HashSet<>(storage.list(layout.facts()));
    for (LocalDate batch : grouped) {
      String dir = layout.factsBatch(batch);
      if (present.contains(dir.substring(dir.lastIndexOf('/') + 1))) {
        storage.delete(dir);
      }
    }
    List<LocalDate> loose =
        ids.keySet().stream().filter(b -> !grouped.contains(b)).sorted().toList();
    if (loose.size() <= looseMax) {
      return new Compaction(dropped, List.of(), valid.size(), loose.size());
    }
    List<LocalDate> merge = loose.subList(0, loose.size() - looseMax / 2);
    String dir = layout.factsGroup(merge.get(0), merge.get(merge.size() - 1));
    org.skillgap.core.Json members = new org.skillgap.core.Json();
    merge.forEach(b -> members.put(b.toString(), ids.get(b)));
    List<String> from = merge.stream().map(layout::factsBatch).toList();
    Warehouse.replaceFolder(
        storage,
        dir,
        path -> {
          for (Fact fact : ALL) {
            merged(spark, fact, from).coalesce(1).write().parquet(Storage.join(path, fact.name()));
          }
          storage.writeText(
              Storage.join(path, MEMBERS_FILE),
              new org.skillgap.core.Json().put("members", members).pretty());
        });
    KillPoints.reached("facts:grouped", dir);
    for (LocalDate batch : merge) {
      storage.delete(layout.factsBatch(batch));
    }
    return new Compaction(dropped, merge, valid.size() + 1, loose.size() - merge.size());
  }

  /**
   * The id of what a batch's facts were built from, or null when it has none (or uncommitted ones).
   */
  static String builtFrom(Storage storage, Layout layout, LocalDate batch) {
    String dir = layout.factsBatch(batch);
    if (!storage.exists(Storage.join(dir, Warehouse.COMMITTED))
        || !storage.exists(Storage.join(dir, BASIS_FILE))) {
      return null;
    }
    return storage.readText(Storage.join(dir, BASIS_FILE)).trim();
  }

  /**
   * The id each postings batch's facts must be built from: {@code basis} (facts version, taxonomy,
   * industry model) and the commit ids of the batch's postings and mentions.
   */
  public static Map<LocalDate, String> inputIds(
      Storage storage, Layout layout, Iterable<LocalDate> batches, String basis) {
    Map<LocalDate, String> out = new LinkedHashMap<>();
    for (LocalDate batch : batches) {
      out.put(
          batch,
          String.join(
              " ",
              VERSION,
              basis,
              commitId(storage, layout.warehouseBatch(Tables.POSTINGS, batch)),
              commitId(storage, layout.warehouseBatch(Tables.MENTIONS, batch))));
    }
    return out;
  }

  /**
   * The id a committed folder's marker holds; folders written before markers existed share one id.
   */
  static String commitId(Storage storage, String dir) {
    String marker = Storage.join(dir, Warehouse.COMMITTED);
    return storage.exists(marker) ? storage.readText(marker).trim() : "uncommitted";
  }

  /** Writes a batch's facts as one folder, replaced whole, its id inside. */
  public static void write(
      Storage storage, Layout layout, LocalDate batch, Batch input, String id) {
    // Four facts read the per-posting skills and five the postings: each is computed once, not per
    // fact.
    Batch cached =
        new Batch(
            input.postings().persist(StorageLevel.MEMORY_AND_DISK()),
            input.periods(),
            input.postingSkills().persist(StorageLevel.MEMORY_AND_DISK()),
            input.emerging());
    try {
      // Filled before the writes branch: concurrent jobs over an unfilled cache would each compute
      // it.
      cached.postings().count();
      cached.postingSkills().count();
      Warehouse.replaceFolder(
          storage,
          layout.factsBatch(batch),
          dir -> {
            // Eight small writes, side by side: one at a time they were mostly scheduling on a
            // small night.
            Concurrently.map(
                ALL,
                fact -> {
                  // One file per fact: every later night reads every batch's facts, and small files
                  // cost a read each.
                  fact.build()
                      .apply(cached)
                      .select(Columns.of(fact.schema()))
                      .coalesce(1)
                      .write()
                      .parquet(Storage.join(dir, fact.name()));
                  return fact.name();
                });
            storage.writeText(Storage.join(dir, BASIS_FILE), id + "\n");
          });
    } finally {
      cached.postings().unpersist();
      cached.postingSkills().unpersist();
    }
  }

  /**
   * The folders that hold the facts of these batches, each once: the valid groups, and the own
   * folders of the batches no valid group holds.
   */
  static List<String> folders(Storage storage, Layout layout, Map<LocalDate, String> ids) {
    Map<String, Map<LocalDate, String>> valid = validGroups(storage, layout, ids);
    List<String> out = new ArrayList<>(valid.keySet());
    java.util.Set<LocalDate> grouped = members(valid);
    ids.keySet().stream()
        .filter(b -> !grouped.contains(b))
        .sorted()
        .map(layout::factsBatch)
        .forEach(out::add);
    return out;
  }

  /**
   * A fact merged over the given facts folders (batches' or groups'): its key and the merged
   * measures.
   */
  static Dataset<Row> merged(SparkSession spark, Fact fact, List<String> folders) {
    List<String> paths = folders.stream().map(dir -> Storage.join(dir, fact.name())).toList();
    if (paths.isEmpty()) {
      return spark.createDataFrame(List.of(), fact.schema());
    }
    Dataset<Row> all = spark.read().schema(fact.schema()).parquet(paths.toArray(new String[0]));
    return all.groupBy(cols(fact.key()))
        .agg(
            fact.merge().get(0),
            fact.merge().subList(1, fact.merge().size()).toArray(new Column[0]))
        .select(Columns.of(fact.schema()));
  }

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Column[] cols(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static List<String> plus(List<String> key, String... more) {
    List<String> out = new ArrayList<>(key);
    out.addAll(List.of(more));
    return List.copyOf(out);
  }

  /** A night's facts, each merged over the batches once and cached: they are small. */
  public static final class Merged {
    private final Function<Fact, Dataset<Row>> source;
    private final Map<String, Dataset<Row>> done = new java.util.HashMap<>();

    private Merged(Function<Fact, Dataset<Row>> source) {
      this.source = source;
    }

    /**
     * The stored facts of these batches (each batch's facts id in {@code ids}), read from their
     * folders.
     */
    public static Merged stored(SparkSession spark, Layout layout, Map<LocalDate, String> ids) {
      List<String> folders = folders(new Storage(spark), layout, ids);
      return new Merged(fact -> merged(spark, fact, folders));
    }

    /**
     * Facts built in memory from postings and mentions, without a warehouse: one batch, nothing
     * stored.
     */
    static Merged of(Batch batch) {
      return new Merged(fact -> fact.build().apply(batch).select(Columns.of(fact.schema())));
    }

    /**
     * Synchronized: the reports that read the facts are built from several threads (Concurrently).
     */
    synchronized Dataset<Row> get(Fact fact) {
      return done.computeIfAbsent(fact.name(), k -> source.apply(fact).cache());
    }

    /**
     * Postings per industry and year (the year rows of cell_postings): industry, year,
     * industry_postings.
     */
    Dataset<Row> industryYears() {
      return get(CELL_POSTINGS)
          .filter(col("period_type").equalTo("year"))
          .select(
              col("industry"),
              col("period").cast("int").as("year"),
              col("postings").as("industry_postings"));
    }

    /**
     * Postings asking for each skill per industry and year: industry, year, skill_id, skill_type,
     * postings.
     */
    Dataset<Row> skillYears() {
      return get(CELL_SKILLS)
          .filter(col("period_type").equalTo("year"))
          .select(
              col("industry"),
              col("period").cast("int").as("year"),
              col("skill_id"),
              col("skill_type"),
              col("postings"),
              col("required_postings"));
    }
  }
}
