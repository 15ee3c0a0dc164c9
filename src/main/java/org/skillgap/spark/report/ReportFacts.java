package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.PERIOD;
import static org.skillgap.spark.report.ReportSchemas.PERIOD_TYPE;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.report.JobFamily;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Per-batch partial aggregates of what the reports count, defined once. Each postings batch is
 * folded once, when its postings have an industry, into small tables: postings per industry and
 * period, postings per skill, requirement counts, the credential sets postings name, emerging
 * phrases, postings and skills per job family. A night merges them by summing over batches. A
 * posting lives in one batch, so the sums are the counts a full pass over the warehouse would give;
 * a night that adds 1 % new postings folds 1 % of the mentions and reads the other batches' small
 * tables instead of their postings. Where they are kept, and when they are built again: {@link
 * FactsFolders}.
 */
final class ReportFacts {
  private ReportFacts() {}

  /** Changed whenever a fact's definition changes, so facts built by older code are rebuilt. */
  static final String VERSION = "facts-4";

  /** What a batch's facts are built from. */
  record Batch(
      Dataset<Row> postings,
      Dataset<Row> periods,
      Dataset<Row> postingSkills,
      Dataset<Row> emerging,
      Dataset<Row> counted) {}

  /**
   * A partial aggregate: its schema, its grouping key (the other columns are measures), how a batch
   * builds it, and how batches merge (the measures' aggregates over the key).
   */
  record Fact(
      String name,
      StructType schema,
      List<String> key,
      Function<Batch, Dataset<Row>> build,
      List<Column> merge) {

    /** The fact merged over partial aggregates of it (batches' or merged groups'). */
    Dataset<Row> mergedOver(Dataset<Row> partials) {
      return partials
          .groupBy(cols(key))
          .agg(merge.get(0), merge.subList(1, merge.size()).toArray(new Column[0]))
          .select(Columns.of(schema));
    }
  }

  /**
   * The skill types credentials cover and demand counts against: catalogues do not sell soft
   * skills.
   */
  static final Object[] COVERABLE = {"technology", "knowledge"};

  private static final List<String> CELL = List.of(INDUSTRY, PERIOD_TYPE, PERIOD, "period_start");

