package org.skillgap.spark.warehouse;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Folders replaced whole by switching a pointer, never by moving folders. A folder's content lives
 * in a version of its own, {@code <dir>/_v-<id>/}, written complete before anything names it; the
 * small file {@code <dir>/_CURRENT} names the version readers see. Writing that file is the commit:
 * on local disks and HDFS it is renamed into place, on an object store it is one PUT, and each is
 * atomic, so a reader finds the old version or the new one, never half of one, and nothing is
 * copied. A run killed before the commit leaves a version nothing names, which the folder's next
 * replacement (or {@link #dropUnreferenced}) removes; the superseded version is removed after the
 * commit.
 *
 * <p>Folders written by earlier versions of skillgap (content directly inside, with a {@value
 * #LEGACY_MARKER} marker) are read as they are until they are next replaced.
 */
public final class VersionedFolders {
  private VersionedFolders() {}

  /** The pointer file: the id of the version readers see. */
  public static final String CURRENT = "_CURRENT";

  private static final String VERSION_PREFIX = "_v-";

  /** The marker of a folder written in place by earlier versions, holding its commit id. */
  private static final String LEGACY_MARKER = "_COMMITTED";

  /** A version being written: its id, and the folder to write it in. */
  public record Version(String id, String path) {}

  /** A new, empty version of {@code dir}: nothing reads it until {@link #commit}. */
  public static Version newVersion(String dir) {
    String id = UUID.randomUUID().toString();
    return new Version(id, Storage.join(dir, VERSION_PREFIX + id));
  }

  /**
   * Makes a written version the one readers see: one small file written, atomically. What it
   * supersedes stays until {@link #dropUnreferenced}.
   */
  public static void commit(Storage storage, String dir, Version version) {
    storage.replaceText(Storage.join(dir, CURRENT), version.id() + "\n");
  }

  /**
   * Replaces a folder's content as a whole: {@code write} fills a new version, which is then
   * committed and what it superseded dropped (see the class comment for why each step is safe to
   * kill).
   */
  public static void replace(Storage storage, String dir, Consumer<String> write) {
    Version version = newVersion(dir);
    write.accept(version.path());
    KillPoints.reached("replace:written", dir);
    commit(storage, dir, version);
    KillPoints.reached("replace:committed", dir);
    dropUnreferenced(storage, dir);
    KillPoints.reached("replace:old-dropped", dir);
  }

  /**
   * Where a folder's committed content is: its current version, the folder itself when an earlier
   * version of skillgap wrote it in place, empty when nothing was ever committed there.
   */
  public static Optional<String> current(Storage storage, String dir) {
    String id = storage.readTextIfPresent(Storage.join(dir, CURRENT));
    if (id != null) {
      return Optional.of(Storage.join(dir, VERSION_PREFIX + id.trim()));
    }
    return storage.exists(Storage.join(dir, LEGACY_MARKER)) ? Optional.of(dir) : Optional.empty();
  }

  /** {@link #current}, for a folder that must have been committed. */
  public static String currentOrFail(Storage storage, String dir) {
    return current(storage, dir)
        .orElseThrow(() -> new IllegalStateException("no committed version of " + dir));
  }

  /**
   * The id of the folder's committed version, new with every replacement; {@code "uncommitted"}
   * when it has none.
   */
  public static String commitId(Storage storage, String dir) {
    String id = storage.readTextIfPresent(Storage.join(dir, CURRENT));
    if (id == null) {
      id = storage.readTextIfPresent(Storage.join(dir, LEGACY_MARKER));
    }
    return id == null ? "uncommitted" : id.trim();
  }

  public static boolean isCommitted(Storage storage, String dir) {
    return storage.exists(Storage.join(dir, CURRENT))
        || storage.exists(Storage.join(dir, LEGACY_MARKER));
  }

  /**
   * Removes what the folder's pointer does not name: superseded versions, versions killed runs left
   * (all of them when it was never committed), and content written in place before the pointer. One
   * listing.
   */
  public static void dropUnreferenced(Storage storage, String dir) {
    String id = storage.readTextIfPresent(Storage.join(dir, CURRENT));
    if (id != null) {
      dropAllBut(storage, dir, id.trim());
      return;
    }
    for (String entry : storage.list(dir)) {
      if (entry.startsWith(VERSION_PREFIX)) {
        storage.delete(Storage.join(dir, entry));
      }
    }
  }

  /**
   * {@link #dropUnreferenced} for every versioned folder under {@code root}, at any depth, that
   * holds more than one version or a version without a pointer. Found in one recursive listing (a
   * few requests on an object store, however many folders), so that only the folders killed runs
   * left untidy cost a request more.
   */
  public static void dropUnreferencedUnder(Storage storage, String root) {
    Map<String, Set<String>> versions = new TreeMap<>();
    Set<String> pointed = new HashSet<>();
    for (String file : storage.files(root)) {
      String folder = file.substring(0, file.lastIndexOf('/'));
      if (file.endsWith("/" + CURRENT)) {
        pointed.add(folder);
      }
      for (String p = folder; p.contains("/"); p = p.substring(0, p.lastIndexOf('/'))) {
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (name.startsWith(VERSION_PREFIX)) {
          versions
              .computeIfAbsent(p.substring(0, p.lastIndexOf('/')), k -> new TreeSet<>())
              .add(name);
        }
      }
    }
    // Outermost first: dropping a superseded warehouse takes every folder inside it along.
    for (Map.Entry<String, Set<String>> e : versions.entrySet()) {
      if ((e.getValue().size() > 1 || !pointed.contains(e.getKey()))
          && storage.exists(e.getKey())) {
        dropUnreferenced(storage, e.getKey());
      }
    }
  }

  /**
   * Deletes a folder: its pointer first, so that a kill part way (an object store deletes file by
   * file) leaves an uncommitted folder, never a pointer to half a version.
   */
  public static void drop(Storage storage, String dir) {
    storage.delete(Storage.join(dir, CURRENT));
    storage.delete(dir);
  }

  /** Deletes everything in the folder but its pointer and the version it names. */
  private static void dropAllBut(Storage storage, String dir, String id) {
    String kept = VERSION_PREFIX + id;
    for (String entry : storage.list(dir)) {
      if (!entry.equals(CURRENT) && !entry.equals(kept)) {
        storage.delete(Storage.join(dir, entry));
      }
    }
  }
}
