package org.skillgap.spark.warehouse;

import static org.junit.jupiter.api.Assertions.*;

import java.io.FileNotFoundException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local file system without child processes keeps Hadoop's behaviour: permissions set, read and
 * listed.
 */
class PosixLocalFileSystemTest {

  @TempDir Path tmp;

  private static FileSystem fs() throws Exception {
    FileSystem fs = new PosixLocalFileSystem();
    fs.initialize(URI.create("file:///"), new Configuration());
    return fs;
  }

  private static org.apache.hadoop.fs.Path path(Path p) {
    return new org.apache.hadoop.fs.Path(p.toUri());
  }

  @Test
  void everyModeBitRoundTrips() {
    for (int mode = 0; mode < 01000; mode++) {
      FsPermission p = new FsPermission((short) mode);
      assertEquals(
          p,
          PosixLocalFileSystem.toFsPermission(PosixLocalFileSystem.toPosix(p)),
          Integer.toOctalString(mode));
    }
    assertEquals(
        "rw-r-----",
        PosixFilePermissions.toString(
            PosixLocalFileSystem.toPosix(new FsPermission((short) 0640))));
  }

  @Test
  void permissionsAreSetOnTheFileAndReadBackByStatusAndListing() throws Exception {
    FileSystem fs = fs();
    org.apache.hadoop.fs.Path dir = path(tmp.resolve("a/b"));
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir, "key");
    try (OutputStream out =
        fs.create(file, new FsPermission((short) 0600), true, 4096, (short) 1, 1 << 20, null)) {
      out.write(42);
    }
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/b/key"))));
    fs.setPermission(file, new FsPermission((short) 0640));
    assertEquals(
        "rw-r-----",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/b/key"))));

    FileStatus status = fs.getFileStatus(file);
    assertEquals(new FsPermission((short) 0640), status.getPermission());
    assertEquals(1, status.getLen());
    assertFalse(status.isDirectory());
    assertEquals(Files.getOwner(tmp.resolve("a/b/key")).getName(), status.getOwner());

    FileStatus[] listed = fs.listStatus(dir);
    assertTrue(
        Arrays.stream(listed)
            .anyMatch(
                s ->
                    s.getPath().getName().equals("key")
                        && s.getPermission().equals(new FsPermission((short) 0640))),
        Arrays.toString(listed));
    // The checksum file Hadoop writes beside it is written and, as before, hidden from listings.
    assertTrue(Files.exists(tmp.resolve("a/b/.key.crc")));
    assertEquals(1, listed.length, Arrays.toString(listed));
    assertTrue(fs.getFileStatus(dir).isDirectory());
  }

  @Test
  void aMissingFileIsNotFound() throws Exception {
    FileSystem fs = fs();
    org.apache.hadoop.fs.Path missing = path(tmp.resolve("missing"));
    assertThrows(FileNotFoundException.class, () -> fs.getFileStatus(missing));
    assertThrows(
        FileNotFoundException.class,
        () -> fs.setPermission(missing, new FsPermission((short) 0644)));
    assertFalse(fs.exists(missing));
  }
}
