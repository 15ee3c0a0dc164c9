package org.skillgap.jobs;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Builds and publishes the reports from the warehouse tables. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Builds and publishes the reports from the warehouse tables.")
public final class ReportJob implements Callable<Integer> {

  @Mixin JobOptions options;

  @Override
  public Integer call() {
    return new JobRunner("skillgap-report", options, (pipeline, config) -> pipeline.runReport())
        .call();
  }

  public static void main(String[] args) {
    System.exit(JobRunner.main(new ReportJob(), args));
  }
}
