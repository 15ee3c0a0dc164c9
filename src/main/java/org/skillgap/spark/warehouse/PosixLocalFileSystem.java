package org.skillgap.spark.warehouse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file://}) with permissions read and set through java.nio
 * instead of a child process. Without Hadoop's native library (the usual case for an embedded
 * {@code local[*]} run), {@link RawLocalFileSystem} runs {@code chmod} for every file and folder it
 * creates and {@code ls -ld} for every file whose permission a listing reads: measured, 5,209 child
 * processes in one four-minute test of seven small nights, about 750 per run. Everything else
 * (checksums, rename, delete) is Hadoop's own.
 *
 * <p>Set as {@code fs.file.impl} by {@link Sessions} for local runs only; a cluster keeps its own
 * setting. Where the platform has no POSIX attributes (Windows), Hadoop's own code runs unchanged.
 * The sticky bit is not set through java.nio; no path this pipeline writes uses it.
 */
public final class PosixLocalFileSystem extends LocalFileSystem {

  public PosixLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) layer, where Hadoop forks. */
  static final class Raw extends RawLocalFileSystem {
    private static final boolean POSIX =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (!POSIX) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), toPosix(permission));
      } catch (NoSuchFileException e) {
        throw new FileNotFoundException("File " + p + " does not exist");
      }
    }

    @Override
    public FileStatus getFileStatus(Path p) throws IOException {
      FileStatus status = super.getFileStatus(p);
      if (!POSIX) {
        return status;
      }
      FileStatus withPermissions = withPosixAttributes(status);
      if (withPermissions == null) {
        throw new FileNotFoundException("File " + p + " does not exist");
      }
      return withPermissions;
    }

    @Override
    public FileStatus[] listStatus(Path p) throws IOException {
      FileStatus[] listed = super.listStatus(p);
      if (!POSIX) {
        return listed;
      }
      List<FileStatus> out = new ArrayList<>(listed.length);
      for (FileStatus status : listed) {
        FileStatus withPermissions = withPosixAttributes(status);
        if (withPermissions != null) { // gone since the listing, as Hadoop's own listing skips it
          out.add(withPermissions);
        }
      }
      return out.toArray(FileStatus[]::new);
    }

    /**
     * The status with owner, group and permission read by one stat call; Hadoop's own status reads
     * them on first use by running {@code ls -ld}. Null when the file is gone.
     */
    private FileStatus withPosixAttributes(FileStatus s) throws IOException {
      if (s.isSymlink()) {
        return s;
      }
      PosixFileAttributes a;
      try {
        a =
            Files.readAttributes(
                pathToFile(s.getPath()).toPath(),
                PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return null;
      }
      return new FileStatus(
          s.getLen(),
          s.isDirectory(),
          s.getReplication(),
          s.getBlockSize(),
          s.getModificationTime(),
          s.getAccessTime(),
          toFsPermission(a.permissions()),
          a.owner().getName(),
          a.group().getName(),
          s.getPath());
    }
  }

  /**
   * The permission of each mode bit, lowest first: PosixFilePermission lists owner read first, and
   * the mode's lowest bit is others' execute.
   */
  private static final PosixFilePermission[] BY_BIT = reversed(PosixFilePermission.values());

  static Set<PosixFilePermission> toPosix(FsPermission permission) {
    short mode = permission.toShort();
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BY_BIT.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        out.add(BY_BIT[bit]);
      }
    }
    return out;
  }

  static FsPermission toFsPermission(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (int bit = 0; bit < BY_BIT.length; bit++) {
      if (permissions.contains(BY_BIT[bit])) {
        mode |= 1 << bit;
      }
    }
    return new FsPermission((short) mode);
  }

  private static PosixFilePermission[] reversed(PosixFilePermission[] values) {
    PosixFilePermission[] out = new PosixFilePermission[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[values.length - 1 - i];
    }
    return out;
  }
}
