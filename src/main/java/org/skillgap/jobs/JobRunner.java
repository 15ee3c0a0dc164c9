package org.skillgap.jobs;

import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.console.Console;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.spark.Pipeline;
import org.skillgap.spark.RunSummary;
import org.skillgap.spark.Sessions;
import picocli.CommandLine;

/**
 * Shared launcher: parses options with picocli, starts Spark, runs the job, prints the summary and
 * turns failures into the documented exit codes (0 success, 1 failure, 2 bad configuration, 3 bad
 * input, 4 reject ratio exceeded, 5 another run holds the lock).
 */
final class JobRunner implements Callable<Integer> {

  private final String appName;
  private final JobOptions options;
  private final BiFunction<Pipeline, PipelineConfig, RunSummary> body;

  JobRunner(
      String appName, JobOptions options, BiFunction<Pipeline, PipelineConfig, RunSummary> body) {
    this.appName = appName;
    this.options = options;
    this.body = body;
  }

  static int main(Object command, String[] args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof SkillgapException se) {
            System.err.println("\nskillgap: " + se.getMessage());
            return se.exitCode();
          }
          System.err.println("\nskillgap: unexpected failure: " + ex);
          ex.printStackTrace();
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    Console.configure(Console.detect(), options.verbose);
    SparkSession spark = Sessions.create(appName, options.verbose);
    try {
      if (options.verbose) {
        spark.sparkContext().setLogLevel("INFO");
      }
      PipelineConfig config = options.toConfig(spark);
      RunSummary summary = body.apply(new Pipeline(spark, config), config);
      System.out.print(summary.toText());
      System.out.println("  reports: " + config.run().output() + "/reports/");
      return 0;
    } finally {
      spark.stop();
    }
  }
}
