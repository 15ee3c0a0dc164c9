package org.skillgap.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the job's SparkSession. The master comes from spark-submit; local[*] when run without it. */
public final class Sessions {
  private Sessions() {}

  /** A run whose new input is smaller than this plans its shuffles statically on one machine (planShuffles). */
  static final long SMALL_INPUT_BYTES = 256L << 20;

  /** Set on sessions whose adaptive execution the user left to us. */
  static final String ADAPTIVE_BY_INPUT = "spark.skillgap.adaptiveByInput";

  /** Set, to the session's own number, on sessions whose shuffle partitions the user left to us. */
  static final String PARTITIONS_BY_INPUT = "spark.skillgap.shufflePartitionsByInput";

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", "true");
    boolean adaptiveIsOurs = !conf.contains("spark.sql.adaptive.enabled");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    // Ingest caches validated datasets; without this, every shuffle under a cache keeps 200 partitions
    // (measured: 30 s of 41 s ingest on 2,200 postings went to empty tasks).
    conf.setIfMissing("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    // Validating a posting costs about 0.2 ms of CPU per kB of text: a 128 MB split (Spark's default) is a task
    // of a minute, and 100k postings (366 MB) made three such tasks on two cores, one running alone at the end.
    // 32 MB splits keep every core busy to the end.
    conf.setIfMissing("spark.sql.files.maxPartitionBytes", "32m");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (adaptiveIsOurs) {
      spark.conf().set(ADAPTIVE_BY_INPUT, true); // ours to switch per run (planShuffles), not the user's setting
    }
    // On one machine, 200 shuffle partitions mean 200 near-empty tasks per join; match the cores instead.
    // A cluster keeps Spark's default (or the user's setting).
    if (spark.sparkContext().isLocal() && !conf.contains("spark.sql.shuffle.partitions")) {
      int partitions = Math.max(4, 2 * spark.sparkContext().defaultParallelism());
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
      spark.conf().set(PARTITIONS_BY_INPUT, partitions);
      // A few partitions cannot carry a large shuffle: a full refresh of a million realistic postings sorted
      // its duplicate-check windows in four tasks of about 900 MB of rows each, and failed under -Xmx4g
      // (UNABLE_TO_ACQUIRE_MEMORY). Adaptive execution starts large shuffles from 200 partitions and merges
      // them into pieces of about 16 MB, so a small shuffle is still one or a few tasks.
      if (!conf.contains("spark.sql.adaptive.coalescePartitions.initialPartitionNum")) {
        spark.conf().set("spark.sql.adaptive.coalescePartitions.initialPartitionNum", 200);
        spark.conf().set("spark.sql.adaptive.coalescePartitions.parallelismFirst", false);
        spark.conf().set("spark.sql.adaptive.advisoryPartitionSizeInBytes", "16m");
      }
    }
    return spark;
  }

  /**
   * On one machine, plans a run's shuffles by the size of its new input. Adaptive execution runs every shuffle
   * of a plan as its own Spark job and plans again after each: worth it for a full refresh (it splits the large
   * sorts of a million postings into pieces that fit), a cost for a small night, whose work is many small
   * queries (a 1,000-posting night over 100k postings: 36.9 and 33.4 s planned statically over the session's
   * shuffle partitions, against 42.3 and 38.7 s adaptive). Below {@value #SMALL_INPUT_BYTES} bytes of new input
   * the run plans statically; at or above, adaptively. A cluster, or a user who set
   * {@code spark.sql.adaptive.enabled}, keeps that setting.
   *
   * <p>A small run's shuffles are also one partition each: its report queries run side by side from several
   * threads (Concurrently), which keeps the cores busy, and four tasks per shuffle of a few thousand rows
   * were four times the scheduling for the same work (warm 1,000-posting nights over 100k postings, four
   * runs each: median 53.6 s with four partitions, 45.0 s with one). A user's own
   * {@code spark.sql.shuffle.partitions} is kept.
   */
  static void planShuffles(SparkSession spark, long newInputBytes) {
    if (!spark.sparkContext().isLocal()) {
      return;
    }
    boolean small = newInputBytes < SMALL_INPUT_BYTES;
    if (Boolean.parseBoolean(spark.conf().get(ADAPTIVE_BY_INPUT, "false"))) {
      spark.conf().set("spark.sql.adaptive.enabled", !small);
    }
    String partitions = spark.conf().get(PARTITIONS_BY_INPUT, null);
    if (partitions != null) {
      spark.conf().set("spark.sql.shuffle.partitions", small ? "1" : partitions);
    }
  }
}
