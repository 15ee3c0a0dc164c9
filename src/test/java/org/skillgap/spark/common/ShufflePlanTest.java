package org.skillgap.spark.common;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.SharedSpark;

class ShufflePlanTest {
  private final SparkSession spark = SharedSpark.get();
  // The shared session's own settings and markers (SharedSpark), put back after each test.
  private static final String[] KEPT = {
    "spark.sql.adaptive.enabled",
    "spark.sql.shuffle.partitions",
    ShufflePlan.ADAPTIVE_BY_INPUT,
    ShufflePlan.PARTITIONS_BY_INPUT,
    ShufflePlan.CODEGEN_BY_INPUT,
    ShufflePlan.WHOLE_STAGE_CODEGEN,
    ShufflePlan.CODEGEN_FACTORY_MODE
  };
  private final Map<String, String> keptBefore = new HashMap<>();

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
  void aSmallNightPlansStaticallyAFullRefreshAdaptively() {
    // as Sessions.create leaves it when the user set nothing
    spark.conf().set(ShufflePlan.ADAPTIVE_BY_INPUT, true);
    ShufflePlan.plan(spark, 4L << 20); // a night of a few thousand postings
    assertFalse(adaptive());
    ShufflePlan.plan(spark, ShufflePlan.SMALL_INPUT_BYTES); // a full refresh
    assertTrue(adaptive());
    ShufflePlan.plan(spark, 0); // a night with nothing new
    assertFalse(adaptive());
  }

  @Test
  void aSmallNightShufflesIntoOnePartitionAFullRefreshIntoTheSessionsOwn() {
    // as Sessions.create leaves it on three cores
    spark.conf().set(ShufflePlan.PARTITIONS_BY_INPUT, 6);
    ShufflePlan.plan(spark, 4L << 20);
    assertEquals("1", partitions());
    ShufflePlan.plan(spark, ShufflePlan.SMALL_INPUT_BYTES);
    assertEquals("6", partitions());
  }

  @Test
  void aSmallNightIsInterpretedAFullRefreshCompiled() {
    // as Sessions.create leaves it on one machine
    spark.conf().set(ShufflePlan.CODEGEN_BY_INPUT, true);
    ShufflePlan.plan(spark, 4L << 20);
    assertEquals("false", spark.conf().get(ShufflePlan.WHOLE_STAGE_CODEGEN));
    assertEquals("NO_CODEGEN", spark.conf().get(ShufflePlan.CODEGEN_FACTORY_MODE));
    // The same rows either way: a join, an aggregate and a sort, as the reports run them.
    String query =
        "SELECT k, count(*) AS n, max(v) AS top FROM (SELECT id % 7 AS k, id * 3 AS v FROM range(1000)) "
            + "JOIN (SELECT id AS k2 FROM range(5)) ON k = k2 GROUP BY k ORDER BY k";
    List<String> interpreted = spark.sql(query).toJSON().collectAsList();
    ShufflePlan.plan(spark, ShufflePlan.SMALL_INPUT_BYTES);
    assertEquals("true", spark.conf().get(ShufflePlan.WHOLE_STAGE_CODEGEN));
    assertEquals("FALLBACK", spark.conf().get(ShufflePlan.CODEGEN_FACTORY_MODE));
    assertEquals(interpreted, spark.sql(query).toJSON().collectAsList());
    assertEquals(5, interpreted.size());
  }

  @Test
  void theUsersOwnSettingIsKept() {
    for (String marker :
        new String[] {
          ShufflePlan.ADAPTIVE_BY_INPUT,
          ShufflePlan.PARTITIONS_BY_INPUT,
          ShufflePlan.CODEGEN_BY_INPUT
        }) {
      spark.conf().unset(marker);
    }
    spark.conf().set("spark.sql.adaptive.enabled", true);
    spark.conf().set("spark.sql.shuffle.partitions", 7);
    spark.conf().set(ShufflePlan.WHOLE_STAGE_CODEGEN, true);
    spark.conf().set(ShufflePlan.CODEGEN_FACTORY_MODE, "FALLBACK");
    ShufflePlan.plan(spark, 1); // no markers: the user (here the test) set them
    assertTrue(adaptive());
    assertEquals("7", partitions());
    assertEquals("true", spark.conf().get(ShufflePlan.WHOLE_STAGE_CODEGEN));
    assertEquals("FALLBACK", spark.conf().get(ShufflePlan.CODEGEN_FACTORY_MODE));
  }
}
