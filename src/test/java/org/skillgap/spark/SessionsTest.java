package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private final SparkSession spark = SharedSpark.get();
  private final String adaptiveBefore = spark.conf().get("spark.sql.adaptive.enabled");
  private final String partitionsBefore = spark.conf().get("spark.sql.shuffle.partitions");

  @AfterEach
  void restore() {
    spark.conf().set("spark.sql.adaptive.enabled", adaptiveBefore);
    spark.conf().set("spark.sql.shuffle.partitions", partitionsBefore);
    spark.conf().unset(Sessions.ADAPTIVE_BY_INPUT);
    spark.conf().unset(Sessions.PARTITIONS_BY_INPUT);
  }

  private String partitions() {
    return spark.conf().get("spark.sql.shuffle.partitions");
  }

  private boolean adaptive() {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.adaptive.enabled"));
  }

  @Test
  void aSmallNightPlansStaticallyAFullRefreshAdaptively() {
    spark.conf().set(Sessions.ADAPTIVE_BY_INPUT, true); // as Sessions.create leaves it when the user set nothing
    Sessions.planShuffles(spark, 4L << 20); // a night of a few thousand postings
    assertFalse(adaptive());
    Sessions.planShuffles(spark, Sessions.SMALL_INPUT_BYTES); // a full refresh
    assertTrue(adaptive());
    Sessions.planShuffles(spark, 0); // a night with nothing new
    assertFalse(adaptive());
  }

  @Test
  void aSmallNightShufflesIntoOnePartitionAFullRefreshIntoTheSessionsOwn() {
    spark.conf().set(Sessions.PARTITIONS_BY_INPUT, 6); // as Sessions.create leaves it on three cores
    Sessions.planShuffles(spark, 4L << 20);
    assertEquals("1", partitions());
    Sessions.planShuffles(spark, Sessions.SMALL_INPUT_BYTES);
    assertEquals("6", partitions());
  }

  @Test
  void theUsersOwnSettingIsKept() {
    spark.conf().set("spark.sql.adaptive.enabled", true);
    spark.conf().set("spark.sql.shuffle.partitions", 7);
    Sessions.planShuffles(spark, 1); // no ADAPTIVE_BY_INPUT, no PARTITIONS_BY_INPUT: the user (here the test) set them
    assertTrue(adaptive());
    assertEquals("7", partitions());
  }
}