  static final Fact CELL_POSTINGS =
      new Fact(
          "cell_postings",
          ReportSchemas.FACT_CELL_POSTINGS,
          CELL,
          b ->
              b.periods()
                  .join(
                      b.postingSkills()
                          .filter(col(SKILL_TYPE).notEqual("credential"))
                          .select(POSTING_ID)
                          .distinct()
                          .withColumn("asks_skill", lit(1L)),
                      new String[] {POSTING_ID},
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
          plus(CELL, SKILL_ID, SKILL_TYPE),
          b ->
              b.postingSkills()
                  .join(b.periods(), POSTING_ID)
                  .groupBy(cols(plus(CELL, SKILL_ID, SKILL_TYPE)))
                  .agg(count(lit(1)).as("postings"), sum(col("required")).as("required_postings")),
          List.of(
              sum("postings").as("postings"), sum("required_postings").as("required_postings")));

  static final Fact CREDENTIAL_SETS =
      new Fact(
          "credential_sets",
          ReportSchemas.FACT_CREDENTIAL_SETS,
          List.of(INDUSTRY, YEAR, "credential_skills"),
          b ->
              b.postingSkills()
                  .filter(col(SKILL_TYPE).equalTo("credential"))
                  .groupBy(POSTING_ID)
                  .agg(array_sort(collect_set(SKILL_ID)).as("credential_skills"))
                  .join(b.postings(), POSTING_ID)
                  .groupBy(INDUSTRY, YEAR, "credential_skills")
                  .agg(count(lit(1)).as("postings")),
          List.of(sum("postings").as("postings")));

  static final Fact REQUIREMENTS =
      new Fact(
          "requirements",
          ReportSchemas.FACT_REQUIREMENTS,
          List.of(INDUSTRY, YEAR),
          b -> {
            Column degree = col("degree_required").notEqual("NONE");
            return b.postings()
                .filter(col("degree_required").isNotNull())
                .groupBy(INDUSTRY, YEAR)
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
          List.of(INDUSTRY, YEAR, "min_years"),
          b ->
              b.postings()
                  .filter(col("degree_required").isNotNull().and(col("min_years").isNotNull()))
                  .groupBy(INDUSTRY, YEAR, "min_years")
                  .agg(count(lit(1)).as("postings")),
          List.of(sum("postings").as("postings")));

  static final Fact EMERGING =
      new Fact(
          "emerging",
          ReportSchemas.FACT_EMERGING,
          List.of(INDUSTRY, YEAR, "phrase"),
          b ->
              b.emerging()
                  .join(b.postings(), POSTING_ID)
                  .groupBy(col(INDUSTRY), col(YEAR), col(SKILL_ID).as("phrase"))
                  .agg(
                      countDistinct(POSTING_ID).as("postings"),
                      countDistinct(when(col("requirement").equalTo("required"), col(POSTING_ID)))
                          .as("required_postings"),
                      min("sentence").as("example_sentence")),
          List.of(
              sum("postings").as("postings"),
              sum("required_postings").as("required_postings"),
              min("example_sentence").as("example_sentence")));

  /**
   * The seed of the examples' draw: {@code reports.sh evidence --seed 0 --year Y} lists the example
   * posting first.
   */
  static final long EXAMPLE_SEED = 0L;

  /**
   * One counted posting per industry, year and skill, to show what was counted: of the postings
   * asking for the skill, the one whose id hashes lowest (the first of the evidence command's draw
   * with {@link #EXAMPLE_SEED}), and its first sentence naming the skill. Batches merge by taking
   * the lowest again, so the example does not depend on how postings fell into batches.
   */
  static final Fact SKILL_EXAMPLES =
      new Fact(
          "examples",
          ReportSchemas.FACT_SKILL_EXAMPLES,
          List.of(INDUSTRY, YEAR, SKILL_ID),
          b ->
              b.counted()
                  .join(b.postings().select(POSTING_ID, INDUSTRY, YEAR, "title"), POSTING_ID)
                  .groupBy(INDUSTRY, YEAR, SKILL_ID)
                  .agg(
                      min(struct(
                              xxhash64(col(POSTING_ID), lit(EXAMPLE_SEED)).as("draw"),
                              col(POSTING_ID),
                              col("sentence_index"),
                              col("begin_offset"),
                              col("title"),
                              col("sentence"),
                              col("surface"),
                              col("source")))
                          .as("example")),
          List.of(min("example").as("example")));

  static final Fact FAMILY_POSTINGS =
      new Fact(
          "family_postings",
          ReportSchemas.FACT_FAMILY_POSTINGS,
          List.of(INDUSTRY, YEAR, "job_family"),
          b -> b.postings().groupBy(INDUSTRY, YEAR, "job_family").agg(count(lit(1)).as("postings")),
          List.of(sum("postings").as("postings")));

  static final Fact FAMILY_SKILLS =
      new Fact(
          "family_skills",
          ReportSchemas.FACT_FAMILY_SKILLS,
          List.of(INDUSTRY, YEAR, "job_family", SKILL_ID),
          b ->
              b.postingSkills()
                  .filter(col(SKILL_TYPE).isin(COVERABLE))
                  .join(b.postings().select(POSTING_ID, INDUSTRY, YEAR, "job_family"), POSTING_ID)
                  .groupBy(INDUSTRY, YEAR, "job_family", SKILL_ID)
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
          FAMILY_SKILLS,
          SKILL_EXAMPLES);

  /**
   * One row per posting and period type (month, quarter, year): posting_id, industry, period_type,
   * period, period_start. One explode rather than a union of three scans.
   */
  static Dataset<Row> periods(Dataset<Row> postings) {
    Column d = col("posted_date");
    return postings
        .select(
            col(POSTING_ID),
            col(INDUSTRY),
            explode(
                    array(
                        struct(
                            lit("month").as(PERIOD_TYPE),
                            date_format(d, "yyyy-MM").as(PERIOD),
                            trunc(d, "month").as("period_start")),
                        struct(
                            lit("quarter").as(PERIOD_TYPE),
                            concat(year(d).cast("string"), lit("-Q"), quarter(d).cast("string"))
                                .as(PERIOD),
                            trunc(d, "quarter").as("period_start")),
                        struct(
                            lit("year").as(PERIOD_TYPE),
                            year(d).cast("string").as(PERIOD),
                            trunc(d, "year").as("period_start"))))
                .as("p"))
        .select(
            col(POSTING_ID),
            col(INDUSTRY),
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
   *     requirement, sentence; those in template sentences are left out here
   */
  static Batch batch(Dataset<Row> postings, Dataset<Row> mentions) {
    postings = Columns.withMissing(postings, Schemas.POSTINGS);
    mentions = Columns.withMissing(mentions, Schemas.MENTIONS).filter(Schemas.outsideTemplates());
    Dataset<Row> p =
        postings.select(
            col(POSTING_ID),
            col(INDUSTRY),
            year(col("posted_date")).as(YEAR),
            col("title"),
            jobFamily(col("title")).as("job_family"),
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
            .filter(col(SKILL_TYPE).notEqual(Schemas.EMERGING_SKILL_TYPE))
            .groupBy(POSTING_ID, SKILL_ID, SKILL_TYPE)
            .agg(
                max(when(col("requirement").equalTo("required"), 1L).otherwise(0L)).as("required"));
    return new Batch(
        p,
        periods(postings),
        postingSkills,
        mentions.filter(col(SKILL_TYPE).equalTo(Schemas.EMERGING_SKILL_TYPE)),
        mentions.filter(col(SKILL_TYPE).notEqual(Schemas.EMERGING_SKILL_TYPE)));
  }

  /**
   * Job family with built-in functions: the rule of {@link JobFamily} without a UDF, so a change to
   * one is a change to the other.
   */
  static Column jobFamily(Column title) {
    Column words = split(lower(coalesce(title, lit(""))), "[^a-z0-9+#&-]+");
    Column kept =
        filter(
            words, w -> w.notEqual("").and(not(w.isin(JOB_FAMILY_NOISE))).and(w.rlike("[a-z0-9]")));
    return array_join(kept, " ");
  }

  private static final Object[] JOB_FAMILY_NOISE = JobFamily.noise().toArray();

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Column[] cols(List<String> names) {
    return names.stream().map(name -> col(name)).toArray(Column[]::new);
  }

  private static List<String> plus(List<String> key, String... more) {
    List<String> out = new ArrayList<>(key);
    out.addAll(List.of(more));
    return List.copyOf(out);
  }

  /** A night's facts, each merged over the batches once and cached: they are small. */
  static final class Merged {
    private final Function<Fact, Dataset<Row>> source;
    private final Map<String, Dataset<Row>> done = new HashMap<>();

    /**
     * @param source how a fact is merged over the night's batches
     */
    Merged(Function<Fact, Dataset<Row>> source) {
      this.source = source;
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
          .filter(col(PERIOD_TYPE).equalTo("year"))
          .select(
              col(INDUSTRY),
              col(PERIOD).cast("int").as(YEAR),
              col("postings").as("industry_postings"));
    }

    /**
     * Postings asking for each skill per industry and year: industry, year, skill_id, skill_type,
     * postings.
     */
    Dataset<Row> skillYears() {
      return get(CELL_SKILLS)
          .filter(col(PERIOD_TYPE).equalTo("year"))
          .select(
              col(INDUSTRY),
              col(PERIOD).cast("int").as(YEAR),
              col(SKILL_ID),
              col(SKILL_TYPE),
              col("postings"),
              col("required_postings"));
    }
  }
}
