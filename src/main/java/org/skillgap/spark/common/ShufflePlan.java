package org.skillgap.spark.common;

import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Plans a run's shuffles and code generation by the size of its new input, on one machine. Here,
 * below the stages, so that ingest (which knows that size) can plan without importing the session
 * builder; the session builder sets the markers that say which settings are ours to switch.
 */
public final class ShufflePlan {
  private ShufflePlan() {}

  /** A run whose new input is smaller than this plans its shuffles statically on one machine. */
  public static final long SMALL_INPUT_BYTES = 256L << 20;

  /** Set on sessions whose adaptive execution the user left to us. */
  public static final String ADAPTIVE_BY_INPUT = "spark.skillgap.adaptiveByInput";

  /** Set, to the session's own number, on sessions whose shuffle partitions the user left to us. */
  public static final String PARTITIONS_BY_INPUT = "spark.skillgap.shufflePartitionsByInput";

  /** Set on local sessions whose code generation the user left to us. */
  public static final String CODEGEN_BY_INPUT = "spark.skillgap.codegenByInput";

  public static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";

  /** Spark's switch between generated and interpreted expressions (internal to Spark; see plan). */
  public static final String CODEGEN_FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /**
   * On one machine, plans a run's shuffles by the size of its new input. Adaptive execution runs
   * every shuffle of a plan as its own Spark job and plans again after each: worth it for a full
   * refresh (it splits the large sorts of a million postings into pieces that fit), a cost for a
   * small night, whose work is many small queries (a 1,000-posting night over 100k postings: 36.9
   * and 33.4 s planned statically over the session's shuffle partitions, against 42.3 and 38.7 s
   * adaptive). Below {@value #SMALL_INPUT_BYTES} bytes of new input the run plans statically; at or
   * above, adaptively. A cluster, or a user who set {@code spark.sql.adaptive.enabled}, keeps that
   * setting.
   *
   * <p>A small run's shuffles are also one partition each: its report queries run side by side from
   * several threads (Concurrently), which keeps the cores busy, and four tasks per shuffle of a few
   * thousand rows were four times the scheduling for the same work (warm 1,000-posting nights over
   * 100k postings, four runs each: median 53.6 s with four partitions, 45.0 s with one). A user's
   * own {@code spark.sql.shuffle.partitions} is kept.
   *
   * <p>A small run's queries are also interpreted, not compiled: a night is some 150 queries over a
   * few thousand new rows and small merged facts, and compiling each plan's generated Java (Janino,
   * which looks up every name it meets across the whole classpath) was a quarter of the process's
   * CPU samples. Warm 1,000-posting nights over 100k postings, one JVM, four nights each: 37.2,
   * 32.0, 30.9, 29.0 s compiled, 27.5, 24.3, 22.7, 20.7 s interpreted; the cold first night 73.8
   * against 56.5 s. The interpreted path is the one Spark itself falls back to when generated code
   * fails to compile, so the rows are the same; {@code spark.sql.codegen.factoryMode} is internal
   * to Spark, which is why it is only ours to set on one machine, for small runs, and never when
   * the user set it or whole-stage code generation. A large run compiles as usual.
   */
  public static void plan(SparkSession spark, long newInputBytes) {
    if (!spark.sparkContext().isLocal()) {
      return;
    }
    boolean small = newInputBytes < SMALL_INPUT_BYTES;
    RuntimeConfig conf = spark.conf();
    if (Boolean.parseBoolean(conf.get(ADAPTIVE_BY_INPUT, "false"))) {
      conf.set("spark.sql.adaptive.enabled", !small);
    }
    if (Boolean.parseBoolean(conf.get(CODEGEN_BY_INPUT, "false"))) {
      conf.set(WHOLE_STAGE_CODEGEN, !small);
      conf.set(CODEGEN_FACTORY_MODE, small ? "NO_CODEGEN" : "FALLBACK");
    }
    String partitions = conf.get(PARTITIONS_BY_INPUT, null);
    if (partitions != null) {
      conf.set("spark.sql.shuffle.partitions", small ? "1" : partitions);
    }
  }
}
