package org.skillgap.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.sample.SampleDataGenerator;

/**
 * One full nightly run shared by the end-to-end tests (it takes most of a minute): generated data
 * with its planted facts, plus a few postings written by hand for exact assertions.
 */
public record PipelineFixture(Path in, Path out, RunSummary summary) {

  /** Enough postings per industry and year for the planted facts to show. */
  static final int POSTINGS = 1500;

  private static PipelineFixture instance;

  public static synchronized PipelineFixture get() {
    if (instance == null) {
      try {
        instance = run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  private static PipelineFixture run() throws IOException {
    Path tmp = Files.createTempDirectory("skillgap-e2e");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tmp)));
    Path in = tmp.resolve("in");
    new SampleDataGenerator(11).write(in, SampleDataGenerator.Size.ofPostings(POSTINGS));
    // June 2018 lies outside the generator's years, so these rows are the only ones in that month.
    Files.writeString(
        in.resolve("postings/hand-written.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"h1\",\"title\":\"Data Engineer\",\"company\":\"Acme\",\"posted_date\":\"2018-06-04\",\"industry\":\"Information Technology\",\"description\":\"<ul><li>Python is required.</li><li>Kafka is a plus.</li></ul>\"}",
            "{\"id\":\"h2\",\"title\":\"Analyst\",\"company\":\"Acme\",\"posted_date\":\"2018-06-12\",\"industry\":\"Software\",\"description\":\"Experience with Python preferred.\"}",
            "{\"id\":\"h3\",\"title\":\"Web Developer\",\"company\":\"Beta\",\"posted_date\":\"2018-06-20\",\"industry\":\"Internet\",\"description\":\"No prior Python experience needed. Must know HTML.\"}",
            "{\"id\":\"h4\",\"title\":\"Clerk\",\"company\":\"Gamma\",\"posted_date\":\"2018-06-21\",\"industry\":\"Retail\",\"description\":\"Strong Excel skills required.\"}",
            "{\"id\":\"h1\",\"title\":\"Data Engineer\",\"company\":\"Acme\",\"posted_date\":\"2018-06-04\",\"industry\":\"Information Technology\",\"description\":\"<ul><li>Python is required.</li><li>Kafka is a plus.</li></ul>\"}",
            "{\"id\":\"broken\",\"title\":"));
    Path out = tmp.resolve("out");
    PipelineConfig config =
        new ConfigLoader().build(in.toString(), out.toString(), LocalDate.of(2026, 1, 15));
    return new PipelineFixture(in, out, new Pipeline(SharedSpark.get(), config).runAll());
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
