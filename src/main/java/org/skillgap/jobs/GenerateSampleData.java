package org.skillgap.jobs;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.skillgap.sample.SampleDataGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes deterministic sample inputs; no Spark needed. */
@Command(
    name = "generate-sample-data",
    mixinStandardHelpOptions = true,
    description =
        "Writes realistic, deterministic postings, enrollments and a credential catalogue.")
public final class GenerateSampleData implements Callable<Integer> {

  @Option(
      names = "--output",
      description = "Folder to write into (default: ${DEFAULT-VALUE}).",
      defaultValue = "sample-data")
  Path output;

  @Option(
      names = "--postings",
      description = "Number of postings (default: ${DEFAULT-VALUE}).",
      defaultValue = "2200")
  int postings;

  @Option(
      names = "--enrollments",
      description = "Number of enrollments (default: three per posting).")
  Integer enrollments;

  @Option(
      names = "--seed",
      description = "Random seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(
      names = "--gzip",
      description =
          "Gzip the postings file (postings.jsonl.gz), as the bundled sample-data/ keeps it: "
              + "postings of real length are 9 MB as text.")
  boolean gzip;

  @Override
  public Integer call() throws Exception {
    SampleDataGenerator.Size size =
        enrollments == null
            ? SampleDataGenerator.Size.ofPostings(postings)
            : new SampleDataGenerator.Size(postings, enrollments);
    long t0 = System.nanoTime();
    SampleDataGenerator.Written w = new SampleDataGenerator(seed).write(output, size);
    if (gzip) {
      Path plain = output.resolve("postings/postings.jsonl");
      Path gz = output.resolve("postings/postings.jsonl.gz");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
        Files.copy(plain, out);
      }
      Files.delete(plain);
    }
    System.out.printf(
        "wrote %,d postings (%,d deliberately malformed), %,d enrollments, %,d credentials to %s in %.1f s%n",
        w.postings(),
        w.malformedPostings(),
        w.enrollments(),
        w.credentials(),
        output,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateSampleData()).execute(args));
  }
}
