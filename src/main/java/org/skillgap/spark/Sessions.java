package org.skillgap.spark;

import static org.skillgap.spark.common.ShufflePlan.ADAPTIVE_BY_INPUT;
import static org.skillgap.spark.common.ShufflePlan.CODEGEN_BY_INPUT;
import static org.skillgap.spark.common.ShufflePlan.CODEGEN_FACTORY_MODE;
import static org.skillgap.spark.common.ShufflePlan.PARTITIONS_BY_INPUT;
import static org.skillgap.spark.common.ShufflePlan.WHOLE_STAGE_CODEGEN;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import org.skillgap.spark.warehouse.PosixLocalFileSystem;
import scala.Option;

/**
 * Builds the job's SparkSession. The master comes from spark-submit; local[*] when run without it.
 */
public final class Sessions {
  private Sessions() {}

  /**
   * Hadoop's implementation of file:// paths: on one machine, ours (PosixLocalFileSystem), unless
   * the user set one.
   */
  static final String LOCAL_FILE_SYSTEM = "spark.hadoop.fs.file.impl";

  static final String MAX_PLAN_FIELDS = "spark.sql.debug.maxToStringFields";

  /**
   * Spark's unit of execution memory: each sort, aggregation map and hashed relation takes whole
   * pages.
   */
  static final String PAGE_SIZE = "spark.buffer.pageSize";

  static final String SMALL_PAGES = "4m";

  public static SparkSession create(String appName) {
    return create(appName, false);
  }

  /**
   * @param verbose whether Spark draws its own console progress bar: off by default, since it would
   *     be drawn over skillgap's progress lines (Console), and a user's setting wins
   */
  public static SparkSession create(String appName, boolean verbose) {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    chooseLocalFileSystem(conf);
    limitPageSize(conf);
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", Boolean.toString(verbose));
    // Spark describes each query's plan for its UI and event log, listing every column; past 25 it
    // cuts the
    // list and warns once (SparkStringUtils). A posting row has more than that, and nobody reads
    // that text
    // from a batch run's console: the plan is described whole.
    conf.setIfMissing(MAX_PLAN_FIELDS, "200");
    boolean adaptiveIsOurs = !conf.contains("spark.sql.adaptive.enabled");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    // Ingest caches validated datasets; without this, every shuffle under a cache keeps 200
    // partitions
    // (measured: 30 s of 41 s ingest on 2,200 postings went to empty tasks).
    conf.setIfMissing("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    // Validating a posting costs about 0.2 ms of CPU per kB of text: a 128 MB split (Spark's
    // default) is a task
    // of a minute, and 100k postings (366 MB) made three such tasks on two cores, one running alone
    // at the end.
    // 32 MB splits keep every core busy to the end.
    conf.setIfMissing("spark.sql.files.maxPartitionBytes", "32m");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (adaptiveIsOurs) {
      spark
          .conf()
          .set(
              ADAPTIVE_BY_INPUT,
              true); // ours to switch per run (ShufflePlan), not the user's setting
    }
    if (spark.sparkContext().isLocal()
        && !conf.contains(WHOLE_STAGE_CODEGEN)
        && !conf.contains(CODEGEN_FACTORY_MODE)) {
      spark.conf().set(CODEGEN_BY_INPUT, true);
    }
    // On one machine, 200 shuffle partitions mean 200 near-empty tasks per join; match the cores
    // instead.
    // A cluster keeps Spark's default (or the user's setting).
    if (spark.sparkContext().isLocal() && !conf.contains("spark.sql.shuffle.partitions")) {
      int partitions = Math.max(4, 2 * spark.sparkContext().defaultParallelism());
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
      spark.conf().set(PARTITIONS_BY_INPUT, partitions);
      // A few partitions cannot carry a large shuffle: a full refresh of a million realistic
      // postings sorted
      // its duplicate-check windows in four tasks of about 900 MB of rows each, and failed under
      // -Xmx4g
      // (UNABLE_TO_ACQUIRE_MEMORY). Adaptive execution starts large shuffles from 200 partitions
      // and merges
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
   * The engine's tasks done of those in its running stages ("3 of 8 tasks"), for the console's live
   * line; empty when none run. Read from Spark's status tracker: no listener, nothing kept.
   */
  public static String runningTasks(SparkSession spark) {
    int done = 0;
    int all = 0;
    SparkStatusTracker tracker = spark.sparkContext().statusTracker();
    for (int id : tracker.getActiveStageIds()) {
      Option<SparkStageInfo> info = tracker.getStageInfo(id);
      if (info.isDefined()) {
        done += info.get().numCompletedTasks();
        all += info.get().numTasks();
      }
    }
    return all == 0 ? "" : String.format("%,d of %,d tasks", done, all);
  }

  /**
   * Pages of 4 MB unless the user chose a size. Spark derives the default from the heap and the
   * cores, and on a 4 GB driver with two cores that is 64 MB. Spark 4.1's SortExec keeps each task
   * thread's last sorter in a thread-local (SPARK-56203 mends part of it in later releases), and a
   * finished sorter still points at its last page: after one 1,000-posting night over 100k
   * postings, fourteen 64 MB pages (895 MB) stayed on the heap, and the heap after three such
   * nights in one JVM was about 2 GB against 420-446 MB with 4 MB pages, at the same speed. A small
   * sort or aggregation also takes a whole page, so small pages are less memory to clear for the
   * many small queries of a night; a large sort takes more of them.
   */
  static void limitPageSize(SparkConf conf) {
    conf.setIfMissing(PAGE_SIZE, SMALL_PAGES);
  }

  /**
   * On one machine, file:// paths go through PosixLocalFileSystem (no child process per file
   * written or listed); a cluster, or a user who set {@code spark.hadoop.fs.file.impl}, keeps that.
   */
  static void chooseLocalFileSystem(SparkConf conf) {
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing(LOCAL_FILE_SYSTEM, PosixLocalFileSystem.class.getName());
    }
  }
}
