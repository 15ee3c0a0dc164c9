package org.skillgap.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.extract.SpanModel;
import org.skillgap.spark.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures, on the same generated postings in one run: the floor (parse, normalise, write Parquet),
 * a CoreNLP tokenize+ssplit pass, the extraction stage, the full nightly and a 1 % incremental
 * night, and the naive baselines (one rlike per taxonomy skill; a CoreNLP pos+lemma pass). Built
 * from src/bench beside the app jar, not into it (jobs/benchmark.sh); not part of `mvn verify`
 * except as a 1k smoke run.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = "Benchmarks the pipeline's stages against baselines.")
public final class Benchmark implements Callable<Integer> {

  @Option(
      names = "--postings",
      description = "Sizes to run, comma-separated (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000",
      split = ",")
  List<Integer> sizes;

  @Option(
      names = "--work",
      description = "Working folder for data and outputs (default: ${DEFAULT-VALUE}).",
      defaultValue = "target/benchmark")
  Path work;

  @Option(
      names = "--baseline-sample",
      description =
          "Postings the slow baselines run on (default: ${DEFAULT-VALUE}); their rates are per"
              + " posting, so a sample suffices.",
      defaultValue = "3000")
  int baselineSample;

  @Option(
      names = "--repeat",
      description = "Runs of each short row; the median is reported (default: ${DEFAULT-VALUE}).",
      defaultValue = "3")
  int repeat;

  @Option(
      names = "--skip",
      split = ",",
      description =
          "Rows to leave out, comma-separated: tokenize, baselines, floor "
              + "(for a long run that needs only extraction and the nights; without the floor, the"
              + " full refresh runs first and extraction alone reads its validated postings),"
              + " extraction (a run that needs only the full refresh and the night).")
  Set<String> skip = Set.of();

  @Option(
      names = "--span-model",
      description =
          "Span model the extraction rows use (jobs/train-span-model.sh; default: the built-in"
              + " one).")
  Path spanModel;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Benchmark()).execute(args));
  }

  /** Runs every row on n generated postings in dir, with the built-in span model. */
  public static List<Measurement> run(SparkSession spark, Path dir, int n, int sample, int repeat)
      throws Exception {
    return new BenchmarkRun(spark, dir, n, sample, repeat, Set.of(), SpanModel.builtinBytes())
        .run();
  }

  @Override
  public Integer call() throws Exception {
    SparkSession spark = Sessions.create("skillgap-benchmark");
    SparkJobs.count(spark);
    try {
      for (int n : sizes) {
        runSize(spark, n);
      }
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** Runs one size, prints its table and writes it as Markdown and JSON. */
  private void runSize(SparkSession spark, int n) throws Exception {
    byte[] model = spanModel == null ? SpanModel.builtinBytes() : Files.readAllBytes(spanModel);
    Path dir = work.resolve("n" + n);
    List<Measurement> rows =
        new BenchmarkRun(spark, dir, n, Math.min(n, baselineSample), repeat, skip, model).run();
    int cores = spark.sparkContext().defaultParallelism();
    // Speed figures count only on postings of realistic length: say how long these were.
    String table =
        String.format("Median words per posting: %d.%n%n", medianWords(spark, dir))
            + ResultTables.markdown(rows, n, cores);
    System.out.println(table);
    Files.writeString(work.resolve("benchmark-" + n + ".json"), ResultTables.json(rows, n, cores));
    Files.writeString(work.resolve("benchmark-" + n + ".md"), table);
  }

  private long medianWords(SparkSession spark, Path dir) {
    return BenchmarkRun.validated(spark, dir, skip)
        .select(
            percentile_approx(size(split(trim(col("description")), "\\s+")), lit(0.5), lit(10_000))
                .as("words"))
        .first()
        .<Integer>getAs("words");
  }
}
