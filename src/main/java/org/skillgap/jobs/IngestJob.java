package org.skillgap.jobs;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Validates the input datasets into the warehouse; rejects go to quarantine. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Validates the input datasets into the warehouse; rejects go to quarantine.")
public final class IngestJob implements Callable<Integer> {

  @Mixin JobOptions options;

  @Override
  public Integer call() {
    return new JobRunner("skillgap-ingest", options, (pipeline, config) -> pipeline.runIngest())
        .call();
  }

  public static void main(String[] args) {
    System.exit(JobRunner.main(new IngestJob(), args));
  }
}
