package org.skillgap.spark;

import org.apache.spark.sql.SparkSession;
import org.skillgap.spark.common.ShufflePlan;
import org.skillgap.spark.warehouse.PosixLocalFileSystem;

/** One local SparkSession for the whole test run (surefire runs all tests in one JVM). */
public final class SharedSpark {
  private SharedSpark() {}

  private static SparkSession session;

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("skillgap-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true")
              .config("spark.sql.session.timeZone", "UTC")
              .config(Sessions.PAGE_SIZE, Sessions.SMALL_PAGES)
              .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
              .config(Sessions.LOCAL_FILE_SYSTEM, PosixLocalFileSystem.class.getName())
              // As Sessions.create leaves a local session: each run plans its shuffles and code
              // generation by the size of its new input (ShufflePlan), so tests run small nights as
              // production does.
              .config(ShufflePlan.ADAPTIVE_BY_INPUT, "true")
              .config(ShufflePlan.PARTITIONS_BY_INPUT, "4")
              .config(ShufflePlan.CODEGEN_BY_INPUT, "true")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
