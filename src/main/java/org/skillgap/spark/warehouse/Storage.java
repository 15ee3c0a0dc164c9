package org.skillgap.spark.warehouse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import org.apache.commons.codec.binary.Hex;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileChecksum;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.config.Locations;

/**
 * File operations through Hadoop's FileSystem API, so local folders, hdfs:// and s3a:// paths
 * behave alike. What a run commits never depends on renaming a folder (VersionedFolders); only the
 * run lock needs create-if-absent, which object stores do not give (RunLock).
 */
public final class Storage {

  private final Configuration conf;

  public Storage(SparkSession spark) {
    this.conf = spark.sparkContext().hadoopConfiguration();
  }

  private FileSystem fs(String path) throws IOException {
    return new Path(path).getFileSystem(conf);
  }

  public boolean exists(String path) {
    try {
      return fs(path).exists(new Path(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String path) {
    try {
      fs(path).delete(new Path(path), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renames src to dst; dst's parent is created first. */
  public void rename(String src, String dst) {
    try {
      FileSystem fs = fs(src);
      fs.mkdirs(new Path(dst).getParent());
      if (!fs.rename(new Path(src), new Path(dst))) {
        throw new IOException("rename " + src + " -> " + dst + " returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void writeText(String path, String text) {
    try {
      FileSystem fs = fs(path);
      try (OutputStream out = fs.create(new Path(path), true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String readText(String path) {
    return new String(readBytes(path), StandardCharsets.UTF_8);
  }

  /** The file's text, or null when there is no such file: one request, not a check and a read. */
  public String readTextIfPresent(String path) {
    try (var in = fs(path).open(new Path(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (FileNotFoundException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] readBytes(String path) {
    try (var in = fs(path).open(new Path(path))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces a small text file atomically. On an object store a file is written whole by one PUT
   * when its stream closes, so it is written in place; elsewhere it is written beside its target,
   * then renamed over it (FileContext's overwriting rename is atomic on HDFS and local file
   * systems).
   */
  public void replaceText(String path, String text) {
    if (Locations.isObjectStore(path)) {
      writeText(path, text);
      return;
    }
    String tmp = path + ".tmp-" + UUID.randomUUID();
    writeText(tmp, text);
    replace(tmp, path);
  }

  /**
   * Renames a file over another in one step; the target may be absent. A reader sees the old file
   * or the new one, never neither. Hadoop's overwriting rename is atomic on HDFS but on the local
   * file system deletes the target and then renames, so there the file is moved with the operating
   * system's atomic rename, and the checksum files Hadoop keeps beside local files are dropped (a
   * stale one would fail the next read; without one the file is read unchecked, as any local file
   * is).
   */
  public void replace(String src, String dst) {
    try {
      Path target = new Path(dst);
      if (fs(dst) instanceof LocalFileSystem local) {
        Path source = new Path(src);
        local.getRawFileSystem().delete(local.getChecksumFile(target), false);
        Files.move(
            local.pathToFile(source).toPath(),
            local.pathToFile(target).toPath(),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
        local.getRawFileSystem().delete(local.getChecksumFile(source), false);
        return;
      }
      FileContext fc = FileContext.getFileContext(target.toUri(), conf);
      fc.rename(new Path(src), target, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of the entries directly under a folder; empty when it does not exist. */
  public List<String> list(String folder) {
    List<String> out = new ArrayList<>();
    try {
      FileSystem fs = fs(folder);
      Path p = new Path(folder);
      if (fs.exists(p)) {
        for (FileStatus st : fs.listStatus(p)) {
          out.add(st.getPath().getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every file under a folder, at any depth, as full paths; empty when it does not exist. */
  public List<String> files(String folder) {
    List<String> out = new ArrayList<>();
    try {
      FileSystem fs = fs(folder);
      Path root = new Path(folder);
      if (fs.exists(root)) {
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        while (files.hasNext()) {
          out.add(files.next().getPath().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The Parquet files under a folder (its partition folders included), skipping those whose name,
   * or a folder's between them and the folder, starts with '_' or '.', as Spark's reader does.
   */
  public List<String> parquetFiles(String folder) {
    Path root;
    try {
      root = fs(folder).makeQualified(new Path(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files(folder).stream()
        .map(Path::new)
        .filter(file -> file.getName().endsWith(".parquet") && !hidden(file, root))
        .map(Path::toString)
        .toList();
  }

  /**
   * Rows in the Parquet files under a folder (those {@link #parquetFiles} lists), from the files'
   * footers: a few reads on the driver instead of a Spark query.
   */
  public long parquetRows(String folder) {
    long rows = 0;
    for (String file : parquetFiles(folder)) {
      try (ParquetFileReader reader =
          ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
        rows += reader.getRecordCount();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  /** Whether a file, or a folder between it and root, is named like a marker or a pending write. */
  private static boolean hidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  public FileStatus status(String path) {
    try {
      return fs(path).getFileStatus(new Path(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a secret readable by its owner alone (file 0600 in a folder 0700, where the file system
   * has permissions), only if the file does not exist yet; false when it already does.
   */
  public boolean createPrivate(String path, String text) {
    try {
      Path file = new Path(path);
      FileSystem fs = fs(path);
      FsPermission ownerOnly = new FsPermission((short) 0700);
      fs.mkdirs(file.getParent(), ownerOnly);
      fs.setPermission(file.getParent(), ownerOnly);
      // Created with owner-only permissions (not chmod-ed after), so the key is never readable by
      // others.
      FileSystem target = fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
      try (OutputStream out =
          target.create(
              file,
              new FsPermission((short) 0600),
              false,
              4096,
              fs.getDefaultReplication(file),
              fs.getDefaultBlockSize(file),
              null)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      target.setPermission(file, new FsPermission((short) 0600));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (exists(path)) {
        return false;
      }
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the file only if it does not exist; false when it already does. Atomic: on the local
   * file system with O_EXCL (Hadoop's create-if-absent there checks, then opens), elsewhere with
   * the file system's own create-if-absent (the NameNode's on HDFS).
   */
  public boolean createExclusive(String path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      FileSystem fs = fs(path);
      if (fs instanceof LocalFileSystem local) {
        java.nio.file.Path file = local.pathToFile(new Path(path)).toPath();
        Files.createDirectories(file.getParent());
        try {
          Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
          return false;
        }
      }
      try (OutputStream out = fs.create(new Path(path), false)) {
        out.write(bytes);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (exists(path)) {
        return false; // some file systems report the clash as a plain IOException
      }
      throw new UncheckedIOException(e);
    }
  }

  public void mkdirs(String path) {
    try {
      fs(path).mkdirs(new Path(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void touch(String path) {
    try {
      fs(path).setTimes(new Path(path), System.currentTimeMillis(), -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A checksum of the file: the file system's own when it keeps one (HDFS), else CRC32 of the
   * bytes.
   */
  public String checksum(String path) {
    try {
      FileSystem fs = fs(path);
      FileChecksum c = fs.getFileChecksum(new Path(path));
      if (c != null) {
        return c.getAlgorithmName() + ":" + Hex.encodeHexString(c.getBytes());
      }
      CRC32 crc = new CRC32();
      try (var in = fs.open(new Path(path))) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
          crc.update(buf, 0, n);
        }
      }
      return "crc32:" + Long.toHexString(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Joins a base path and a child without doubling slashes. */
  public static String join(String base, String... children) {
    StringBuilder sb =
        new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    for (String c : children) {
      sb.append('/').append(c);
    }
    return sb.toString();
  }
}
