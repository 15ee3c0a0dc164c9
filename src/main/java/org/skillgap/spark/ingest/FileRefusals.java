package org.skillgap.spark.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.ingest.FileLimits;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Refuses a text file that would fail the night if Spark read it (a decompression bomb, one giant
 * line, a CSV header too wide: FileLimits), and turns each refused file into one record, so the
 * quarantine names it and the night goes on.
 */
final class FileRefusals {

  /** A refused file, as its records would name it, and why it was refused. */
  record Refused(String file, String why) {}

  private final SparkSession spark;
  private final Configuration hadoop;

  FileRefusals(SparkSession spark) {
    this.spark = spark;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
  }

  /**
   * Why a data file is refused before Spark reads it, or null. Parquet, and a file of no known
   * format, are not scanned.
   *
   * @param fmt the file's format
   */
  String why(String file, String fmt) {
    if (fmt == null || fmt.equals("parquet")) {
      return null;
    }
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      CompressionCodec codec = new CompressionCodecFactory(hadoop).getCodec(path);
      try (InputStream raw = fs.open(path);
          InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
        return FileLimits.DEFAULT.check(in, fmt.equals("csv"));
      }
    } catch (IOException e) {
      return "it cannot be read (" + e.getMessage() + ")";
    }
  }

  /** One record per refused file, in the raw schema, its corrupt-record text saying why. */
  Dataset<Row> asRecords(List<Refused> refused, StructType rawSchema) {
    List<Row> rows = new ArrayList<>();
    for (Refused r : refused) {
      NamedRow row = new NamedRow(rawSchema);
      for (String f : rawSchema.fieldNames()) {
        row.put(f, null);
      }
      rows.add(
          row.put(Schemas.CORRUPT, FileLimits.REFUSED + r.why())
              .put(Schemas.SOURCE_FILE, r.file())
              .row());
    }
    return spark.createDataFrame(rows, rawSchema);
  }
}
