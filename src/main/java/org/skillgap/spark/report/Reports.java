package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.config.PipelineConfig.ReportSettings;
import org.skillgap.core.report.GreedyCover;
import org.skillgap.core.report.Itemsets;
import org.skillgap.core.report.JobFamily;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Schemas;

/**
 * The supply-side reports: credential coverage, skill gaps, credential inflation, skill bundles,
 * credential paths, enrollment trends and employer recognition. Each builder takes and returns
 * Datasets and ends in its declared schema. Periods are calendar years of the posting or enrollment
 * date.
 *
 * <p>"In demand" means: a technology or knowledge skill asked for by at least
 * report.min-demand-share of an industry's postings in a year. Soft skills and licences are left
 * out of coverage and gaps: catalogues do not sell communication, and a licence is recognition,
 * reported on its own.
 */
public final class Reports {

  private final SparkSession spark;
  private final Taxonomy taxonomy;
  private final ReportSettings settings;
  private final Date runDate;

  private final ReportFacts.Merged facts; // the night's merged per-batch facts
  private final Dataset<Row> medians; // exact salary medians (SalaryMedians)
  private final BundleCounts.Update bundles; // item-set counts and candidates (BundleCounts)
  private final Dataset<Row> industryTotals; // industry, year, industry_postings
  private final Dataset<Row>
      inDemand; // industry, year, skill_id, skill_type, postings, demand_share
  private final Dataset<Row>
      credentials; // credential_id, credential_name, provider, credential_type, cost, hours,
  // accredited, rating, review_count
  private final Dataset<Row> credentialSkills; // credential_id, skill_id, skill_type
  private final Dataset<Row>
      enrollmentCells; // credential_id, year and raw counts (EnrollmentCells)

  /**
   * The skill types credentials cover and demand counts against: catalogues do not sell soft
   * skills.
   */
  static final Object[] COVERABLE = {"technology", "knowledge"};

  /**
   * From postings and mentions in memory, without a warehouse (tests, small runs): facts and
   * medians built here.
   */
  public Reports(
      SparkSession spark,
      Taxonomy taxonomy,
      ReportSettings settings,
      java.time.LocalDate runDate,
      Dataset<Row> postings,
      Dataset<Row> mentions,
      Dataset<Row> credentials,
      Dataset<Row> credentialSkills,
      Dataset<Row> enrollments) {
    this(
        spark,
        taxonomy,
        settings,
        runDate,
        postings,
        mentions,
        credentials,
        credentialSkills,
        enrollments,
        ReportFacts.batch(postings, mentions));
  }

  private Reports(
      SparkSession spark,
      Taxonomy taxonomy,
      ReportSettings settings,
      java.time.LocalDate runDate,
      Dataset<Row> postings,
      Dataset<Row> mentions,
      Dataset<Row> credentials,
      Dataset<Row> credentialSkills,
      Dataset<Row> enrollments,
      ReportFacts.Batch batch) {
    this(
        spark,
        taxonomy,
        settings,
        runDate,
        postings,
        credentials,
        credentialSkills,
        enrollments,
        ReportFacts.Merged.of(batch),
        batch);
  }

  private Reports(
      SparkSession spark,
      Taxonomy taxonomy,
      ReportSettings settings,
      java.time.LocalDate runDate,
      Dataset<Row> postings,
      Dataset<Row> credentials,
      Dataset<Row> credentialSkills,
      Dataset<Row> enrollments,
      ReportFacts.Merged facts,
      ReportFacts.Batch batch) {
    this(
        spark,
        taxonomy,
        settings,
        runDate,
        credentials,
        credentialSkills,
        EnrollmentCells.countCells(enrollments),
        facts,
        SalaryMedians.compute(
            Columns.withMissing(postings, Schemas.POSTINGS), batch.postingSkills()),
        inMemoryBundles(facts, batch, settings));
  }

  /** Item-set counts of postings in memory: every posting counted, nothing kept. */
  private static BundleCounts.Update inMemoryBundles(
      ReportFacts.Merged facts, ReportFacts.Batch batch, ReportSettings settings) {
    Dataset<Row> candidates = BundleCounts.candidates(facts, settings.bundleTopSkills());
    return new BundleCounts.Update(
        BundleCounts.countSets(
            batch.postings(), batch.postingSkills(), candidates, settings.bundleMaxSize()),
        candidates,
        -1);
  }

