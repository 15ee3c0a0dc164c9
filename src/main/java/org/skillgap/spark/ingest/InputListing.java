package org.skillgap.spark.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;

/** Lists the data files of an input folder, leaving out what no feed delivers. */
final class InputListing {
  private InputListing() {}

  /** An input file as the file system describes it. */
  record InputFile(String path, long size, long modified) {}

  /**
   * This pipeline's own outputs (warehouse batches, quarantine nights; report snapshots and run
   * summaries are runs/&lt;date&gt;/): an output folder copied into an input folder is not read
   * back as input.
   */
  private static final Pattern BATCH_FOLDER =
      Pattern.compile("(ingest_batch|run_date)=\\d{4}-\\d{2}-\\d{2}.*");

  private static final Pattern RUN_FOLDER = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(~\\d+)?");

  /**
   * Every data file under a folder (recursively), sorted by path. Skipped: any file or folder whose
   * name starts with '.' or '_' below the root (hidden files, _SUCCESS, _temporary/ of a writer
   * still at work, Hadoop's .crc checksums), as Spark's own readers skip them, and this pipeline's
   * own outputs.
   */
  static List<InputFile> list(SparkSession spark, String folder) {
    List<InputFile> files = new ArrayList<>();
    try {
      Path root = new Path(folder);
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      int rootDepth = fs.makeQualified(root).depth();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus st = it.next();
        if (st.isFile() && !hiddenBelow(st.getPath(), rootDepth)) {
          files.add(new InputFile(st.getPath().toString(), st.getLen(), st.getModificationTime()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Deterministic: re-runs break ties alike.
    files.sort(Comparator.comparing(InputFile::path));
    return files;
  }

  private static boolean hiddenBelow(Path path, int rootDepth) {
    for (Path p = path; p != null && p.depth() > rootDepth; p = p.getParent()) {
      String name = p.getName();
      boolean snapshotOrSummary =
          p.getParent() != null
              && p.getParent().getName().equals("runs")
              && RUN_FOLDER.matcher(name).matches();
      if (name.startsWith(".")
          || name.startsWith("_")
          || BATCH_FOLDER.matcher(name).matches()
          || snapshotOrSummary) {
        return true;
      }
    }
    return false;
  }
}
