package org.skillgap.jobs;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Extracts skill mentions from the warehouse postings with CoreNLP. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extracts skill mentions from the warehouse postings with CoreNLP.")
public final class ExtractJob implements Callable<Integer> {

  @Mixin JobOptions options;

  @Override
  public Integer call() {
    return new JobRunner("skillgap-extract", options, (pipeline, config) -> pipeline.runExtract())
        .call();
  }

  public static void main(String[] args) {
    System.exit(JobRunner.main(new ExtractJob(), args));
  }
}
