package org.skillgap.spark.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;
import org.skillgap.core.console.Console;
import org.skillgap.core.error.Errors;

/**
 * One run at a time per output folder. The lock is a file created exclusively with an atomic
 * primitive of its file system (O_EXCL on local disk, the NameNode's create-if-absent on HDFS),
 * holding a random token and its holder. The holder touches it every 30 seconds, and keeps trying
 * after a failed touch. A lock untouched for longer than the stale limit belongs to a crashed run:
 * the one run that creates the takeover marker (exclusively, as the lock) checks it is still the
 * stale one and replaces it. The token is checked before every touch and before release, so a run
 * never refreshes or deletes another run's lock.
 */
public final class RunLock implements AutoCloseable {

  private static final long HEARTBEAT_MS = 30_000;

  private final Storage storage;
  private final String path;
  private final String content;
  private final Thread heartbeat;
  private final Runnable refresh;
  private volatile boolean lost;

  private RunLock(Storage storage, String path, String content, long heartbeatMs) {
    this.storage = storage;
    this.path = path;
    this.content = content;
    this.refresh = refreshHook != null ? refreshHook : () -> storage.touch(path);
    this.heartbeat = new Thread(() -> beat(heartbeatMs), "skillgap-lock-heartbeat");
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  /** Test hook: replaces the heartbeat's touch (to make it fail) for locks acquired while set. */
  static volatile Runnable refreshHook;

  public static RunLock acquire(
      Storage storage, String path, String runDescription, long staleAfterMs) {
    return acquire(storage, path, runDescription, staleAfterMs, HEARTBEAT_MS);
  }

  static RunLock acquire(
      Storage storage, String path, String runDescription, long staleAfterMs, long heartbeatMs) {
    String content =
        String.format(
            "token %s, run %s, host %s, pid %d, started %s%n",
            UUID.randomUUID(),
            runDescription,
            host(),
            ProcessHandle.current().pid(),
            Instant.now());
    if (storage.createExclusive(path, content)) {
      return new RunLock(storage, path, content, heartbeatMs);
    }
    String current;
    long age;
    try {
      current = storage.readText(path);
      age = System.currentTimeMillis() - storage.status(path).getModificationTime();
    } catch (UncheckedIOException gone) {
      // Released between our create and our read: the holder just finished. Try once more.
      if (storage.createExclusive(path, content)) {
        return new RunLock(storage, path, content, heartbeatMs);
      }
      throw Errors.runInProgress(path, "another run that started just now", 0);
    }
    if (age <= staleAfterMs) {
      throw Errors.runInProgress(path, current.trim(), age / 1000);
    }
    // Take over, one run at a time: whoever creates the takeover marker re-reads the lock, deletes
    // it only
    // if it is still the stale one read above, and creates its own. A run starting meanwhile may
    // win the
    // create instead; either way exactly one run holds the lock.
    String takeover = path + ".takeover";
    if (!storage.createExclusive(takeover, content)) {
      try {
        if (System.currentTimeMillis() - storage.status(takeover).getModificationTime()
            > staleAfterMs) {
          storage.delete(
              takeover); // left by a run that crashed while taking over; the next try proceeds
        }
      } catch (UncheckedIOException finished) {
        // the other run has just finished its takeover
      }
      throw Errors.runInProgress(path, "another run taking over the same stale lock", 0);
    }
    try {
      if (storage.exists(path)
          && storage.readText(path).equals(current)
          && System.currentTimeMillis() - storage.status(path).getModificationTime()
              > staleAfterMs) {
        storage.delete(path);
        Console.get()
            .notice(
                "took over a stale lock (untouched for " + age / 1000 + " s): " + current.trim());
      }
      if (!storage.createExclusive(path, content)) {
        throw Errors.runInProgress(path, storage.readText(path).trim(), 0);
      }
      return new RunLock(storage, path, content, heartbeatMs);
    } finally {
      storage.delete(takeover);
    }
  }

  /** Whether the lock file still holds this run's token. */
  boolean held() {
    try {
      return storage.readText(path).equals(content);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void beat(long heartbeatMs) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(heartbeatMs);
      } catch (InterruptedException e) {
        return;
      }
      try {
        if (!held()) {
          if (!lost) {
            Console.get()
                .notice(
                    "the run lock "
                        + path
                        + " no longer holds this run's token: another "
                        + "run took it over (was this run paused longer than run.lock-stale-minutes?)");
          }
          lost = true;
          continue;
        }
        refresh.run();
      } catch (RuntimeException e) {
        // A failed touch (a file system hiccup) must not end the heartbeat: the next beat tries
        // again.
        Console.get().notice("could not refresh the run lock " + path + " (will retry): " + e);
      }
    }
  }

  @Override
  public void close() {
    heartbeat.interrupt();
    try {
      heartbeat.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (held()) {
      storage.delete(path);
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
