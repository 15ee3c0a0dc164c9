package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.warehouse.PosixLocalFileSystem;

/** The session's own settings; its per-run shuffle planning is ShufflePlanTest's. */
class SessionsTest {

  @Test
  void pagesAreSmallUnlessTheUserChoseTheirSize() {
    SharedSpark.get();
    SparkConf unset = new SparkConf(false);
    Sessions.limitPageSize(unset);
    assertEquals("4m", unset.get(Sessions.PAGE_SIZE));
    SparkConf chosen = new SparkConf(false).set(Sessions.PAGE_SIZE, "32m");
    Sessions.limitPageSize(chosen);
    assertEquals("32m", chosen.get(Sessions.PAGE_SIZE));
    // The shared session runs with the size the jobs get: 4 MiB.
    assertEquals(4L << 20, SparkEnv.get().memoryManager().pageSizeBytes());
  }

  @Test
  void oneMachineWritesLocalFilesWithoutChildProcessesAClusterKeepsHadoops() {
    SparkConf local = new SparkConf(false).setMaster("local[*]");
    Sessions.chooseLocalFileSystem(local);
    assertEquals(PosixLocalFileSystem.class.getName(), local.get(Sessions.LOCAL_FILE_SYSTEM));
    SparkConf cluster = new SparkConf(false).setMaster("spark://master:7077");
    Sessions.chooseLocalFileSystem(cluster);
    assertFalse(cluster.contains(Sessions.LOCAL_FILE_SYSTEM));
    SparkConf own =
        new SparkConf(false)
            .setMaster("local[2]")
            .set(Sessions.LOCAL_FILE_SYSTEM, "org.apache.hadoop.fs.LocalFileSystem");
    Sessions.chooseLocalFileSystem(own);
    assertEquals("org.apache.hadoop.fs.LocalFileSystem", own.get(Sessions.LOCAL_FILE_SYSTEM));
  }
}
