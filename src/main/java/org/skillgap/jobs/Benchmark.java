package org.skillgap.jobs;

import static org.apache.spark.sql.functions.*;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.Json;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.extract.CoreNlp;
import org.skillgap.core.extract.SpanModel;
import org.skillgap.core.taxonomy.Skill;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.sample.SampleDataGenerator;
import org.skillgap.spark.Pipeline;
import org.skillgap.spark.Sessions;
import org.skillgap.spark.extract.ExtractStage;
import org.skillgap.spark.ingest.IngestStage;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures, on the same generated postings in one run: the floor (parse, normalise, write Parquet),
 * a CoreNLP tokenize+ssplit pass, the extraction stage, the full nightly and a 1 % incremental
 * night, and the naive baselines (one rlike per taxonomy skill; a CoreNLP pos+lemma pass). Not part
 * of `mvn verify` except as a 1k smoke run.
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
          "Postings the slow baselines run on (default: ${DEFAULT-VALUE}); their rates are per posting, so a sample suffices.",
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
              + "(for a long run that needs only extraction and the nights; without the floor, the full refresh runs first "
              + "and extraction alone reads its validated postings), extraction (a run that needs only the full refresh "
              + "and the night).")
  java.util.Set<String> skip = java.util.Set.of();

  @Option(
      names = "--span-model",
      description =
          "Span model the extraction rows use (jobs/train-span-model.sh; default: the built-in one).")
  Path spanModel;

  /** One measured row. */
  /**
   * @param peakHeapMb the heap's highest use, garbage included: it follows -Xmx as much as the data
   * @param liveHeapMb the heap's highest use right after a collection (a full one ends each row):
   *     what the run really held, the figure that must stay flat as the data grows
   * @param retainedHeapMb the heap in use after the full collection that ends the row: what the
   *     driver keeps once the row is over (caches, collected results); it must not grow with the
   *     data
   */
  public record Row(
      String name,
      long postings,
      double seconds,
      long peakHeapMb,
      long liveHeapMb,
      long retainedHeapMb,
      long sparkJobs) {
    double perSecond() {
      return postings / seconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    SparkSession spark = Sessions.create("skillgap-benchmark");
    countJobs(spark);
    try {
      for (int n : sizes) {
        byte[] model = spanModel == null ? SpanModel.builtinBytes() : Files.readAllBytes(spanModel);
        List<Row> rows =
            run(spark, work.resolve("n" + n), n, Math.min(n, baselineSample), repeat, skip, model);
        int cores = spark.sparkContext().defaultParallelism();
        // Speed figures count only on postings of realistic length: say how long these were.
        long medianWords =
            spark
                .read()
                .parquet(validated(work.resolve("n" + n), skip))
                .select(
                    percentile_approx(
                            size(split(trim(col("description")), "\\s+")), lit(0.5), lit(10_000))
                        .as("words"))
                .first()
                .<Integer>getAs("words");
        String table =
            String.format("Median words per posting: %d.%n%n", medianWords) + table(rows, n, cores);
        System.out.println(table);
        Files.writeString(work.resolve("benchmark-" + n + ".json"), json(rows, n, cores));
        Files.writeString(work.resolve("benchmark-" + n + ".md"), table);
      }
    } finally {
      spark.stop();
    }
    return 0;
  }

  /**
   * The extraction row without the span model; its gap to the extraction row is the model's cost.
   */
  static final String NO_MODEL_ROW = "extraction, extract.span-model=none";

  public static void main(String[] args) {
    System.exit(new CommandLine(new Benchmark()).execute(args));
  }

  /** Runs every row on n generated postings in dir. */
  public static List<Row> run(SparkSession spark, Path dir, int n, int sample, int repeat)
      throws Exception {
    return run(spark, dir, n, sample, repeat, java.util.Set.of(), SpanModel.builtinBytes());
  }

  /**
   * Where a run over dir left its validated postings: the floor's output, or the full refresh's
   * warehouse.
   */
  static String validated(Path dir, java.util.Set<String> skip) {
    return skip.contains("floor")
        ? new Layout(dir.resolve("out").toString()).warehouse(Tables.POSTINGS)
        : dir.resolve("floor").toString();
  }

  /** Runs the rows not named in {@code skip} on n generated postings in dir. */
  static List<Row> run(
      SparkSession spark,
      Path dir,
      int n,
      int sample,
      int repeat,
      java.util.Set<String> skip,
      byte[] spanModel)
      throws Exception {
    Path in = dir.resolve("in");
    if (!Files.exists(in.resolve("postings/postings.jsonl"))) {
      new SampleDataGenerator(42).write(in, SampleDataGenerator.Size.ofPostings(n));
    }
    String postingsFile = in.resolve("postings/postings.jsonl").toString();
    List<Row> rows = new ArrayList<>();
    Path floorOut = dir.resolve("floor");
    Path out = dir.resolve("out");
    PipelineConfig full =
        new ConfigLoader()
            .build(in.toString(), out.toString(), LocalDate.of(2026, 1, 1))
            .withFullRefresh(true);
    if (skip.contains("floor")) {
      // At 1M the floor costs a quarter of an hour that the targets do not use: the full refresh
      // writes the
      // same validated postings, so it runs first and extraction alone reads them.
      rows.add(once("full nightly (full refresh)", n, () -> new Pipeline(spark, full).runAll()));
    } else {
      rows.add(
          median(
              "floor: parse, normalise, write Parquet",
              n,
              repeat,
              () ->
                  IngestStage.validPostings(spark, full, List.of(postingsFile))
                      .write()
                      .mode("overwrite")
                      .parquet(floorOut.toString())));
    }
    Dataset<org.apache.spark.sql.Row> postings =
        spark.read().parquet(validated(dir, skip)).select("posting_id", "industry", "description");
    int partitions = 2 * spark.sparkContext().defaultParallelism();

    if (!skip.contains("tokenize")) {
      rows.add(
          median(
              "CoreNLP tokenize+ssplit only",
              n,
              repeat,
              () -> corenlpPass(postings.repartition(partitions), "tokenize,ssplit")));
    }
    Taxonomy taxonomy = Taxonomy.builtin();
    if (!skip.contains("extraction")) {
      // As the pipeline runs it by default (span model on), then without the model: the model's
      // cost.
      rows.add(
          median(
              "extraction stage alone",
              n,
              repeat,
              () ->
                  ExtractStage.mentions(spark, postings, taxonomy, spanModel, "benchmark", 0)
                      .write()
                      .mode("overwrite")
                      .parquet(dir.resolve("mentions").toString())));
      rows.add(
          median(
              NO_MODEL_ROW,
              n,
              repeat,
              () ->
                  ExtractStage.mentions(spark, postings, taxonomy, 0)
                      .write()
                      .mode("overwrite")
                      .parquet(dir.resolve("mentions-no-model").toString())));
    }

    if (!skip.contains("floor")) {
      rows.add(once("full nightly (full refresh)", n, () -> new Pipeline(spark, full).runAll()));
    }

    int extra = Math.max(1, n / 100);
    Path gen = dir.resolve("gen-incremental");
    new SampleDataGenerator(7).write(gen, new SampleDataGenerator.Size(extra, 10));
    // A night's new postings carry the dates of the days before it, as a feed's do (the generated
    // data ends
    // on 2025-12-31): the night touches the latest month, quarter and year of each industry.
    Files.writeString(
        in.resolve("postings/incremental.jsonl"),
        Files.readString(gen.resolve("postings/postings.jsonl"))
            .replace("\"id\":\"post-", "\"id\":\"inc-")
            .replaceAll("\"posted_date\":\"[^\"]*\"", "\"posted_date\":\"2025-12-30\""));
    PipelineConfig next =
        new ConfigLoader().build(in.toString(), out.toString(), LocalDate.of(2026, 1, 2));
    rows.add(
        once("incremental night (+1 % postings)", n, () -> new Pipeline(spark, next).runAll()));
    Files.delete(in.resolve("postings/incremental.jsonl"));

    if (!skip.contains("baselines")) {
      Dataset<org.apache.spark.sql.Row> sampled =
          postings.limit(sample).repartition(partitions).cache();
      sampled.count();
      rows.add(
          once(
              "baseline: one rlike per skill (sample)",
              sample,
              () -> rlikeBaseline(sampled, taxonomy)));
      rows.add(
          once(
              "baseline: CoreNLP pos+lemma (sample)",
              sample,
              () -> corenlpPass(sampled, "tokenize,ssplit,pos,lemma")));
      sampled.unpersist();
    }
    return rows;
  }

  /**
   * What a user would write first: for each taxonomy entry, lower(description) rlike
   * '\\b(name|alias...)\\b' (the patterns of {@link org.skillgap.core.eval.RegexBaseline}, whose F1
   * the evaluation reports), summed.
   */
  static void rlikeBaseline(Dataset<org.apache.spark.sql.Row> postings, Taxonomy taxonomy) {
    Column text = lower(col("description"));
    List<Column> hits = new ArrayList<>();
    for (Skill s : taxonomy.skills()) {
      hits.add(when(text.rlike(org.skillgap.core.eval.RegexBaseline.pattern(s)), 1).otherwise(0));
    }
    // Summed as a balanced tree: a chain of 800 additions is too deep for the optimizer's
    // recursion.
    while (hits.size() > 1) {
      List<Column> next = new ArrayList<>();
      for (int i = 0; i < hits.size(); i += 2) {
        next.add(i + 1 < hits.size() ? hits.get(i).plus(hits.get(i + 1)) : hits.get(i));
      }
      hits = next;
    }
    // 817 regexes do not fit one generated Java method (64 KB); Spark would fall back to
    // interpreted
    // evaluation anyway, after logging the whole plan. Say so up front and keep the log readable.
    org.apache.spark.sql.RuntimeConfig conf = postings.sparkSession().conf();
    String wholeStage = conf.get("spark.sql.codegen.wholeStage");
    conf.set("spark.sql.codegen.wholeStage", "false");
    try {
      postings.select(hits.get(0).as("skills")).agg(sum("skills")).collect();
    } finally {
      conf.set("spark.sql.codegen.wholeStage", wholeStage);
    }
  }

  /**
   * Runs a CoreNLP pipeline over every description (one pipeline per partition) and counts tokens.
   */
  static void corenlpPass(Dataset<org.apache.spark.sql.Row> postings, String annotators) {
    MapPartitionsFunction<org.apache.spark.sql.Row, Long> fn =
        rows -> {
          Properties p = new Properties();
          p.setProperty("annotators", annotators);
          p.setProperty("tokenize.language", "en");
          if (annotators.contains("pos")) {
            p.setProperty("pos.model", CoreNlp.POS_MODEL);
          }
          StanfordCoreNLP nlp = pipelineFor(annotators, p);
          long tokens = 0;
          while (rows.hasNext()) {
            Annotation a = new Annotation(rows.next().<String>getAs("description"));
            nlp.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
          }
          return List.of(tokens).iterator();
        };
    postings
        .mapPartitions(fn, Encoders.LONG())
        .reduce((org.apache.spark.api.java.function.ReduceFunction<Long>) Long::sum);
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, StanfordCoreNLP> PIPELINES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static StanfordCoreNLP pipelineFor(String annotators, Properties p) {
    return PIPELINES.computeIfAbsent(annotators, a -> new StanfordCoreNLP(p, false));
  }

  interface Step {
    void run() throws Exception;
  }

  private static Row once(String name, long postings, Step step) throws Exception {
    resetPeaks();
    long jobsBefore = SPARK_JOBS.get();
    JOBS_BY_SITE.clear();
    System.gc();
    long t0 = System.nanoTime();
    step.run();
    double s = (System.nanoTime() - t0) / 1e9;
    System.err.printf(
        "[benchmark] %-40s %8.1f s, %d Spark jobs%n", name, s, SPARK_JOBS.get() - jobsBefore);
    JOBS_BY_SITE.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .forEach(
            e -> System.err.printf("[benchmark]   %5d jobs at %s%n", e.getValue(), e.getKey()));
    JOBS_BY_SITE.clear();
    System
        .gc(); // a full collection, so the live figure includes what the row still holds at its end
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Row(
        name,
        postings,
        s,
        peakHeapMb(),
        LIVE_PEAK.get() / (1024 * 1024),
        retained / (1024 * 1024),
        SPARK_JOBS.get() - jobsBefore);
  }

  private static Row median(String name, long postings, int repeat, Step step) throws Exception {
    List<Row> runs = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      runs.add(once(name, postings, step));
    }
    runs.sort(java.util.Comparator.comparingDouble(Row::seconds));
    Row m = runs.get(runs.size() / 2);
    return new Row(
        name + (repeat > 1 ? " (median of " + repeat + ")" : ""),
        postings,
        m.seconds(),
        runs.stream().mapToLong(Row::peakHeapMb).max().orElse(0),
        runs.stream().mapToLong(Row::liveHeapMb).max().orElse(0),
        runs.stream().mapToLong(Row::retainedHeapMb).max().orElse(0),
        m.sparkJobs());
  }

  /** Highest heap use seen right after any garbage collection since the last reset. */
  private static final java.util.concurrent.atomic.AtomicLong LIVE_PEAK =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * Spark jobs started so far in this JVM: a night of many tiny jobs is slow for its job count, not
   * its data.
   */
  private static final java.util.concurrent.atomic.AtomicLong SPARK_JOBS =
      new java.util.concurrent.atomic.AtomicLong();

  private static final java.util.concurrent.ConcurrentHashMap<String, Long> JOBS_BY_SITE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static void countJobs(SparkSession spark) {
    spark
        .sparkContext()
        .addSparkListener(
            new org.apache.spark.scheduler.SparkListener() {
              @Override
              public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart jobStart) {
                SPARK_JOBS.incrementAndGet();
                // The call site that started it ("parquet at ReportPublisher.java:37"): where a
                // row's jobs come from.
                String site =
                    jobStart.stageInfos().isEmpty() ? "?" : jobStart.stageInfos().head().name();
                JOBS_BY_SITE.merge(site, 1L, Long::sum);
              }
            });
  }

  static {
    for (java.lang.management.GarbageCollectorMXBean gc :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      ((javax.management.NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (notification
                    .getType()
                    .equals(
                        com.sun.management.GarbageCollectionNotificationInfo
                            .GARBAGE_COLLECTION_NOTIFICATION)) {
                  var info =
                      com.sun.management.GarbageCollectionNotificationInfo.from(
                          (javax.management.openmbean.CompositeData) notification.getUserData());
                  long used = 0;
                  for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (!e.getKey().contains("Metaspace")
                        && !e.getKey().contains("CodeHeap")
                        && !e.getKey().contains("Compressed Class")) {
                      used += e.getValue().getUsed();
                    }
                  }
                  LIVE_PEAK.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
  }

  private static void resetPeaks() {
    LIVE_PEAK.set(0);
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }

  static String table(List<Row> rows, int n, int cores) {
    // NaN (printed as such) when the floor or the tokenize row was skipped.
    double floor =
        rows.stream()
            .filter(r -> r.name().startsWith("floor"))
            .mapToDouble(Row::perSecond)
            .findFirst()
            .orElse(Double.NaN);
    double tokenize =
        rows.stream()
            .filter(r -> r.name().startsWith("CoreNLP tokenize"))
            .mapToDouble(Row::perSecond)
            .findFirst()
            .orElse(Double.NaN);
    StringBuilder sb =
        new StringBuilder(
            String.format("%n%,d postings, %d cores (local[*]), heap peak per row%n", n, cores));
    sb.append(
        "| row | postings | wall s | postings/s | postings/s/core | peak heap MB | live heap MB | heap after row MB | speed vs floor | speed vs tokenize-only | Spark jobs |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(
          String.format(
              "| %s | %,d | %.1f | %,.0f | %,.0f | %,d | %,d | %,d | %.2f | %.2f | %,d |%n",
              r.name(),
              r.postings(),
              r.seconds(),
              r.perSecond(),
              r.perSecond() / cores,
              r.peakHeapMb(),
              r.liveHeapMb(),
              r.retainedHeapMb(),
              r.perSecond() / floor,
              r.perSecond() / tokenize,
              r.sparkJobs()));
    }
    Row withModel =
        rows.stream()
            .filter(r -> r.name().startsWith("extraction stage alone"))
            .findFirst()
            .orElse(null);
    Row noModel =
        rows.stream().filter(r -> r.name().startsWith(NO_MODEL_ROW)).findFirst().orElse(null);
    if (withModel != null && noModel != null) {
      sb.append(
          String.format(
              "| span model's cost (extraction stage alone minus %s) | %,d | %.1f | | | | | | | | |%n",
              NO_MODEL_ROW, withModel.postings(), withModel.seconds() - noModel.seconds()));
    }
    return sb.toString();
  }

  static String json(List<Row> rows, int n, int cores) {
    StringBuilder sb =
        new StringBuilder("{\"postings\":" + n + ",\"cores\":" + cores + ",\"rows\":[");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      sb.append(i == 0 ? "" : ",")
          .append(
              new Json()
                  .put("name", r.name())
                  .put("postings", r.postings())
                  .put("seconds", r.seconds())
                  .put("postings_per_second", r.perSecond())
                  .put("postings_per_second_per_core", r.perSecond() / cores)
                  .put("peak_heap_mb", r.peakHeapMb())
                  .put("live_heap_mb", r.liveHeapMb())
                  .put("retained_heap_mb", r.retainedHeapMb())
                  .put("spark_jobs", r.sparkJobs()));
    }
    return sb.append("]}\n").toString();
  }
}
