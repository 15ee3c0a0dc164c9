package org.skillgap.spark;

import java.net.InetAddress;
import java.time.Instant;
import org.skillgap.core.error.Errors;

/**
 * One run at a time per output folder: a lock file created exclusively on the warehouse's file system,
 * naming its holder. The holder touches it every 30 seconds; a lock untouched for longer than the stale
 * limit belongs to a crashed run and is taken over, so a crash never blocks the next night for good.
 */
public final class RunLock implements AutoCloseable {

  private static final long HEARTBEAT_MS = 30_000;

  private final Storage storage;
  private final String path;
  private final Thread heartbeat;

  private RunLock(Storage storage, String path) {
    this.storage = storage;
    this.path = path;
    this.heartbeat = new Thread(this::beat, "skillgap-lock-heartbeat");
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  public static RunLock acquire(Storage storage, String path, String runDescription, long staleAfterMs) {
    String holder = String.format("run %s, host %s, pid %d, started %s%n", runDescription, host(),
        ProcessHandle.current().pid(), Instant.now());
    if (storage.createExclusive(path, holder)) {
      return new RunLock(storage, path);
    }
    long age = System.currentTimeMillis() - storage.status(path).getModificationTime();
    String current = storage.readText(path).trim();
    if (age <= staleAfterMs) {
      throw Errors.runInProgress(path, current, age / 1000);
    }
    System.err.println("[skillgap] taking over a stale lock (untouched for " + age / 1000 + " s): " + current);
    storage.delete(path);
    if (!storage.createExclusive(path, holder)) {
      throw Errors.runInProgress(path, storage.readText(path).trim(), 0);
    }
    return new RunLock(storage, path);
  }

  private void beat() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(HEARTBEAT_MS);
        storage.touch(path);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      System.err.println("[skillgap] could not refresh the run lock " + path + ": " + e);
    }
  }

  @Override
  public void close() {
    heartbeat.interrupt();
    storage.delete(path);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
