package org.skillgap.spark.warehouse;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.spark.SharedSpark;

class RunLockTest {
  @TempDir Path tmp;
  private static final Storage storage = new Storage(SharedSpark.get());
  private static final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /**
   * Four runs start at the same instant; returns the locks they got and the exit codes of the
   * others.
   */
  private static List<Object> race(String path, long staleMs) throws Exception {
    CyclicBarrier start = new CyclicBarrier(4);
    List<Future<Object>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return RunLock.acquire(storage, path, "test", staleMs);
                } catch (SkillgapException e) {
                  return e.exitCode();
                }
              }));
    }
    List<Object> out = new ArrayList<>();
    for (Future<Object> f : runs) {
      out.add(f.get());
    }
    return out;
  }

  @Test
  void twoRunsStartedTogetherOneRunsAndTheOthersExit5() throws Exception {
    String path = tmp.resolve("out/_lock").toString();
    for (int round = 0; round < 30; round++) {
      List<Object> outcomes = race(path, 60_000);
      List<Object> locks = outcomes.stream().filter(o -> o instanceof RunLock).toList();
      assertEquals(1, locks.size(), "round " + round + ": " + outcomes);
      assertEquals(
          3,
          outcomes.stream().filter(o -> Integer.valueOf(5).equals(o)).count(),
          outcomes.toString());
      ((RunLock) locks.get(0)).close();
      assertFalse(Files.exists(Path.of(path)), "released");
    }
  }

  @Test
  void aStaleLockIsTakenOverByExactlyOneRun() throws Exception {
    Path lock = tmp.resolve("out/_lock");
    for (int round = 0; round < 20; round++) {
      Files.createDirectories(lock.getParent());
      Files.writeString(lock, "token crashed-run " + round + "\n");
      Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
      List<Object> outcomes = race(lock.toString(), 60_000);
      List<Object> locks = outcomes.stream().filter(o -> o instanceof RunLock).toList();
      assertEquals(1, locks.size(), "round " + round + ": " + outcomes);
      RunLock winner = (RunLock) locks.get(0);
      assertTrue(winner.held());
      winner.close();
      try (var left = Files.list(lock.getParent())) {
        assertEquals(List.of(), left.toList(), "no lock, no stale copy left");
      }
    }
  }

  @Test
  void aRunNeverReleasesOrRefreshesALockItNoLongerHolds() throws Exception {
    Path lock = tmp.resolve("_lock");
    RunLock mine = RunLock.acquire(storage, lock.toString(), "test", 60_000, 50);
    Files.writeString(lock, "token another-run\n");
    FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    Files.setLastModifiedTime(lock, before);
    Thread.sleep(300);
    assertEquals(before, Files.getLastModifiedTime(lock), "not refreshed");
    mine.close();
    assertEquals("token another-run\n", Files.readString(lock), "not deleted");
  }

  @Test
  void theHeartbeatKeepsTheLockFresh() throws Exception {
    Path lock = tmp.resolve("_lock");
    try (RunLock mine = RunLock.acquire(storage, lock.toString(), "test", 60_000, 50)) {
      Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
      Thread.sleep(300);
      assertTrue(System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis() < 5_000);
      assertTrue(mine.held());
    }
  }

  @Test
  void theHeartbeatKeepsBeatingAfterAFailedTouch() throws Exception {
    Path lock = tmp.resolve("_lock");
    int[] calls = {0};
    RunLock.refreshHook =
        () -> {
          if (++calls[0] <= 2) {
            throw new UncheckedIOException(new IOException("NameNode in safe mode (injected)"));
          }
          storage.touch(lock.toString());
        };
    try (RunLock mine = RunLock.acquire(storage, lock.toString(), "test", 60_000, 50)) {
      Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
      Thread.sleep(500);
      assertTrue(calls[0] > 3, "beats after the failures: " + calls[0]);
      assertTrue(
          System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis() < 5_000,
          "refreshed again");
    } finally {
      RunLock.refreshHook = null;
    }
  }
}
