package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.skillgap.core.report.GreedyCover;
import org.skillgap.spark.common.NamedRow;

/**
 * credential_paths: per industry (job family '*') and per its largest job families, in the
 * industry's latest year, the greedy weighted set cover of the top-N demanded skills by the
 * catalogue. What is collected to the driver is bounded by the taxonomy and the catalogue (N skills
 * per family, one row per credential skill), not by the number of postings.
 */
final class CredentialPathsReport {
  private CredentialPathsReport() {}

  /**
   * The catalogue as cover options, with each credential's name.
   *
   * @param options one per credential: its cost, hours and the skills it covers
   * @param names credential_id to credential_name
   */
  private record Catalogue(List<GreedyCover.Option> options, Map<String, String> names) {}

  static Dataset<Row> build(ReportInputs in) {
    Map<List<Object>, Map<String, Double>> demandByScope = demandByScope(in);
    Catalogue catalogue = catalogue(in);
    List<Row> rows = new ArrayList<>();
    demandByScope.forEach((scope, demand) -> rows.addAll(path(in, scope, demand, catalogue)));
    return in.spark().createDataFrame(rows, ReportSchemas.CREDENTIAL_PATHS);
  }

  /**
   * Per scope (industry, year, job family), the target skills in order of demand, each with its
   * postings.
   */
  private static Map<List<Object>, Map<String, Double>> demandByScope(ReportInputs in) {
    Map<List<Object>, Map<String, Double>> demandByScope = new LinkedHashMap<>();
    for (Row r : targets(in)) {
      demandByScope
          .computeIfAbsent(
              List.of(r.getAs(INDUSTRY), r.getAs(YEAR), r.getAs("job_family")),
              k -> GreedyCover.ordered())
          .put(r.getAs(SKILL_ID), ((Long) r.getAs("postings")).doubleValue());
    }
    return demandByScope;
  }

  /**
   * The top-N demanded skills of each industry ('*') and of its three largest job families (20
   * postings or more) in its latest year: industry, year, job_family, skill_id, postings, r.
   */
  private static List<Row> targets(ReportInputs in) {
    Dataset<Row> latest = in.industryTotals().groupBy(INDUSTRY).agg(max(YEAR).as(YEAR));
    Dataset<Row> topFamilies =
        in.facts()
            .get(ReportFacts.FAMILY_POSTINGS)
            .join(latest, new String[] {INDUSTRY, YEAR})
            .filter(col("postings").geq(20))
            .withColumn(
                "r",
                row_number()
                    .over(
                        Window.partitionBy(INDUSTRY)
                            .orderBy(col("postings").desc(), col("job_family"))))
            .filter(col("r").leq(3))
            .select(INDUSTRY, YEAR, "job_family");
    // A posting has one family: the industry's count of a skill ('*') is the sum over its families.
    Dataset<Row> familySkills =
        in.facts().get(ReportFacts.FAMILY_SKILLS).join(latest, new String[] {INDUSTRY, YEAR});
    return familySkills
        .groupBy(INDUSTRY, YEAR, SKILL_ID)
        .agg(sum("postings").as("postings"))
        .withColumn("job_family", lit("*"))
        .unionByName(
            familySkills
                .join(topFamilies, new String[] {INDUSTRY, YEAR, "job_family"})
                .select(INDUSTRY, YEAR, "job_family", SKILL_ID, "postings"))
        .withColumn(
            "r",
            row_number()
                .over(
                    Window.partitionBy(INDUSTRY, YEAR, "job_family")
                        .orderBy(col("postings").desc(), col(SKILL_ID))))
        .filter(col("r").leq(in.settings().pathTopSkills()))
        .orderBy(INDUSTRY, "job_family", "r")
        .collectAsList();
  }

  private static Catalogue catalogue(ReportInputs in) {
    Map<String, Set<String>> skillsOf = new HashMap<>();
    for (Row r : in.credentialSkills().select(CREDENTIAL_ID, SKILL_ID).collectAsList()) {
      skillsOf
          .computeIfAbsent(r.<String>getAs(CREDENTIAL_ID), k -> new HashSet<>())
          .add(r.getAs(SKILL_ID));
    }
    List<GreedyCover.Option> options = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (Row r : in.credentials().collectAsList()) {
      String id = r.getAs(CREDENTIAL_ID);
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
    return new Catalogue(options, names);
  }

  /** One scope's path: a row per credential the greedy cover takes, in the order it takes them. */
  private static List<Row> path(
      ReportInputs in, List<Object> scope, Map<String, Double> demand, Catalogue catalogue) {
    String[] target =
        demand.keySet().stream().map(id -> in.taxonomy().get(id).name()).toArray(String[]::new);
    List<Row> rows = new ArrayList<>();
    for (GreedyCover.Step s : GreedyCover.cover(demand, catalogue.options())) {
      rows.add(
          new NamedRow(ReportSchemas.CREDENTIAL_PATHS)
              .put(INDUSTRY, scope.get(0))
              .put(YEAR, scope.get(1))
              .put("job_family", scope.get(2))
              .put("target_skills", target)
              .put("step", s.step())
              .put(CREDENTIAL_ID, s.option().id())
              .put("credential_name", catalogue.names().get(s.option().id()))
              .put("cost", s.option().cost())
              .put("hours", s.option().hours())
              .put(
                  "newly_covered",
                  s.newlyCovered().stream()
                      .map(id -> in.taxonomy().get(id).name())
                      .toArray(String[]::new))
              .put("coverage_reached", s.coverageReached())
              .put("total_cost", s.totalCost())
              .put("total_hours", s.totalHours())
              .put("run_date", Date.valueOf(in.runDate()))
              .put("taxonomy_version", in.taxonomy().version())
              .row());
    }
    return rows;
  }
}
