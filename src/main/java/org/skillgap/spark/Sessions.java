package org.skillgap.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the job's SparkSession. The master comes from spark-submit; local[*] when run without it. */
public final class Sessions {
  private Sessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", "true");
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
    // On one machine, 200 shuffle partitions mean 200 near-empty tasks per join; match the cores instead.
    // A cluster keeps Spark's default (or the user's setting).
    if (spark.sparkContext().isLocal() && !conf.contains("spark.sql.shuffle.partitions")) {
      spark.conf().set("spark.sql.shuffle.partitions", Math.max(4, 2 * spark.sparkContext().defaultParallelism()));
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
}