  /**
   * @param enrollmentCells per credential and year, the raw enrollment counts (EnrollmentCells)
   * @param facts the night's merged facts, which every other report is built from
   * @param medians the exact salary medians of every cell
   * @param bundles the item-set counts skill_bundles is built from
   */
  public Reports(
      SparkSession spark,
      Taxonomy taxonomy,
      ReportSettings settings,
      java.time.LocalDate runDate,
      Dataset<Row> credentials,
      Dataset<Row> credentialSkills,
      Dataset<Row> enrollmentCells,
      ReportFacts.Merged facts,
      Dataset<Row> medians,
      BundleCounts.Update bundles) {
    this.spark = spark;
    this.taxonomy = taxonomy;
    this.settings = settings;
    this.runDate = Date.valueOf(runDate);
    this.facts = facts;
    this.medians = medians;
    this.bundles = bundles;
    this.industryTotals = facts.industryYears().cache();
    this.inDemand =
        facts
            .skillYears()
            .filter(col("skill_type").isin(COVERABLE))
            .select("industry", "year", "skill_id", "skill_type", "postings")
            .join(industryTotals, new String[] {"industry", "year"})
            .withColumn("demand_share", col("postings").divide(col("industry_postings")))
            .filter(col("demand_share").geq(settings.minDemandShare()))
            .join(broadcast(SkillDemandReport.skillNames(spark, taxonomy)), "skill_id")
            .cache();
    this.credentials =
        credentials
            .select(
                col("credential_id"),
                col("name").as("credential_name"),
                col("provider"),
                col("type").as("credential_type"),
                col("cost"),
                col("hours"),
                col("accredited"),
                col("rating"),
                col("review_count"))
            .cache();
    this.credentialSkills =
        credentialSkills.select("credential_id", "skill_id", "skill_type").cache();
    this.enrollmentCells = enrollmentCells.cache();
  }

  private Dataset<Row> stamped(Dataset<Row> df, StructType schema) {
    return df.withColumn("run_date", lit(runDate))
        .withColumn("taxonomy_version", lit(taxonomy.version()))
        .select(Columns.of(schema));
  }

  /** k-anonymity: a figure from fewer than k distinct learners becomes null. */
  private Column keep(Column learners, Column value) {
    return when(learners.geq(settings.minLearners()), value);
  }

  /**
   * None, or at least k: a count of learners that singles no one out, also as a difference of two
   * others.
   */
  private Column notFew(Column learners) {
    return learners.equalTo(0).or(learners.geq(settings.minLearners()));
  }

  /**
   * Per credential and year, the cell every enrollment figure is built from: enrollments,
   * completions, distinct learners, and whether k-anonymity lets each be published. Enrollments are
   * published from k learners on; completions only when the learners who completed and those who
   * did not are each none or at least k (else enrollments minus completions would count fewer than
   * k). Totals over several credentials (enrollment_trends, skill_gaps) add published cells only,
   * so no total minus the published rows reveals a withheld cell. The raw counts are the kept cells
   * (cached); the flags are two columns over them.
   */
  private Dataset<Row> enrollmentStats() {
    return enrollmentCells
        .withColumn("enrollments_published", col("learners").geq(settings.minLearners()))
        .withColumn(
            "completions_published",
            col("enrollments_published")
                .and(notFew(col("completers")))
                .and(notFew(col("non_completers"))));
  }

  // ------------------------------------------------------------------ 2. credential_coverage

  private Dataset<Row> coverage;

  /**
   * Built once, by whichever report asks first (they are staged concurrently): credential_value
   * reads it too.
   */
  public synchronized Dataset<Row> credentialCoverage() {
    if (coverage == null) {
      coverage =
          buildCredentialCoverage()
              .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    }
    return coverage;
  }

