package org.skillgap.spark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The driver-side helper every concurrent report and write goes through: order, failures, waiting.
 * No Spark.
 */
class ConcurrentlyTest {

  @Test
  void mapKeepsTheItemsOrderAndRunsThemSideBySide() throws Exception {
    // Every item waits until THREADS of them have started: one at a time, this would never finish.
    CountDownLatch started = new CountDownLatch(Concurrently.THREADS);
    Set<Long> threads = ConcurrentHashMap.newKeySet();
    List<Integer> out =
        Concurrently.map(
            IntStream.range(0, 12).boxed().toList(),
            i -> {
              started.countDown();
              threads.add(Thread.currentThread().getId());
              try {
                assertTrue(started.await(30, TimeUnit.SECONDS), "items ran one at a time");
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return i * i;
            });
    assertEquals(IntStream.range(0, 12).map(i -> i * i).boxed().toList(), out);
    assertEquals(Concurrently.THREADS, threads.size());
  }

  @Test
  void mapThrowsTheFirstFailureAsItWasAndStartsNothingAfterIt() {
    IllegalArgumentException boom = new IllegalArgumentException("bad report");
    Set<Integer> ran = ConcurrentHashMap.newKeySet();
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Concurrently.map(
                    IntStream.range(0, 200).boxed().toList(),
                    i -> {
                      ran.add(i);
                      if (i == 0) {
                        throw boom;
                      }
                      sleep(5);
                      return i;
                    }));
    assertSame(boom, thrown);
    assertTrue(ran.size() < 200, "items after the failure were still started: " + ran.size());
  }

  @Test
  void startedWorkReturnsItsValueOrItsFailure() {
    assertEquals("medians", Concurrently.start(() -> "medians").join());
    IllegalStateException boom = new IllegalStateException("disk full");
    Concurrently.Task<String> failing =
        Concurrently.start(
            () -> {
              throw boom;
            });
    assertSame(boom, assertThrows(IllegalStateException.class, failing::join));
  }

  @Test
  void awaitWaitsForTheWorkWhateverItsOutcome() {
    AtomicBoolean finished = new AtomicBoolean();
    Concurrently.Task<Void> slow =
        Concurrently.start(
            () -> {
              sleep(200);
              finished.set(true);
              throw new IllegalStateException("fails after its write");
            });
    slow.await();
    assertTrue(finished.get(), "await returned before the work ended");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
