package org.skillgap.jobs;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.dashboard.DashboardPage;
import org.skillgap.core.error.Errors;
import org.skillgap.spark.Sessions;
import org.skillgap.spark.publish.CsvExport;
import org.skillgap.spark.publish.ParquetExport;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.report.DashboardBuilder;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.report.SkillDemandReport;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads the published reports: list runs, show a report as a table, export it to CSV. */
@Command(
    name = "reports",
    mixinStandardHelpOptions = true,
    description = "Lists published runs, shows a report in the terminal, exports one to CSV.",
    subcommands = {
      ReportsCommand.ListRuns.class,
      ReportsCommand.Show.class,
      ReportsCommand.Export.class,
      ReportsCommand.HtmlPage.class,
      ReportsCommand.TopSkills.class,
      EvidenceCommand.class
    })
public final class ReportsCommand implements Callable<Integer> {

  @Option(
      names = "--output",
      description = "The pipeline's output folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "out")
  String output;

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(JobRunner.main(new ReportsCommand(), args));
  }

  static <T> T withSpark(Function<SparkSession, T> body) {
    SparkSession spark = Sessions.create("skillgap-reports");
    try {
      return body.apply(spark);
    } finally {
      spark.stop();
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the published runs, newest first.")
  static final class ListRuns implements Callable<Integer> {
    @CommandLine.ParentCommand ReportsCommand parent;

    @Override
    public Integer call() {
      return withSpark(
          spark -> {
            PublishedReports published = new PublishedReports(spark, new Layout(parent.output));
            List<PublishedNight> runs = published.runs();
            if (runs.isEmpty()) {
              System.out.println(
                  "nothing published in the report catalog " + published.catalog().name());
            }
            for (int i = 0; i < runs.size(); i++) {
              PublishedNight run = runs.get(i);
              System.out.printf(
                  "%s%s  %s  %d reports, %,d rows  tag %s  %s%n",
                  run.night(),
                  i == 0 ? " (latest)" : "",
                  run.runId(),
                  run.snapshots().size(),
                  run.rows(),
                  run.tag(),
                  published.dashboard(run));
            }
            return 0;
          });
    }
  }

  /** Options shared by show and export. */
  static class Selection {
    @CommandLine.ParentCommand ReportsCommand parent;

    @Parameters(
        index = "0",
        description = "Report: ${COMPLETION-CANDIDATES}",
        completionCandidates = ReportNames.class)
    String report;

    @Option(
        names = "--industry",
        description = "Only this industry (tech, healthcare, finance, education, other).")
    String industry;

    @Option(
        names = "--run",
        description = "Night (YYYY-MM-DD) or run id to read (default: the latest night).")
    String run;

    @Option(
        names = "--where",
        description = "A Spark SQL filter, e.g. \"year = 2025 and rank <= 10\".")
    String where;

    @Option(names = "--sort", description = "Column to sort by.")
    String sort;

    @Option(names = "--asc", description = "Sort ascending (default: descending).")
    boolean ascending;

    Dataset<Row> select(SparkSession spark) {
      if (!ReportRegistry.NAMES.contains(report)) {
        throw Errors.badSetting(
            "report", report, "one of " + ReportRegistry.NAMES, "the command line");
      }
      PublishedReports published = new PublishedReports(spark, new Layout(parent.output));
      Dataset<Row> df = published.read(published.run(run), report);
      if (industry != null) {
        df = df.filter(col(INDUSTRY).equalTo(industry));
      }
      if (where != null) {
        df = df.filter(where);
      }
      if (sort != null) {
        df = df.orderBy(ascending ? col(sort).asc() : col(sort).desc());
      }
      return df;
    }
  }

  static final class ReportNames extends ArrayList<String> {
    ReportNames() {
      super(ReportRegistry.NAMES);
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints a report as a table.")
  static final class Show extends Selection implements Callable<Integer> {
    @Option(
        names = "--top",
        description = "Rows to print (default: ${DEFAULT-VALUE}).",
        defaultValue = "20")
    int top;

    @Override
    public Integer call() {
      return withSpark(
          spark -> {
            select(spark).drop("run_date", "taxonomy_version").show(top, 40);
            return 0;
          });
    }
  }

  @Command(
      name = "top",
      mixinStandardHelpOptions = true,
      description = "Prints each industry's most asked-for skills over every year of a run.")
  static final class TopSkills implements Callable<Integer> {
    @CommandLine.ParentCommand ReportsCommand parent;

    @Option(
        names = "--run",
        description = "Night (YYYY-MM-DD) or run id (default: the latest night).")
    String run;

    @Option(
        names = "--top",
        description = "Skills per industry (default: ${DEFAULT-VALUE}).",
        defaultValue = "15")
    int top;

    @Override
    public Integer call() {
      return withSpark(
          spark -> {
            PublishedReports published = new PublishedReports(spark, new Layout(parent.output));
            Dataset<Row> demand =
                published.read(published.run(run), ReportRegistry.SKILL_DEMAND.name());
            String industry = null;
            for (Row r : SkillDemandReport.topOverAllYears(demand, top).collectAsList()) {
              if (!r.getAs(INDUSTRY).equals(industry)) {
                industry = r.getAs(INDUSTRY);
                System.out.printf(
                    "%n%s (%,d postings)%n", industry, r.<Long>getAs("industry_postings"));
              }
              System.out.printf(
                  "  %2d. %-40s %6.1f %%  (%,d)%n",
                  r.<Integer>getAs("rank"),
                  r.<String>getAs("skill_name"),
                  100 * r.<Double>getAs("share"),
                  r.<Long>getAs("postings"));
            }
            return 0;
          });
    }
  }

  @Command(
      name = "html",
      mixinStandardHelpOptions = true,
      description = "Writes the run's self-contained HTML dashboard (charts inline, no network).")
  static final class HtmlPage implements Callable<Integer> {
    @CommandLine.ParentCommand ReportsCommand parent;

    @Option(
        names = "--run",
        description = "Night (YYYY-MM-DD) or run id (default: the latest night).")
    String run;

    @Option(
        names = "--out",
        description = "File to write (default: the run's page under reports/dashboards/).")
    String out;

    @Override
    public Integer call() {
      return withSpark(
          spark -> {
            Layout layout = Layout.live(new Storage(spark), parent.output);
            PublishedReports published = new PublishedReports(spark, layout);
            PublishedNight night = published.run(run);
            String html =
                DashboardPage.render(
                    DashboardBuilder.build(
                        spark,
                        published.source(night),
                        DashboardBuilder.facts(spark, layout, night.night())));
            String target = out != null ? out : published.dashboard(night);
            new Storage(spark).replaceText(target, html);
            System.out.println("wrote " + target);
            return 0;
          });
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes a report to one CSV file, or to a folder of Parquet files by industry.")
  static final class Export extends Selection implements Callable<Integer> {
    @CommandLine.ArgGroup(multiplicity = "1")
    Target target;

    /** Exactly one of the two. */
    static final class Target {
      @Option(
          names = "--csv",
          required = true,
          description = "The CSV file to write (any Hadoop file system path).")
      String csv;

      @Option(
          names = "--parquet",
          required = true,
          description =
              "A new folder for plain Parquet files, partitioned by industry (any Hadoop file"
                  + " system path; refused if it exists).")
      String parquet;
    }

    @Override
    public Integer call() {
      return withSpark(
          spark -> {
            if (target.csv != null) {
              CsvExport.write(select(spark), target.csv);
            } else {
              ParquetExport.write(select(spark), target.parquet);
            }
            System.out.println("wrote " + (target.csv != null ? target.csv : target.parquet));
            return 0;
          });
    }
  }
}