  private Dataset<Row> buildCredentialCoverage() {
    Dataset<Row> demandPoints =
        inDemand.groupBy("industry", "year").agg(sum("postings").as("demand_points"));
    Dataset<Row> covered =
        inDemand
            .join(credentialSkills.select("credential_id", "skill_id"), "skill_id")
            .groupBy("industry", "year", "credential_id")
            .agg(
                array_sort(collect_set("skill_name")).as("covered_skills"),
                count(lit(1)).cast("int").as("covered_skill_count"),
                sum("postings").as("demand_covered"))
            .join(demandPoints, new String[] {"industry", "year"})
            .withColumn("demand_share_covered", col("demand_covered").divide(col("demand_points")));

    Dataset<Row> stats = enrollmentStats();
    Dataset<Row> previous =
        stats.select(
            col("credential_id").as("p_id"),
            col("year").plus(1).as("p_year"),
            col("enrollments_raw").as("prev_enrollments"),
            col("learners").as("prev_learners"));
    Dataset<Row> withStats =
        covered
            .join(stats, new String[] {"credential_id", "year"}, "left")
            .join(
                previous,
                col("credential_id").equalTo(col("p_id")).and(col("year").equalTo(col("p_year"))),
                "left")
            .drop("p_id", "p_year");

    // Recognition: postings of the industry and year that name a credential-type entry this
    // credential covers.
    // From the sets of entries postings name: each set counted once per credential it touches.
    Dataset<Row> named =
        facts
            .get(ReportFacts.CREDENTIAL_SETS)
            .withColumn("skill_id", explode(col("credential_skills")))
            .join(
                credentialSkills
                    .filter(col("skill_type").equalTo("credential"))
                    .select("credential_id", "skill_id"),
                "skill_id")
            .select("industry", "year", "credential_id", "credential_skills", "postings")
            .distinct()
            .groupBy("industry", "year", "credential_id")
            .agg(sum("postings").as("naming_postings"));

    Dataset<Row> out =
        withStats
            .join(named, new String[] {"industry", "year", "credential_id"}, "left")
            .join(industryTotals, new String[] {"industry", "year"})
            .join(credentials, "credential_id")
            .withColumn(
                "cost_per_demand_point",
                col("cost").divide(col("demand_share_covered").multiply(100)))
            .withColumn("enrollments", when(col("enrollments_published"), col("enrollments_raw")))
            .withColumn("completions", when(col("completions_published"), col("completions_raw")))
            .withColumn(
                "completion_rate",
                when(
                    col("completions_published"),
                    col("completions_raw").divide(col("enrollments_raw"))))
            .withColumn(
                "enrollment_growth",
                when(
                    col("enrollments_published"),
                    keep(
                        col("prev_learners"),
                        col("enrollments_raw").divide(col("prev_enrollments")).minus(1))))
            .withColumn("suppressed", not(coalesce(col("completions_published"), lit(false))))
            .withColumn(
                "employer_recognition",
                coalesce(col("naming_postings"), lit(0L)).divide(col("industry_postings")));
    return stamped(out, ReportSchemas.CREDENTIAL_COVERAGE);
  }

  // ------------------------------------------------------------------ 3. skill_gaps

