package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.ingest.FileLimits;

/**
 * Unpacks .zip inputs (Hadoop reads .gz and .bz2 itself, but has no codec for zip archives) and
 * remembers which archive each unpacked file came from: its records keep the archive as their
 * source file.
 */
final class ZipInputs {
  private final Configuration hadoop;
  private final String unpackTo;

  /** Unpacked file name to the archive it came from. */
  private final Map<String, String> archiveOf = new LinkedHashMap<>();

  /**
   * @param unpackTo folder where the data files of .zip inputs are unpacked; null where zips are
   *     not expected
   */
  ZipInputs(SparkSession spark, String unpackTo) {
    this.hadoop = spark.sparkContext().hadoopConfiguration();
    this.unpackTo = unpackTo;
  }

  /** The files, with every .zip archive replaced by the data files it holds, unpacked. */
  List<String> unpack(List<String> files) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      if (f.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        out.addAll(unpackArchive(f));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** The file as its records name it: the archive, for a file unpacked from one. */
  String origin(String file) {
    return archiveOf.getOrDefault(new Path(file).getName(), file);
  }

  /** The file a record came from: the archive, for a file unpacked from one. */
  Column sourceFile() {
    Column path = col("_metadata.file_path");
    Column out = path;
    for (Map.Entry<String, String> e : archiveOf.entrySet()) {
      out = when(path.endsWith("/" + e.getKey()), lit(e.getValue())).otherwise(out);
    }
    return out;
  }

  private List<String> unpackArchive(String f) {
    if (unpackTo == null) {
      throw new IllegalStateException("zip input " + f + " but no folder to unpack it to");
    }
    List<String> out = new ArrayList<>();
    Path archive = new Path(f);
    try {
      FileSystem in = archive.getFileSystem(hadoop);
      Path folder = new Path(unpackTo);
      FileSystem outFs = folder.getFileSystem(hadoop);
      try (ZipInputStream zip = new ZipInputStream(in.open(archive))) {
        ZipEntry e;
        int n = 0;
        while ((e = zip.getNextEntry()) != null) {
          String entry = e.getName().substring(e.getName().lastIndexOf('/') + 1);
          if (!isData(e, entry)) {
            continue;
          }
          // A unique, URI-safe name: Spark reports it in _metadata.file_path, and two archives
          // may hold entries of the same name.
          String name =
              String.format(
                  "%08x-%d-%s", f.hashCode(), n++, entry.replaceAll("[^A-Za-z0-9._-]", "_"));
          Path target = new Path(folder, name);
          try (OutputStream os = outFs.create(target, true)) {
            // Bounded: a zip bomb stops at the limit, and the truncated entry is then refused by
            // its size.
            zip.transferTo(new BoundedOutput(os, FileLimits.DEFAULT.maxBytes() + 1));
          }
          archiveOf.put(name, f);
          out.add(target.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + f, e);
    }
    return out;
  }

  /** A data file of a format ingest reads: not a folder, a hidden file or macOS's metadata. */
  private static boolean isData(ZipEntry e, String entry) {
    return !(e.isDirectory()
        || entry.startsWith(".")
        || entry.startsWith("_")
        || e.getName().startsWith("__MACOSX")
        || InputReader.formatOf(entry) == null);
  }

  /** Writes at most {@code limit} bytes, then drops the rest: unpacking never fills the disk. */
  private static final class BoundedOutput extends FilterOutputStream {
    private long left;

    BoundedOutput(OutputStream out, long limit) {
      super(out);
      this.left = limit;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int n = (int) Math.min(len, left);
      if (n > 0) {
        out.write(b, off, n);
        left -= n;
      }
    }

    @Override
    public void write(int b) throws IOException {
      if (left > 0) {
        out.write(b);
        left--;
      }
    }
  }
}
