package org.skillgap.jobs;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the whole nightly pipeline: ingest, extract skills, write the reports. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = "Runs the whole nightly pipeline: ingest, extract skills, write the reports.")
public final class NightlyJob implements Callable<Integer> {

  @Mixin JobOptions options;

  @Override
  public Integer call() {
    return new JobRunner("skillgap-nightly", options, (pipeline, config) -> pipeline.runAll())
        .call();
  }

  public static void main(String[] args) {
    System.exit(JobRunner.main(new NightlyJob(), args));
  }
}