  public Dataset<Row> skillGaps() {
    Dataset<Row> covering = credentialSkills.select("credential_id", "skill_id");
    Dataset<Row> coverCount =
        covering
            .groupBy("skill_id")
            .agg(countDistinct("credential_id").cast("int").as("credentials_covering"));
    // Published cells only (see enrollmentStats): two skills covered by overlapping credential sets
    // differ
    // by published figures, never by a withheld one.
    Dataset<Row> learners =
        covering
            .join(enrollmentStats(), "credential_id")
            .groupBy("skill_id", "year")
            .agg(
                sum(when(col("enrollments_published"), col("enrollments_raw")).otherwise(lit(0L)))
                    .as("published_enrollments"),
                max(not(col("enrollments_published"))).as("any_withheld"));
    Dataset<Row> out =
        inDemand
            .join(coverCount, new String[] {"skill_id"}, "left")
            .join(learners, new String[] {"skill_id", "year"}, "left")
            .withColumn("credentials_covering", coalesce(col("credentials_covering"), lit(0)))
            .withColumn("covering_enrollments", coalesce(col("published_enrollments"), lit(0L)))
            .withColumn("suppressed", coalesce(col("any_withheld"), lit(false)))
            .withColumn(
                "enrollments_per_posting", col("covering_enrollments").divide(col("postings")))
            // High demand with no or thin coverage first: the share of postings, divided by one
            // plus the
            // number of credentials that cover the skill.
            .withColumn(
                "gap_score", col("demand_share").divide(col("credentials_covering").plus(1)))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("industry", "year")
                            .orderBy(
                                col("gap_score").desc(),
                                col("demand_share").desc(),
                                col("skill_id"))));
    return stamped(out, ReportSchemas.SKILL_GAPS);
  }

  // ------------------------------------------------------------------ 4. credential_inflation

  public Dataset<Row> credentialInflation() {
    // A credential counts from the year of its first enrollment on (catalogues carry no launch
    // date);
    // one without any enrollment counts in every year.
    Dataset<Row> firstYear =
        enrollmentCells.groupBy("credential_id").agg(min("year").as("first_year"));
    Dataset<Row> supply =
        credentialSkills
            .select("credential_id", "skill_id")
            .join(firstYear, new String[] {"credential_id"}, "left");
    Dataset<Row> perSkill =
        inDemand
            .join(supply, new String[] {"skill_id"}, "left")
            .groupBy("industry", "year", "skill_id", "skill_name", "postings")
            .agg(
                countDistinct(
                        when(
                            col("first_year").isNull().or(col("first_year").leq(col("year"))),
                            col("credential_id")))
                    .cast("int")
                    .as("credentials_covering"))
            .withColumn(
                "credentials_per_1000_postings",
                col("credentials_covering").multiply(1000.0).divide(col("postings")));
    Dataset<Row> perYear =
        perSkill
            .groupBy("industry", "year")
            .agg(sum("credentials_covering").divide(sum("postings")).as("ratio"));
    Dataset<Row> index =
        perYear
            .withColumn(
                "first_ratio", first("ratio").over(Window.partitionBy("industry").orderBy("year")))
            .withColumn(
                "inflation_index",
                when(
                    col("first_ratio").gt(0),
                    col("ratio").multiply(100).divide(col("first_ratio"))))
            .select("industry", "year", "inflation_index");
    return stamped(
        perSkill.join(index, new String[] {"industry", "year"}),
        ReportSchemas.CREDENTIAL_INFLATION);
  }

  // ------------------------------------------------------------------ 5. skill_bundles

  /**
   * Skills asked for together, per industry over all years. Each industry's {@code
   * report.bundle-top-skills} most asked-for skills are the candidates; every posting's candidate
   * skills are enumerated into item sets of up to {@code report.bundle-max-size} skills ({@link
   * Itemsets}) and counted ({@link BundleCounts}: kept between nights, a night adds its new
   * postings' sets). The work per posting is bounded by the candidates, so dense postings (30+
   * skills each) cost no more than sparse ones; FPGrowth, used before, enumerated exponentially
   * many itemsets on them. Rules have one skill on the right, as FPGrowth's do.
   */
  public Dataset<Row> skillBundles() {
    int maxSize = settings.bundleMaxSize();
    Dataset<Row> baskets =
        facts
            .get(ReportFacts.CELL_POSTINGS)
            .filter(col("period_type").equalTo("year"))
            .groupBy("industry")
            .agg(sum("skill_postings").as("baskets"));
    Dataset<Row> mined =
        bundles
            .candidates()
            .groupBy("industry")
            .agg(count(lit(1)).cast("int").as("top_skills_mined"));
    Dataset<Row> sets =
        bundles
            .counts()
            .join(baskets, "industry")
            .withColumn("support", col("postings").divide(col("baskets")))
            .filter(col("support").geq(settings.bundleMinSupport()))
            .cache();
    Dataset<Row> itemsets =
        sets.filter(size(col("items")).geq(2))
            .select(
                col("industry"),
                lit("itemset").as("kind"),
                col("items"),
                lit(null).cast("array<string>").as("antecedent"),
                lit(null).cast("array<string>").as("consequent"),
                col("postings"),
                col("support"),
                lit(null).cast("double").as("confidence"),
                lit(null).cast("double").as("lift"));
    Dataset<Row> antecedents =
        sets.select(
            col("industry"),
            col("items").as("antecedent"),
            col("postings").as("antecedent_postings"));
    Dataset<Row> singles =
        sets.filter(size(col("items")).equalTo(1))
            .select(
                col("industry"),
                col("items").as("consequent"),
                col("support").as("consequent_support"));
    Dataset<Row> rules =
        sets.filter(size(col("items")).geq(2))
            .withColumn("c", explode(col("items")))
            .withColumn("antecedent", array_remove(col("items"), col("c")))
            .withColumn("consequent", array(col("c")))
            .join(antecedents, new String[] {"industry", "antecedent"})
            .join(singles, new String[] {"industry", "consequent"})
            .withColumn("confidence", col("postings").divide(col("antecedent_postings")))
            .filter(col("confidence").geq(settings.bundleMinConfidence()))
            .select(
                col("industry"),
                lit("rule").as("kind"),
                col("items"),
                col("antecedent"),
                col("consequent"),
                col("postings"),
                col("support"),
                col("confidence"),
                col("confidence").divide(col("consequent_support")).as("lift"));
    Dataset<Row> all =
        itemsets
            .unionByName(rules)
            .join(mined, "industry")
            .withColumn("max_itemset_size", lit(maxSize));
    return stamped(all, ReportSchemas.SKILL_BUNDLES);
  }

  // ------------------------------------------------------------------ 6. credential_paths

  /**
   * Per industry (job family '*') and per its largest job families, in the industry's latest year:
   * the greedy weighted set cover of the top-N demanded skills by the catalogue. What is collected
   * to the driver is bounded by the taxonomy and the catalogue (N skills per family, one row per
   * credential skill), not by the number of postings.
   */
  public Dataset<Row> credentialPaths() {
    Dataset<Row> latest = industryTotals.groupBy("industry").agg(max("year").as("year"));
    Dataset<Row> topFamilies =
        facts
            .get(ReportFacts.FAMILY_POSTINGS)
            .join(latest, new String[] {"industry", "year"})
            .filter(col("postings").geq(20))
            .withColumn(
                "r",
                row_number()
                    .over(
                        Window.partitionBy("industry")
                            .orderBy(col("postings").desc(), col("job_family"))))
            .filter(col("r").leq(3))
            .select("industry", "year", "job_family");
    // A posting has one family: the industry's count of a skill ('*') is the sum over its families.
    Dataset<Row> familySkills =
        facts.get(ReportFacts.FAMILY_SKILLS).join(latest, new String[] {"industry", "year"});
    List<Row> targets =
        familySkills
            .groupBy("industry", "year", "skill_id")
            .agg(sum("postings").as("postings"))
            .withColumn("job_family", lit("*"))
            .unionByName(
                familySkills
                    .join(topFamilies, new String[] {"industry", "year", "job_family"})
                    .select("industry", "year", "job_family", "skill_id", "postings"))
            .withColumn(
                "r",
                row_number()
                    .over(
                        Window.partitionBy("industry", "year", "job_family")
                            .orderBy(col("postings").desc(), col("skill_id"))))
            .filter(col("r").leq(settings.pathTopSkills()))
            .orderBy("industry", "job_family", "r")
            .collectAsList();

    Map<String, Set<String>> skillsOf = new HashMap<>();
    for (Row r : credentialSkills.select("credential_id", "skill_id").collectAsList()) {
      skillsOf
          .computeIfAbsent(r.<String>getAs("credential_id"), k -> new java.util.HashSet<>())
          .add(r.getAs("skill_id"));
    }
    List<GreedyCover.Option> options = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (Row r : credentials.collectAsList()) {
      String id = r.getAs("credential_id");
      names.put(id, r.getAs("credential_name"));
      Double cost = r.getAs("cost");
      Double hours = r.getAs("hours");
      options.add(
          new GreedyCover.Option(
              id,
              cost == null ? 0 : cost,
              hours == null ? 0 : hours,
              skillsOf.getOrDefault(id, Set.of())));
    }

    Map<List<Object>, Map<String, Double>> demandByScope = new LinkedHashMap<>();
    for (Row r : targets) {
      demandByScope
          .computeIfAbsent(
              List.of(r.getAs("industry"), r.getAs("year"), r.getAs("job_family")),
              k -> GreedyCover.ordered())
          .put(r.getAs("skill_id"), ((Long) r.getAs("postings")).doubleValue());
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<List<Object>, Map<String, Double>> e : demandByScope.entrySet()) {
      String[] target =
          e.getValue().keySet().stream().map(id -> taxonomy.get(id).name()).toArray(String[]::new);
      for (GreedyCover.Step s : GreedyCover.cover(e.getValue(), options)) {
        rows.add(
            new NamedRow(ReportSchemas.CREDENTIAL_PATHS)
                .put("industry", e.getKey().get(0))
                .put("year", e.getKey().get(1))
                .put("job_family", e.getKey().get(2))
                .put("target_skills", target)
                .put("step", s.step())
                .put("credential_id", s.option().id())
                .put("credential_name", names.get(s.option().id()))
                .put("cost", s.option().cost())
                .put("hours", s.option().hours())
                .put(
                    "newly_covered",
                    s.newlyCovered().stream()
                        .map(id -> taxonomy.get(id).name())
                        .toArray(String[]::new))
                .put("coverage_reached", s.coverageReached())
                .put("total_cost", s.totalCost())
                .put("total_hours", s.totalHours())
                .put("run_date", runDate)
                .put("taxonomy_version", taxonomy.version())
                .row());
      }
    }
    return spark.createDataFrame(rows, ReportSchemas.CREDENTIAL_PATHS);
  }

  /**
   * Job family with built-in functions: the rule of {@link JobFamily} without a UDF (a test keeps
   * them in step).
   */
  static Column jobFamily(Column title) {
    Column words = split(lower(coalesce(title, lit(""))), "[^a-z0-9+#&-]+");
    Column kept =
        filter(
            words, w -> w.notEqual("").and(not(w.isin(JOB_FAMILY_NOISE))).and(w.rlike("[a-z0-9]")));
    return array_join(kept, " ");
  }

  static final Object[] JOB_FAMILY_NOISE = JobFamily.noise().toArray();

  // ------------------------------------------------------------------ 7. enrollment_trends

  /**
   * Per credential type, industry and year. A credential's industry is the one whose demand it
   * covers most (over all years); 'other' when it covers none.
   */
  public Dataset<Row> enrollmentTrends() {
    Dataset<Row> home =
        inDemand
            .join(credentialSkills.select("credential_id", "skill_id"), "skill_id")
            .groupBy("credential_id", "industry")
            .agg(sum("postings").as("weight"))
            .withColumn(
                "r",
                row_number()
                    .over(
                        Window.partitionBy("credential_id")
                            .orderBy(col("weight").desc(), col("industry"))))
            .filter(col("r").equalTo(1))
            .select("credential_id", "industry");
    // Totals of published cells only (see enrollmentStats), so a type's total minus the published
    // credentials of credential_coverage reveals no withheld credential.
    Dataset<Row> byGroup =
        enrollmentStats()
            .join(credentials.select("credential_id", "credential_type"), "credential_id")
            .join(home, new String[] {"credential_id"}, "left")
            .withColumn("industry", coalesce(col("industry"), lit("other")))
            .groupBy("credential_type", "industry", "year")
            .agg(
                sum(when(col("enrollments_published"), col("enrollments_raw"))).as("enrollments"),
                sum(when(col("completions_published"), col("completions_raw"))).as("completions"),
                sum(when(col("completions_published"), col("enrollments_raw"))).as("rate_base"),
                max(not(col("completions_published"))).as("suppressed"));
    Dataset<Row> out =
        byGroup
            .withColumn(
                "first_enrollments",
                first(col("enrollments"), true)
                    .over(
                        Window.partitionBy("credential_type", "industry")
                            .orderBy("year")
                            .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
            .withColumn("completion_rate", col("completions").divide(col("rate_base")))
            .withColumn(
                "growth_vs_first_year",
                col("enrollments").divide(col("first_enrollments")).minus(1));
    return stamped(out, ReportSchemas.ENROLLMENT_TRENDS);
  }

  // ------------------------------------------------------------------ credential_value

  /**
   * Is a credential worth its cost and hours? Per credential, industry and year: the demand it
   * covers (as credential_coverage), the salary premium of that demand, and value figures. A
   * skill's premium is the median advertised pay of the postings asking for it over the industry's
   * median that year, minus one; a credential's premium is its covered skills' premiums weighted by
   * their postings. Computed per skill, then joined to the credentials that cover it, so the cost
   * grows with skills, not with postings times credentials. {@code premium_weighted_coverage} is
   * the covered demand with each skill's postings weighted by (1 + premium), over the industry's
   * demand points; value is that per 1,000 USD and per 100 hours. Advertised pay, not earnings
   * outcomes: a correlation (docs/reports.md).
   */
  public Dataset<Row> credentialValue() {
    Dataset<Row> yearly =
        medians
            .filter(col("period_type").equalTo("year"))
            .withColumn("year", col("period").cast("int"));
    Dataset<Row> industryPay =
        yearly
            .filter(col("skill_id").isNull())
            .select(col("industry"), col("year"), col("median_salary").as("industry_median"));
    Dataset<Row> premium =
        yearly
            .filter(col("skill_id").isNotNull())
            .select(
                col("industry"),
                col("year"),
                col("skill_id"),
                col("median_salary").as("skill_median"))
            .join(industryPay, new String[] {"industry", "year"})
            .withColumn(
                "premium",
                when(
                    col("industry_median").gt(0),
                    col("skill_median").divide(col("industry_median")).minus(1)))
            .select("industry", "year", "skill_id", "premium");
    Dataset<Row> demandPoints =
        inDemand.groupBy("industry", "year").agg(sum("postings").as("demand_points"));
    Dataset<Row> valued =
        inDemand
            .join(credentialSkills.select("credential_id", "skill_id"), "skill_id")
            .join(premium, new String[] {"industry", "year", "skill_id"}, "left")
            .groupBy("industry", "year", "credential_id")
            .agg(
                sum(when(col("premium").isNotNull(), col("postings").multiply(col("premium"))))
                    .divide(sum(when(col("premium").isNotNull(), col("postings"))))
                    .as("salary_premium"),
                sum(col("postings")
                        .multiply(
                            lit(1.0).plus(greatest(coalesce(col("premium"), lit(0.0)), lit(-1.0)))))
                    .as("weighted_demand"))
            .join(demandPoints, new String[] {"industry", "year"})
            .withColumn(
                "premium_weighted_coverage", col("weighted_demand").divide(col("demand_points")));
    Dataset<Row> out =
        credentialCoverage()
            .select(
                "industry",
                "year",
                "credential_id",
                "credential_name",
                "credential_type",
                "cost",
                "hours",
                "demand_share_covered",
                "employer_recognition",
                "completion_rate",
                "suppressed")
            .join(valued, new String[] {"industry", "year", "credential_id"})
            .withColumn(
                "value_per_1000_usd",
                when(
                    col("cost").gt(0),
                    col("premium_weighted_coverage").multiply(1000).divide(col("cost"))))
            .withColumn(
                "value_per_100_hours",
                when(
                    col("hours").gt(0),
                    col("premium_weighted_coverage").multiply(100).divide(col("hours"))))
            // Sums of doubles depend on the order Spark adds them in, which depends on
            // partitioning: rounded to
            // 1e-9, the same night gives the same rows on any file system and cluster.
            .withColumn("salary_premium", round(col("salary_premium"), 9))
            .withColumn("premium_weighted_coverage", round(col("premium_weighted_coverage"), 9))
            .withColumn("value_per_1000_usd", round(col("value_per_1000_usd"), 9))
            .withColumn("value_per_100_hours", round(col("value_per_100_hours"), 9))
            // Free credentials first (their value per dollar has no bound; among them, the most
            // premium-weighted
            // demand), then by value per 1,000 USD; an unknown cost ranks last.
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("industry", "year")
                            .orderBy(
                                col("cost").equalTo(0).desc_nulls_last(),
                                    col("value_per_1000_usd").desc_nulls_last(),
                                col("premium_weighted_coverage").desc(), col("credential_id"))))
            .join(
                credentials.select("credential_id", "accredited", "rating", "review_count"),
                "credential_id");
    return stamped(out, ReportSchemas.CREDENTIAL_VALUE);
  }

  // ------------------------------------------------------------------ requirement_trends

  /**
   * Per industry and year, what postings ask besides skills (core/requirements): the share
   * requiring a degree, a bachelor's or higher, the share of those that accept experience or a
   * certificate instead, the share stating years of experience and their median, the share naming a
   * certification. Together: the skills-based-hiring trend. Postings ingested before requirements
   * were read (null columns) are left out.
   */
  public Dataset<Row> requirementTrends() {
    // The exact median from the merged counts of each stated minimum (percentile with frequencies).
    Dataset<Row> medianYears =
        facts
            .get(ReportFacts.MIN_YEARS)
            .groupBy("industry", "year")
            .agg(expr("percentile(min_years, 0.5, postings)").as("median_min_years"));
    Column n = col("postings");
    Dataset<Row> out =
        facts
            .get(ReportFacts.REQUIREMENTS)
            .join(medianYears, new String[] {"industry", "year"}, "left")
            .withColumn("degree_required_share", col("degree_required").divide(n))
            .withColumn("bachelor_or_higher_share", col("bachelor_or_higher").divide(n))
            .withColumn("alternative_accepted_share", col("alternative_accepted").divide(n))
            .withColumn("years_stated_share", col("years_stated").divide(n))
            .withColumn("certification_share", col("certification").divide(n))
            .withColumn("certification_required_share", col("certification_required").divide(n));
    return stamped(out, ReportSchemas.REQUIREMENT_TRENDS);
  }

  // ------------------------------------------------------------------ 8. employer_recognition

  public Dataset<Row> employerRecognition() {
    Dataset<Row> any =
        facts
            .get(ReportFacts.CREDENTIAL_SETS)
            .groupBy("industry", "year")
            .agg(sum("postings").as("any_postings"));
    Dataset<Row> out =
        facts
            .skillYears()
            .filter(col("skill_type").equalTo("credential"))
            .select("industry", "year", "skill_id", "postings")
            .join(industryTotals, new String[] {"industry", "year"})
            .join(any, new String[] {"industry", "year"})
            .join(broadcast(SkillDemandReport.skillNames(spark, taxonomy)), "skill_id")
            .withColumn("share", col("postings").divide(col("industry_postings")))
            .withColumn(
                "any_credential_share", col("any_postings").divide(col("industry_postings")))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("industry", "year")
                            .orderBy(col("postings").desc(), col("skill_id"))))
            .withColumnRenamed("skill_id", "credential_skill_id")
            .withColumnRenamed("skill_name", "credential_skill_name");
    return stamped(out, ReportSchemas.EMPLOYER_RECOGNITION);
  }

  // ------------------------------------------------------------------ 9. emerging_skills

  /**
   * Postings of an industry and year that must ask for a phrase before it is reported for review.
   */
  static final int EMERGING_MIN_POSTINGS = 3;

  /** Phrases shown per industry and year, most asked for first. */
  static final int EMERGING_TOP = 100;

  /**
   * Phrases the taxonomy does not know that requirement sentences ask for, per industry and year:
   * the review list for the next taxonomy version. From the merged emerging facts.
   */
  public Dataset<Row> emergingSkills() {
    Dataset<Row> counted =
        facts
            .get(ReportFacts.EMERGING)
            .filter(col("postings").geq(EMERGING_MIN_POSTINGS))
            .join(industryTotals, new String[] {"industry", "year"})
            .withColumn("share", col("postings").divide(col("industry_postings")))
            .withColumn("required_share", col("required_postings").divide(col("postings")))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("industry", "year")
                            .orderBy(col("postings").desc(), col("phrase"))))
            .filter(col("rank").leq(EMERGING_TOP));
    return stamped(counted, ReportSchemas.EMERGING_SKILLS);
  }
}
