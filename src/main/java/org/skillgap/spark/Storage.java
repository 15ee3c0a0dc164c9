package org.skillgap.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * File operations through Hadoop's FileSystem API, so local folders, hdfs:// and s3a:// paths behave alike.
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
      throw new java.io.UncheckedIOException(e);
    }
  }

  public void delete(String path) {
    try {
      fs(path).delete(new Path(path), true);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
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
      throw new java.io.UncheckedIOException(e);
    }
  }

  public void writeText(String path, String text) {
    try {
      FileSystem fs = fs(path);
      try (OutputStream out = fs.create(new Path(path), true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String readText(String path) {
    try (var in = fs(path).open(new Path(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Joins a base path and a child without doubling slashes. */
  public static String join(String base, String... children) {
    StringBuilder sb = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    for (String c : children) {
      sb.append('/').append(c);
    }
    return sb.toString();
  }
}
