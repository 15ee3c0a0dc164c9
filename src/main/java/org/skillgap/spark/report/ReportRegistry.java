package org.skillgap.spark.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.taxonomy.Taxonomy;

/**
 * Every published report, declared once: its name, its schema ({@link ReportSchemas}), the section
 * of docs/reports.md that documents it, and how a night builds it. The publisher stages the reports
 * in this order, readers (dashboard, reports command, tests) find their schemas here, and
 * ReportRegistryTest fails when docs/reports.md, the publisher or the dashboard know a report the
 * registry does not. Adding a report: its builder, its schema, one line here and its section in
 * docs/reports.md.
 */
public final class ReportRegistry {
  private ReportRegistry() {}

  /**
   * What a night's report builders read.
   *
   * @param facts the night's merged per-batch facts (ReportFacts)
   * @param medians the exact salary medians of every cell (SalaryMedians)
   * @param supply the supply-side builders over the same facts
   */
  public record Inputs(
      SparkSession spark,
      Taxonomy taxonomy,
      LocalDate runDate,
      int minPostings,
      ReportFacts.Merged facts,
      Dataset<Row> medians,
      Reports supply) {}

  /** A published report. */
  public record Report(String name, StructType schema, Function<Inputs, Dataset<Row>> build) {
    /** Where docs/reports.md documents it. */
    public String docAnchor() {
      return "docs/reports.md#" + name;
    }
  }

  public static final Report SKILL_DEMAND =
      new Report(
          "skill_demand",
          ReportSchemas.SKILL_DEMAND,
          in ->
              SkillDemandReport.build(
                  in.spark(),
                  in.facts(),
                  in.medians(),
                  in.taxonomy(),
                  in.runDate(),
                  in.minPostings()));
  public static final Report CREDENTIAL_COVERAGE =
      new Report(
          "credential_coverage",
          ReportSchemas.CREDENTIAL_COVERAGE,
          in -> in.supply().credentialCoverage());
  public static final Report SKILL_GAPS =
      new Report("skill_gaps", ReportSchemas.SKILL_GAPS, in -> in.supply().skillGaps());
  public static final Report CREDENTIAL_INFLATION =
      new Report(
          "credential_inflation",
          ReportSchemas.CREDENTIAL_INFLATION,
          in -> in.supply().credentialInflation());
  public static final Report SKILL_BUNDLES =
      new Report("skill_bundles", ReportSchemas.SKILL_BUNDLES, in -> in.supply().skillBundles());
  public static final Report CREDENTIAL_PATHS =
      new Report(
          "credential_paths", ReportSchemas.CREDENTIAL_PATHS, in -> in.supply().credentialPaths());
  public static final Report ENROLLMENT_TRENDS =
      new Report(
          "enrollment_trends",
          ReportSchemas.ENROLLMENT_TRENDS,
          in -> in.supply().enrollmentTrends());
  public static final Report EMPLOYER_RECOGNITION =
      new Report(
          "employer_recognition",
          ReportSchemas.EMPLOYER_RECOGNITION,
          in -> in.supply().employerRecognition());
  public static final Report EMERGING_SKILLS =
      new Report(
          "emerging_skills", ReportSchemas.EMERGING_SKILLS, in -> in.supply().emergingSkills());
  public static final Report REQUIREMENT_TRENDS =
      new Report(
          "requirement_trends",
          ReportSchemas.REQUIREMENT_TRENDS,
          in -> in.supply().requirementTrends());
  public static final Report CREDENTIAL_VALUE =
      new Report(
          "credential_value", ReportSchemas.CREDENTIAL_VALUE, in -> in.supply().credentialValue());

  /** In publishing order. */
  public static final List<Report> ALL =
      List.of(
          SKILL_DEMAND,
          CREDENTIAL_COVERAGE,
          SKILL_GAPS,
          CREDENTIAL_INFLATION,
          SKILL_BUNDLES,
          CREDENTIAL_PATHS,
          ENROLLMENT_TRENDS,
          EMPLOYER_RECOGNITION,
          EMERGING_SKILLS,
          REQUIREMENT_TRENDS,
          CREDENTIAL_VALUE);

  /** Every report's name, in publishing order. */
  public static final List<String> NAMES = ALL.stream().map(Report::name).toList();

  /** The report of that name, or null. */
  public static Report named(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }
}
