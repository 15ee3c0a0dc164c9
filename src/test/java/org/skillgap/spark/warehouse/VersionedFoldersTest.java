package org.skillgap.spark.warehouse;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.spark.SharedSpark;

/** The pointer protocol of VersionedFolders, on plain files (KillEveryStepTest kills it). */
class VersionedFoldersTest {
  @TempDir Path tmp;
  private final Storage storage = new Storage(SharedSpark.get());

  private static void write(String folder, String text) {
    try {
      Path dir = Path.of(folder);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("part-0.txt"), text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String read(String dir) throws Exception {
    Optional<String> current = VersionedFolders.current(storage, dir);
    return current.isEmpty() ? null : Files.readString(Path.of(current.get(), "part-0.txt"));
  }

  private List<String> entries(String dir) {
    return List.copyOf(new TreeSet<>(storage.list(dir)));
  }

  @Test
  void aReplacementIsSeenWholeAndLeavesOneVersion() throws Exception {
    String dir = tmp.resolve("t/ingest_batch=2026-01-01").toString();
    assertNull(read(dir), "nothing committed yet");
    assertEquals("uncommitted", VersionedFolders.commitId(storage, dir));
    VersionedFolders.replace(storage, dir, path -> write(path, "first"));
    String firstId = VersionedFolders.commitId(storage, dir);
    VersionedFolders.replace(storage, dir, path -> write(path, "second"));
    assertEquals("second", read(dir));
    assertNotEquals(firstId, VersionedFolders.commitId(storage, dir), "a new id per replacement");
    assertEquals(2, entries(dir).size(), "the pointer and one version: " + entries(dir));
  }

  @Test
  void aVersionNoPointerNamesIsNotReadAndIsDroppedInOneSweep() throws Exception {
    String committed = tmp.resolve("w/postings/ingest_batch=2026-01-01").toString();
    String killedFirst = tmp.resolve("w/postings/ingest_batch=2026-01-02").toString();
    VersionedFolders.replace(storage, committed, path -> write(path, "kept"));
    // Two runs killed before their switch: one over a committed folder, one on a folder's first
    // write.
    write(VersionedFolders.newVersion(committed).path(), "killed re-run");
    write(VersionedFolders.newVersion(killedFirst).path(), "killed first");
    assertEquals("kept", read(committed));
    assertNull(read(killedFirst));
    assertFalse(VersionedFolders.isCommitted(storage, killedFirst));

    VersionedFolders.dropUnreferencedUnder(storage, tmp.resolve("w").toString());
    assertEquals("kept", read(committed));
    assertEquals(2, entries(committed).size(), entries(committed).toString());
    assertEquals(List.of(), entries(killedFirst));
  }

  @Test
  void aFolderWrittenInPlaceByAnEarlierVersionIsReadUntilReplaced() throws Exception {
    String dir = tmp.resolve("legacy").toString();
    write(dir, "in place");
    Files.writeString(Path.of(dir, "_COMMITTED"), "old-id\n");
    assertEquals("in place", read(dir));
    assertEquals("old-id", VersionedFolders.commitId(storage, dir));
    VersionedFolders.replace(storage, dir, path -> write(path, "versioned"));
    assertEquals("versioned", read(dir));
    assertEquals(2, entries(dir).size(), "the in-place files are gone: " + entries(dir));
  }

  @Test
  void aDroppedFolderLosesItsPointerFirst() throws Exception {
    String dir = tmp.resolve("dropped").toString();
    VersionedFolders.replace(storage, dir, path -> write(path, "x"));
    VersionedFolders.drop(storage, dir);
    assertFalse(storage.exists(dir));
    assertFalse(VersionedFolders.isCommitted(storage, dir));
  }
}
