package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.warehouse.PosixLocalFileSystem;

class SessionsTest {
  private final SparkSession spark = SharedSpark.get();
  // The shared session's own settings and markers (SharedSpark), put back after each test.
  private static final String[] KEPT = {
    "spark.sql.adaptive.enabled",
    "spark.sql.shuffle.partitions",
    Sessions.ADAPTIVE_BY_INPUT,
    Sessions.PARTITIONS_BY_INPUT,
    Sessions.CODEGEN_BY_INPUT,
    Sessions.WHOLE_STAGE_CODEGEN,
    Sessions.CODEGEN_FACTORY_MODE
  };
  private final java.util.Map<String, String> keptBefore = new java.util.HashMap<>();

  {
    for (String key : KEPT) {
      if (spark.conf().contains(key)) {
        keptBefore.put(key, spark.conf().get(key));
      }
    }
  }

  @AfterEach
  void restore() {
    for (String key : KEPT) {
      if (keptBefore.containsKey(key)) {
        spark.conf().set(key, keptBefore.get(key));
      } else {
        spark.conf().unset(key);
      }
    }
  }

  private String partitions() {
    return spark.conf().get("spark.sql.shuffle.partitions");
  }

  private boolean adaptive() {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.adaptive.enabled"));
  }

  @Test
  void pagesAreSmallUnlessTheUserChoseTheirSize() {
    org.apache.spark.SparkConf unset = new org.apache.spark.SparkConf(false);
    Sessions.limitPageSize(unset);
    assertEquals("4m", unset.get(Sessions.PAGE_SIZE));
    org.apache.spark.SparkConf chosen =
        new org.apache.spark.SparkConf(false).set(Sessions.PAGE_SIZE, "32m");
    Sessions.limitPageSize(chosen);
    assertEquals("32m", chosen.get(Sessions.PAGE_SIZE));
    // The shared session runs with the size the jobs get: 4 MiB.
    assertEquals(4L << 20, org.apache.spark.SparkEnv.get().memoryManager().pageSizeBytes());
  }

  @Test
  void aSmallNightPlansStaticallyAFullRefreshAdaptively() {
    spark
        .conf()
        .set(
            Sessions.ADAPTIVE_BY_INPUT,
            true); // as Sessions.create leaves it when the user set nothing
    Sessions.planShuffles(spark, 4L << 20); // a night of a few thousand postings
    assertFalse(adaptive());
    Sessions.planShuffles(spark, Sessions.SMALL_INPUT_BYTES); // a full refresh
    assertTrue(adaptive());
    Sessions.planShuffles(spark, 0); // a night with nothing new
    assertFalse(adaptive());
  }

  @Test
  void aSmallNightShufflesIntoOnePartitionAFullRefreshIntoTheSessionsOwn() {
    spark
        .conf()
        .set(Sessions.PARTITIONS_BY_INPUT, 6); // as Sessions.create leaves it on three cores
    Sessions.planShuffles(spark, 4L << 20);
    assertEquals("1", partitions());
    Sessions.planShuffles(spark, Sessions.SMALL_INPUT_BYTES);
    assertEquals("6", partitions());
  }

  @Test
  void aSmallNightIsInterpretedAFullRefreshCompiled() {
    spark
        .conf()
        .set(Sessions.CODEGEN_BY_INPUT, true); // as Sessions.create leaves it on one machine
    Sessions.planShuffles(spark, 4L << 20);
    assertEquals("false", spark.conf().get(Sessions.WHOLE_STAGE_CODEGEN));
    assertEquals("NO_CODEGEN", spark.conf().get(Sessions.CODEGEN_FACTORY_MODE));
    // The same rows either way: a join, an aggregate and a sort, as the reports run them.
    String query =
        "SELECT k, count(*) AS n, max(v) AS top FROM (SELECT id % 7 AS k, id * 3 AS v FROM range(1000)) "
            + "JOIN (SELECT id AS k2 FROM range(5)) ON k = k2 GROUP BY k ORDER BY k";
    java.util.List<String> interpreted = spark.sql(query).toJSON().collectAsList();
    Sessions.planShuffles(spark, Sessions.SMALL_INPUT_BYTES);
    assertEquals("true", spark.conf().get(Sessions.WHOLE_STAGE_CODEGEN));
    assertEquals("FALLBACK", spark.conf().get(Sessions.CODEGEN_FACTORY_MODE));
    assertEquals(interpreted, spark.sql(query).toJSON().collectAsList());
    assertEquals(5, interpreted.size());
  }

  @Test
  void theUsersOwnSettingIsKept() {
    for (String marker :
        new String[] {
          Sessions.ADAPTIVE_BY_INPUT, Sessions.PARTITIONS_BY_INPUT, Sessions.CODEGEN_BY_INPUT
        }) {
      spark.conf().unset(marker);
    }
    spark.conf().set("spark.sql.adaptive.enabled", true);
    spark.conf().set("spark.sql.shuffle.partitions", 7);
    spark.conf().set(Sessions.WHOLE_STAGE_CODEGEN, true);
    spark.conf().set(Sessions.CODEGEN_FACTORY_MODE, "FALLBACK");
    Sessions.planShuffles(spark, 1); // no markers: the user (here the test) set them
    assertTrue(adaptive());
    assertEquals("7", partitions());
    assertEquals("true", spark.conf().get(Sessions.WHOLE_STAGE_CODEGEN));
    assertEquals("FALLBACK", spark.conf().get(Sessions.CODEGEN_FACTORY_MODE));
  }

  @Test
  void oneMachineWritesLocalFilesWithoutChildProcessesAClusterKeepsHadoops() {
    org.apache.spark.SparkConf local = new org.apache.spark.SparkConf(false).setMaster("local[*]");
    Sessions.chooseLocalFileSystem(local);
    assertEquals(PosixLocalFileSystem.class.getName(), local.get(Sessions.LOCAL_FILE_SYSTEM));
    org.apache.spark.SparkConf cluster =
        new org.apache.spark.SparkConf(false).setMaster("spark://master:7077");
    Sessions.chooseLocalFileSystem(cluster);
    assertFalse(cluster.contains(Sessions.LOCAL_FILE_SYSTEM));
    org.apache.spark.SparkConf own =
        new org.apache.spark.SparkConf(false)
            .setMaster("local[2]")
            .set(Sessions.LOCAL_FILE_SYSTEM, "org.apache.hadoop.fs.LocalFileSystem");
    Sessions.chooseLocalFileSystem(own);
    assertEquals("org.apache.hadoop.fs.LocalFileSystem", own.get(Sessions.LOCAL_FILE_SYSTEM));
  }
}
