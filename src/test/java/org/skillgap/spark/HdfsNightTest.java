package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.sample.SampleDataGenerator;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;

/** A night with input and warehouse on HDFS (Hadoop's in-process mini cluster). */
class HdfsNightTest {

  @TempDir Path tmp;

  /** A report's rows as sorted JSON lines. */
  private static List<String> rows(Dataset<Row> report) {
    return report.toJSON().collectAsList().stream().sorted().toList();
  }

  @Test
  void nightlyReadsAndWritesHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("hdfs").toString());
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    try {
      FileSystem fs = cluster.getFileSystem();
      String root = fs.getUri().toString(); // hdfs://localhost:<port>
      Path local = tmp.resolve("in");
      new SampleDataGenerator(13).write(local, SampleDataGenerator.Size.ofPostings(150));
      fs.copyFromLocalFile(
          new org.apache.hadoop.fs.Path(local.toUri()),
          new org.apache.hadoop.fs.Path(root + "/skillgap/in"));

      SparkSession spark = SharedSpark.get();
      String in = root + "/skillgap/in";
      String out = root + "/skillgap/out";
      RunSummary first =
          new Pipeline(spark, new ConfigLoader().build(in, out, LocalDate.of(2026, 2, 1))).runAll();
      assertEquals("success", first.outcome());
      assertEquals(3, first.filesIngested());
      assertTrue(
          fs.exists(new org.apache.hadoop.fs.Path(out + "/reports/catalog/reports/skill_demand")),
          "the embedded Iceberg catalog lives on HDFS");
      assertTrue(fs.exists(new org.apache.hadoop.fs.Path(out + "/warehouse/_manifest.jsonl")));
      assertTrue(Published.report(out, "2026-02-01", "skill_demand").count() > 0);

      // The same night on local disk publishes the same rows, report by report.
      String localOut = tmp.resolve("out-local").toString();
      new Pipeline(
              spark, new ConfigLoader().build(local.toString(), localOut, LocalDate.of(2026, 2, 1)))
          .runAll();
      for (ReportRegistry.Report report : ReportRegistry.ALL) {
        assertEquals(
            rows(Published.report(localOut, "2026-02-01", report.name())),
            rows(Published.report(out, "2026-02-01", report.name())),
            report.name());
      }
      assertFalse(
          new Storage(spark).createExclusive(out + "/_probe", "a")
              && new Storage(spark).createExclusive(out + "/_probe", "b"),
          "create-if-absent is exclusive on HDFS");

      RunSummary second =
          new Pipeline(spark, new ConfigLoader().build(in, out, LocalDate.of(2026, 2, 2)))
              .runIngest();
      assertEquals(0, second.filesIngested(), "the manifest on HDFS says nothing is new");
      assertEquals(
          LocalDate.of(2026, 2, 1),
          new PublishedReports(spark, new Layout(out)).latest().orElseThrow().night());
    } finally {
      cluster.shutdown();
    }
  }
}
