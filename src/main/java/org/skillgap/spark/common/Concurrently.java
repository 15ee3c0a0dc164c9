package org.skillgap.spark.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Independent Spark actions submitted from a few driver threads at once. A night's reports and
 * dashboard figures are many small jobs over small tables: one at a time, most of their time is the
 * driver planning and scheduling while the executors wait. Spark runs jobs from several threads
 * side by side.
 */
public final class Concurrently {
  private Concurrently() {}

  /**
   * Threads per call: enough to keep two to eight cores busy with small jobs, few enough to stay
   * readable.
   */
  static final int THREADS = 4;

  /**
   * {@code fn} of every item, in the items' order. When one fails, the others not yet started are
   * not started, the running ones finish (so nothing of this call writes after it returns), and the
   * first failure is thrown as it was.
   */
  public static <T, R> List<R> map(List<T> items, Function<T, R> fn) {
    if (items.size() <= 1) {
      return items.stream().map(fn).toList();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(THREADS, items.size()),
            r -> {
              Thread t = new Thread(r, "skillgap-concurrent");
              t.setDaemon(true);
              return t;
            });
    List<Future<R>> futures = new ArrayList<>();
    items.forEach(item -> futures.add(pool.submit(() -> fn.apply(item))));
    pool.shutdown();
    List<R> out = new ArrayList<>();
    RuntimeException failure = null;
    for (Future<R> f : futures) {
      try {
        out.add(f.get());
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = unwrap(e.getCause());
          futures.forEach(other -> other.cancel(false));
        }
      } catch (CancellationException e) {
        // not started after an earlier failure
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for concurrent Spark jobs", e);
      }
    }
    try {
      pool.awaitTermination(1, TimeUnit.DAYS); // the running ones, after a failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
    return out;
  }

  /**
   * Starts {@code work} on its own driver thread: for a few independent steps of different kinds,
   * where {@link #map} wants one function over a list.
   */
  public static <T> Task<T> start(Supplier<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread t = new Thread(task, "skillgap-concurrent");
    t.setDaemon(true);
    t.start();
    return new Task<>(task);
  }

  /** Work started by {@link #start}. */
  public static final class Task<T> {
    private final Future<T> future;

    private Task(Future<T> future) {
      this.future = future;
    }

    /** Waits for the work and returns its result, or throws its failure as it was. */
    public T join() {
      try {
        return future.get();
      } catch (ExecutionException e) {
        throw unwrap(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a concurrent Spark job", e);
      }
    }

    /**
     * Waits for the work, whatever its outcome: after a failure elsewhere, so nothing writes after
     * the caller gives up.
     */
    public void await() {
      try {
        future.get();
      } catch (ExecutionException | CancellationException e) {
        // its failure is not the one being reported
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
