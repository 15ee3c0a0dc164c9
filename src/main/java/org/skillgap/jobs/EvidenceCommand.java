package org.skillgap.jobs;

import static org.skillgap.jobs.ReportsCommand.withSpark;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.SKILL_ID;
import static org.skillgap.spark.warehouse.Schemas.SKILL_TYPE;

import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.core.error.Errors;
import org.skillgap.core.ingest.Industry;
import org.skillgap.core.report.EvidenceLine;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.report.SkillDemandReport;
import org.skillgap.spark.report.SkillEvidence;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reports evidence}: the postings behind a demand figure, for one skill or for each of an
 * industry's top skills (the demand audit of docs/evaluation.md).
 */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description =
        "Prints postings the latest run counted as asking for a skill in an industry, drawn at"
            + " random, each with the sentence it was counted from and what found it. With --top,"
            + " does so for each of the industry's top skills: the demand audit.")
public final class EvidenceCommand implements Callable<Integer> {
  @CommandLine.ParentCommand ReportsCommand parent;

  @Option(
      names = "--industry",
      description =
          "tech, healthcare, finance, education or other; with --top and without --industry,"
              + " every industry with at least --min-postings postings.")
  String industry;

  @Option(
      names = "--skill",
      description = "The skill's name or id, as skill_demand writes it (any case).")
  String skill;

  @Option(
      names = "--top",
      description = "Instead of --skill: each of the industry's N most asked-for skills.")
  Integer top;

  @Option(
      names = "--min-postings",
      description =
          "With --top and no --industry: industries with fewer postings are left out"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  long minPostings;

  @Option(names = "--year", description = "Only postings of this year (default: every year).")
  Integer year;

  @Option(
      names = "--sample",
      description = "Postings to draw per skill (default: ${DEFAULT-VALUE}).",
      defaultValue = "5")
  int sample;

  @Option(
      names = "--seed",
      description =
          "Seed of the draw: the same seed draws the same postings (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Override
  public Integer call() {
    if ((skill == null) == (top == null)) {
      throw Errors.badSetting(
          "--skill / --top", "both or neither", "exactly one of them", "the command line");
    }
    if (industry != null && !Industry.ALL.contains(industry)) {
      throw Errors.badSetting("--industry", industry, "one of " + Industry.ALL, "the command line");
    }
    if (industry == null && skill != null) {
      throw Errors.badSetting(
          "--industry", "(none)", "an industry with --skill", "the command line");
    }
    if (sample < 1) {
      throw Errors.badSetting(
          "--sample", String.valueOf(sample), "a count of 1 or more", "the command line");
    }
    return withSpark(
        spark -> {
          Layout layout = Layout.live(new Storage(spark), parent.output);
          PublishedReports published = new PublishedReports(spark, layout);
          PublishedNight run = published.run(null);
          String date = run.night().toString();
          Dataset<Row> demand = published.read(run, ReportRegistry.SKILL_DEMAND.name());
          try (SkillEvidence.Source source = SkillEvidence.of(new Warehouse(spark, layout))) {
            if (skill != null) {
              print(
                  source.draw(
                      SkillEvidence.resolve(demand, industry, skill, date),
                      industry,
                      sample,
                      seed));
            } else {
              audit(source, demand);
            }
          }
          return 0;
        });
  }

  /** For each industry asked for, its top skills' draws, under one heading per industry. */
  private void audit(SkillEvidence.Source source, Dataset<Row> demand) {
    Map<String, Long> sizes = source.industryPostings();
    String current = null;
    for (Row r : SkillDemandReport.topOverAllYears(demand, top).collectAsList()) {
      String in = r.getAs(INDUSTRY);
      if (industry != null ? !industry.equals(in) : sizes.getOrDefault(in, 0L) < minPostings) {
        continue;
      }
      if (!in.equals(current)) {
        current = in;
        System.out.printf("%n=== %s: top %d skills, %d postings each ===%n", in, top, sample);
      }
      System.out.printf("%n--- %d. ", r.<Integer>getAs("rank"));
      print(
          source.draw(
              new SkillEvidence.Skill(
                  r.getAs(SKILL_ID), r.getAs("skill_name"), r.getAs(SKILL_TYPE)),
              in,
              year,
              sample,
              seed));
    }
  }

  private static void print(SkillEvidence.Drawn drawn) {
    SkillEvidence.Skill found = drawn.skill();
    System.out.printf(
        "%s: %s (%s, id %s) is counted in %,d of %,d postings (%.1f %%); %d drawn at random"
            + " (seed %d)%n",
        drawn.industry(),
        found.name(),
        found.type(),
        found.id(),
        drawn.counted(),
        drawn.industryPostings(),
        drawn.industryPostings() == 0 ? 0.0 : 100.0 * drawn.counted() / drawn.industryPostings(),
        drawn.lines().size(),
        drawn.seed());
    int number = 1;
    for (EvidenceLine line : drawn.lines()) {
      System.out.println();
      line.render(number++).forEach(System.out::println);
    }
  }
}
