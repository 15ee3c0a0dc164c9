package org.skillgap.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Spark jobs started in this JVM, and where: a night of many tiny jobs is slow for its job count,
 * not its data. Counted only once {@link #count} has been called on the session.
 */
final class SparkJobs {
  private SparkJobs() {}

  private static final AtomicLong STARTED = new AtomicLong();

  /** The call site that started each job ("parquet at ReportPublisher.java:37"), and how often. */
  private static final Map<String, Long> BY_SITE = new ConcurrentHashMap<>();

  static void count(SparkSession spark) {
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onJobStart(SparkListenerJobStart jobStart) {
                STARTED.incrementAndGet();
                String site =
                    jobStart.stageInfos().isEmpty() ? "?" : jobStart.stageInfos().head().name();
                BY_SITE.merge(site, 1L, Long::sum);
              }
            });
  }

  static long started() {
    return STARTED.get();
  }

  static void forgetSites() {
    BY_SITE.clear();
  }

  /** Prints the call sites that started the most jobs since {@link #forgetSites}. */
  static void printTopSites(int limit) {
    BY_SITE.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(limit)
        .forEach(
            e -> System.err.printf("[benchmark]   %5d jobs at %s%n", e.getValue(), e.getKey()));
  }
}
