package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.sql.SparkSession;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.SkillgapException;
import org.skillgap.sample.SampleDataGenerator;
import org.skillgap.spark.ingest.IngestStage;
import org.skillgap.spark.publish.PublishedNight;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.publish.ReportCatalog;
import org.skillgap.spark.report.ReportRegistry;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;

/**
 * A whole output in object storage: an S3 endpoint on 127.0.0.1 (S3Proxy, in memory), reached
 * through S3A, holds the input, the warehouse, quarantine, dashboards and the report tables,
 * published to a catalog configured as {@value ReportCatalog#CONFIGURED} (Iceberg's JDBC catalog
 * over a SQLite file: its commits are atomic compare-and-swaps in the database). The warehouse
 * commits by pointer files, each one PUT (VersionedFolders); the run lock is on local disk and the
 * learner key comes from a file, as S3 can hold neither safely.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3OutputTest {
  private static final String BUCKET = "skillgap";
  private static final String CATALOG = "spark.sql.catalog." + ReportCatalog.CONFIGURED;
  private static final SparkSession spark = SharedSpark.get();

  @TempDir static Path tmp;
  private static Path keyFile;
  private static S3Proxy proxy;
  private static BlobStoreContext blobs;

  @BeforeAll
  static void startS3() throws Exception {
    blobs =
        ContextBuilder.newBuilder("transient")
            .credentials("access", "secret")
            .build(BlobStoreContext.class);
    BlobStore store = blobs.getBlobStore();
    store.createContainerInLocation(null, BUCKET);
    proxy =
        S3Proxy.builder()
            .blobStore(store)
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret")
            .endpoint(URI.create("http://127.0.0.1:0"))
            .build();
    proxy.start();
    while (!proxy.getState().equals("STARTED")) {
      Thread.sleep(10);
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    conf.set("fs.s3a.endpoint", "http://127.0.0.1:" + proxy.getPort());
    conf.set("fs.s3a.endpoint.region", "us-east-1");
    conf.set("fs.s3a.path.style.access", "true");
    conf.set("fs.s3a.connection.ssl.enabled", "false");
    conf.set(
        "fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    conf.set("fs.s3a.access.key", "access");
    conf.set("fs.s3a.secret.key", "secret");
    conf.set("fs.s3a.change.detection.version.required", "false");
    spark.conf().set(CATALOG + ".type", "jdbc");
    spark.conf().set(CATALOG + ".uri", "jdbc:sqlite:" + tmp.resolve("catalog.db"));
    spark.conf().set(CATALOG + ".jdbc.schema-version", "V1");
    spark.conf().set(CATALOG + ".warehouse", "s3a://" + BUCKET + "/catalog");
    spark.conf().set(CATALOG, "org.apache.iceberg.spark.SparkCatalog");
    keyFile = tmp.resolve("learner.key");
    Files.writeString(keyFile, "a key from the secret store\n");
  }

  /** What a night with its output on S3 needs: a lock elsewhere, the learner key from a file. */
  private static List<String> onS3(String name) {
    return List.of(
        "run.lock=" + tmp.resolve("locks").resolve(name), "ingest.learner-key-file=" + keyFile);
  }

  private static String s3(String folder) {
    return "s3a://" + BUCKET + "/" + folder;
  }

  @AfterAll
  static void stopS3() throws Exception {
    for (String key :
        List.of(CATALOG, CATALOG + ".type", CATALOG + ".uri", CATALOG + ".warehouse")) {
      spark.conf().unset(key);
    }
    spark.conf().unset(CATALOG + ".jdbc.schema-version");
    proxy.stop();
    blobs.close();
  }

  private static PipelineConfig night(String in, String out, String date, boolean fullRefresh) {
    return new ConfigLoader()
        .withOverrides(onS3(out.substring(out.lastIndexOf('/') + 1)))
        .build(in, out, LocalDate.parse(date))
        .withFullRefresh(fullRefresh);
  }

  private static List<String> rows(PublishedReports published, PublishedNight run) {
    List<String> rows = new ArrayList<>();
    for (String name : ReportRegistry.NAMES) {
      rows.addAll(
          published.read(run, name).toJSON().collectAsList().stream()
              .map(j -> name + " " + j)
              .sorted()
              .toList());
    }
    return rows;
  }

  /**
   * Copies local files to S3 through S3A's output stream, as Spark writes (S3A's file upload path
   * signs its payload in a way S3Proxy refuses).
   */
  private static void upload(FileSystem s3, Path local, String target) throws Exception {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    FileUtil.copy(
        FileSystem.getLocal(conf),
        new org.apache.hadoop.fs.Path(local.toUri()),
        s3,
        new org.apache.hadoop.fs.Path(target),
        false,
        conf);
  }

  @Test
  @Order(2)
  void nightsReadFromS3AndPublishThereAndTwoIncrementalNightsEqualAFullRefresh() throws Exception {
    Path local = tmp.resolve("in");
    new SampleDataGenerator(17).write(local, SampleDataGenerator.Size.ofPostings(150));
    String in = "s3a://" + BUCKET + "/in";
    FileSystem s3 = FileSystem.get(URI.create(in), spark.sparkContext().hadoopConfiguration());
    upload(s3, local, in);

    String nightly = s3("out-nightly");
    assertEquals(
        "success", new Pipeline(spark, night(in, nightly, "2026-03-01", false)).runAll().outcome());
    Layout layout = new Layout(nightly);
    PublishedReports published = new PublishedReports(spark, layout);
    PublishedNight first = published.latest().orElseThrow();
    assertTrue(published.read(first, "skill_demand").count() > 0);
    assertTrue(
        s3.exists(
            new org.apache.hadoop.fs.Path("s3a://" + BUCKET + "/catalog/reports/skill_demand")),
        "the report tables live on S3");
    assertFalse(new Storage(spark).exists(layout.reportCatalog()), "no embedded catalog");
    assertTrue(Stored.table(nightly, Tables.MENTIONS).count() > 0, "the warehouse lives on S3");
    assertTrue(
        new Storage(spark).exists(layout.dashboard(first.runId())), "the dashboard lives on S3");

    // A second night adds a file; a full refresh of both nights' files must publish the same rows.
    // (Under fresh ids, so they are new postings, not duplicates of the first night's.)
    new SampleDataGenerator(18).write(tmp.resolve("in2"), SampleDataGenerator.Size.ofPostings(40));
    Path night2 = tmp.resolve("night2.jsonl");
    Files.writeString(
        night2,
        Files.readString(tmp.resolve("in2/postings/postings.jsonl"))
            .replace("\"id\":\"post-", "\"id\":\"night2-"));
    upload(s3, night2, in + "/postings/night2.jsonl");
    new Pipeline(spark, night(in, nightly, "2026-03-02", false)).runAll();
    List<String> incremental = rows(published, published.latest().orElseThrow());
    new Pipeline(spark, night(in, s3("out-full"), "2026-03-02", true)).runAll();
    PublishedNight full = published.latest().orElseThrow();
    assertEquals(LocalDate.parse("2026-03-02"), full.night());
    List<String> refreshed = rows(published, full);
    assertEquals(
        List.of(),
        incremental.stream().filter(r -> !refreshed.contains(r)).limit(5).toList(),
        "rows only the incremental nights published");
    assertEquals(incremental, refreshed);
  }

  /**
   * First: its nights (2025) are older than the pipeline's, so they are the latest while it runs.
   */
  @Test
  @Order(1)
  void aReaderOfTheS3CatalogAlwaysSeesAWholeNight() throws Exception {
    KillEveryStepTest.killEveryPublishStep(new Layout(s3("out-publish-kill")));
  }

  @Test
  @Order(3)
  void aNightOnS3KilledAtAnyWarehouseStepLosesNothing() throws Exception {
    KillEveryStepTest.killEveryWarehouseStep(
        KillEveryStepTest.input(tmp.resolve("kill-in")), s3("out-kill"), onS3("kill"));
  }

  @Test
  @Order(4)
  void aFullRefreshOnS3KilledAtAnyStepLeavesTheLiveWarehouse() throws Exception {
    KillEveryStepTest.killEveryRefreshStep(
        KillEveryStepTest.input(tmp.resolve("refresh-in")), s3("out-refresh"), onS3("refresh"));
  }

  @Test
  @Order(5)
  void anOutputOnS3WithoutACatalogOrALearnerKeyIsRefused() throws Exception {
    Path in = KillEveryStepTest.input(tmp.resolve("refused-in"));
    KillEveryStepTest.postingsFile(in, 1);
    PipelineConfig noKey =
        new ConfigLoader()
            .withOverrides(List.of("run.lock=none"))
            .build(in.toString(), s3("out-refused"), LocalDate.parse("2026-03-01"));
    if (System.getenv(IngestStage.LEARNER_KEY_ENV) == null) {
      SkillgapException key =
          assertThrows(SkillgapException.class, () -> new Pipeline(spark, noKey).runIngest());
      assertTrue(key.getMessage().contains("ingest.learner-key-file"), key.getMessage());
    }
    String catalog = spark.conf().get(CATALOG);
    spark.conf().unset(CATALOG);
    try {
      SkillgapException e = assertThrows(SkillgapException.class, () -> new Pipeline(spark, noKey));
      assertEquals(2, e.exitCode());
      assertTrue(e.getMessage().contains("spark.sql.catalog.skillgap"), e.getMessage());
    } finally {
      spark.conf().set(CATALOG, catalog);
    }
  }
}
