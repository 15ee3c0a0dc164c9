package org.skillgap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.console.Console;
import org.skillgap.core.encode.SentenceEncoder;
import org.skillgap.core.extract.SentenceRoles;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.sample.SampleDataGenerator;
import org.skillgap.spark.Pipeline;
import org.skillgap.spark.extract.ExtractStage;
import org.skillgap.spark.ingest.IngestStage;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/** The rows not named in skip, on n generated postings in one folder, in the table's order. */
final class BenchmarkRun {

  /**
   * The extraction row without the span model; its gap to the extraction row is the model's cost.
   */
  static final String NO_MODEL_ROW = "extraction, extract.span-model=none";

  static final String NO_ROLES_ROW = "extraction, extract.sentence-roles=none";

  /** The full refresh's night; the incremental night is the next. */
  private static final LocalDate FIRST_NIGHT = LocalDate.of(2026, 1, 1);

  private final SparkSession spark;
  private final Path dir;
  private final int n;
  private final int sample;
  private final int repeat;
  private final Set<String> skip;
  private final byte[] spanModel;
  private final Path in;
  private final Path out;
  private final List<Measurement> rows = new ArrayList<>();

  /**
   * @param sample postings the slow baselines run on
   * @param repeat runs of each short row, of which the median is kept
   * @param skip rows to leave out: tokenize, baselines, floor, extraction
   */
  BenchmarkRun(
      SparkSession spark,
      Path dir,
      int n,
      int sample,
      int repeat,
      Set<String> skip,
      byte[] spanModel) {
    this.spark = spark;
    this.dir = dir;
    this.n = n;
    this.sample = sample;
    this.repeat = repeat;
    this.skip = skip;
    this.spanModel = spanModel;
    this.in = dir.resolve("in");
    this.out = dir.resolve("out");
  }

  /**
   * Where a run over dir left its validated postings: the floor's output, or the full refresh's
   * warehouse.
   */
  static Dataset<Row> validated(SparkSession spark, Path dir, Set<String> skip) {
    return skip.contains("floor")
        ? new Warehouse(spark, Layout.live(new Storage(spark), dir.resolve("out").toString()))
            .table(Tables.POSTINGS)
        : spark.read().parquet(dir.resolve("floor").toString());
  }

  List<Measurement> run() throws Exception {
    if (!Files.exists(in.resolve("postings/postings.jsonl"))) {
      new SampleDataGenerator(42).write(in, SampleDataGenerator.Size.ofPostings(n));
    }
    PipelineConfig full =
        new ConfigLoader().build(in.toString(), out.toString(), FIRST_NIGHT).withFullRefresh(true);
    if (skip.contains("floor")) {
      // At 1M the floor costs a quarter of an hour that the targets do not use: the full refresh
      // writes the same validated postings, so it runs first and extraction alone reads them.
      rows.add(fullRefresh(full));
    } else {
      rows.add(floor(full));
    }
    Dataset<Row> postings =
        validated(spark, dir, skip).select("posting_id", "industry", "description");
    int partitions = 2 * spark.sparkContext().defaultParallelism();
    if (!skip.contains("tokenize")) {
      rows.add(
          Measure.median(
              "CoreNLP tokenize+ssplit only",
              n,
              repeat,
              () -> Baselines.corenlp(postings.repartition(partitions), "tokenize,ssplit")));
    }
    Taxonomy taxonomy = Taxonomy.builtin();
    if (!skip.contains("extraction")) {
      extraction(postings, taxonomy);
    }
    if (!skip.contains("floor")) {
      rows.add(fullRefresh(full));
    }
    rows.add(incrementalNight());
    if (!skip.contains("baselines")) {
      baselines(postings.limit(sample).repartition(partitions), taxonomy);
    }
    return rows;
  }

  /** Ingest's least work per posting: read the raw JSON Lines, validate, write Parquet. */
  private Measurement floor(PipelineConfig config) throws Exception {
    List<String> files = List.of(in.resolve("postings/postings.jsonl").toString());
    String floorOut = dir.resolve("floor").toString();
    return Measure.median(
        "floor: parse, normalise, write Parquet",
        n,
        repeat,
        () ->
            IngestStage.validPostings(spark, config, files)
                .write()
                .mode("overwrite")
                .parquet(floorOut));
  }

  private Measurement fullRefresh(PipelineConfig full) throws Exception {
    return Measure.once("full nightly (full refresh)", n, () -> new Pipeline(spark, full).runAll());
  }

  /** As the pipeline runs it by default (span model on), then without the model: its cost. */
  private void extraction(Dataset<Row> postings, Taxonomy taxonomy) throws Exception {
    rows.add(
        Measure.median(
            "extraction stage alone",
            n,
            repeat,
            () ->
                ExtractStage.mentions(
                        spark,
                        postings,
                        taxonomy,
                        spanModel,
                        "benchmark",
                        SentenceRoles.DEFAULT_MIN_SCORE,
                        0)
                    .write()
                    .mode("overwrite")
                    .parquet(dir.resolve("mentions").toString())));
    Console.get()
        .notice(
            String.format(
                Locale.ROOT,
                "sentence encoder cache: %.1f %% of the sentences weighed were repeats",
                100 * SentenceEncoder.shared().cacheHitRate()));
    rows.add(
        Measure.median(
            NO_ROLES_ROW,
            n,
            repeat,
            () ->
                ExtractStage.mentions(spark, postings, taxonomy, spanModel, "benchmark", null, 0)
                    .write()
                    .mode("overwrite")
                    .parquet(dir.resolve("mentions-no-roles").toString())));
    rows.add(
        Measure.median(
            NO_MODEL_ROW,
            n,
            repeat,
            () ->
                ExtractStage.mentions(spark, postings, taxonomy, 0)
                    .write()
                    .mode("overwrite")
                    .parquet(dir.resolve("mentions-no-model").toString())));
  }

  /** 1 % new postings on top of the full refresh, the night after it. */
  private Measurement incrementalNight() throws Exception {
    int extra = Math.max(1, n / 100);
    Path gen = dir.resolve("gen-incremental");
    new SampleDataGenerator(7).write(gen, new SampleDataGenerator.Size(extra, 10));
    // A night's new postings carry the dates of the days before it, as a feed's do (the generated
    // data ends on 2025-12-31): the night touches the latest month, quarter and year of each
    // industry.
    Path incremental = in.resolve("postings/incremental.jsonl");
    Files.writeString(
        incremental,
        Files.readString(gen.resolve("postings/postings.jsonl"))
            .replace("\"id\":\"post-", "\"id\":\"inc-")
            .replaceAll("\"posted_date\":\"[^\"]*\"", "\"posted_date\":\"2025-12-30\""));
    PipelineConfig next =
        new ConfigLoader().build(in.toString(), out.toString(), FIRST_NIGHT.plusDays(1));
    Measurement row =
        Measure.once(
            "incremental night (+1 % postings)", n, () -> new Pipeline(spark, next).runAll());
    Files.delete(incremental);
    return row;
  }

  /** The baselines on a sample (their rates are per posting), cached so reading it is not timed. */
  private void baselines(Dataset<Row> sampled, Taxonomy taxonomy) throws Exception {
    Dataset<Row> cached = sampled.cache();
    cached.count();
    rows.add(
        Measure.once(
            "baseline: one rlike per skill (sample)",
            sample,
            () -> Baselines.rlike(cached, taxonomy)));
    rows.add(
        Measure.once(
            "baseline: CoreNLP pos+lemma (sample)",
            sample,
            () -> Baselines.corenlp(cached, "tokenize,ssplit,pos,lemma")));
    cached.unpersist();
  }
}
