package org.skillgap.spark.report;

import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

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

  /** A published report. */
  public record Report(String name, StructType schema, Function<ReportInputs, Dataset<Row>> build) {
    /** Where docs/reports.md documents it. */
    public String docAnchor() {
      return "docs/reports.md#" + name;
    }
  }

  public static final Report SKILL_DEMAND =
      new Report("skill_demand", ReportSchemas.SKILL_DEMAND, SkillDemandReport::build);
  public static final Report SKILL_EXAMPLES =
      new Report("skill_examples", ReportSchemas.SKILL_EXAMPLES, SkillDemandReport::examples);
  public static final Report CREDENTIAL_COVERAGE =
      new Report(
          "credential_coverage", ReportSchemas.CREDENTIAL_COVERAGE, CredentialReports::coverage);
  public static final Report SKILL_GAPS =
      new Report("skill_gaps", ReportSchemas.SKILL_GAPS, CredentialReports::gaps);
  public static final Report CREDENTIAL_INFLATION =
      new Report(
          "credential_inflation", ReportSchemas.CREDENTIAL_INFLATION, CredentialReports::inflation);
  public static final Report SKILL_BUNDLES =
      new Report("skill_bundles", ReportSchemas.SKILL_BUNDLES, SkillBundlesReport::build);
  public static final Report CREDENTIAL_PATHS =
      new Report("credential_paths", ReportSchemas.CREDENTIAL_PATHS, CredentialPathsReport::build);
  public static final Report ENROLLMENT_TRENDS =
      new Report(
          "enrollment_trends", ReportSchemas.ENROLLMENT_TRENDS, EnrollmentTrendsReport::build);
  public static final Report EMPLOYER_RECOGNITION =
      new Report(
          "employer_recognition",
          ReportSchemas.EMPLOYER_RECOGNITION,
          RequirementReports::employerRecognition);
  public static final Report EMERGING_SKILLS =
      new Report(
          "emerging_skills", ReportSchemas.EMERGING_SKILLS, RequirementReports::emergingSkills);
  public static final Report REQUIREMENT_TRENDS =
      new Report(
          "requirement_trends",
          ReportSchemas.REQUIREMENT_TRENDS,
          RequirementReports::requirementTrends);
  public static final Report CREDENTIAL_VALUE =
      new Report("credential_value", ReportSchemas.CREDENTIAL_VALUE, CredentialReports::value);

  /** In publishing order. */
  public static final List<Report> ALL =
      List.of(
          SKILL_DEMAND,
          SKILL_EXAMPLES,
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
