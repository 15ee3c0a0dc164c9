package org.skillgap.spark.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.Table;
import org.apache.iceberg.spark.Spark3Util;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.skillgap.core.config.Locations;
import org.skillgap.core.error.Errors;
import org.skillgap.spark.warehouse.Layout;

/**
 * The Iceberg catalog that holds the reports, one table per report in the namespace {@value
 * #NAMESPACE}, and the log of published nights ({@link NightsTable}).
 *
 * <p>A session that configures a catalog named {@value #CONFIGURED} (spark-submit's {@code --conf
 * spark.sql.catalog.skillgap=org.apache.iceberg.spark.SparkCatalog} and its type: rest, hive, glue,
 * jdbc) publishes there. Otherwise the reports go to an embedded Hadoop catalog under {@code
 * <output>/reports/catalog}: no server, and its commits are atomic renames, which local disks and
 * HDFS give (object stores do not, so an output there needs a configured catalog). The embedded
 * catalog is registered under a name of its own per output folder, because Spark keeps a catalog
 * once loaded and one session may read several outputs (the tests, the reports command).
 */
public final class ReportCatalog {

  /** The catalog name a user configures to publish to a catalog of their own. */
  public static final String CONFIGURED = "skillgap";

  public static final String NAMESPACE = "reports";

  private static final String SPARK_CATALOG = "org.apache.iceberg.spark.SparkCatalog";

  private final SparkSession spark;
  private final String name;

  private ReportCatalog(SparkSession spark, String name) {
    this.spark = spark;
    this.name = name;
  }

  /**
   * The configured catalog, else the embedded one of this output folder, registered on first use.
   */
  public static ReportCatalog of(SparkSession spark, Layout layout) {
    if (spark.conf().getOption(key(CONFIGURED)).isDefined()) {
      return new ReportCatalog(spark, CONFIGURED);
    }
    if (Locations.isObjectStore(layout.output())) {
      throw Errors.embeddedCatalogOnObjectStore(layout.output(), CONFIGURED);
    }
    Path warehouse = new Path(layout.reportCatalog());
    String qualified;
    try {
      qualified =
          warehouse
              .getFileSystem(spark.sparkContext().hadoopConfiguration())
              .makeQualified(warehouse)
              .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name =
        CONFIGURED
            + "_"
            + UUID.nameUUIDFromBytes(qualified.getBytes(StandardCharsets.UTF_8))
                .toString()
                .substring(0, 8);
    synchronized (ReportCatalog.class) {
      if (spark.conf().getOption(key(name)).isEmpty()) {
        spark.conf().set(key(name) + ".type", "hadoop");
        spark.conf().set(key(name) + ".warehouse", qualified);
        spark.conf().set(key(name), SPARK_CATALOG);
      }
    }
    return new ReportCatalog(spark, name);
  }

  private static String key(String catalog) {
    return "spark.sql.catalog." + catalog;
  }

  /** The catalog's name in this session, as Spark SQL spells it. */
  public String name() {
    return name;
  }

  /** A table's name for Spark SQL: catalog, namespace, table. */
  public String table(String table) {
    return name + "." + NAMESPACE + "." + table;
  }

  public boolean exists(String table) {
    return spark.catalog().tableExists(table(table));
  }

  /** Creates the namespace when the catalog has none yet (a Hadoop catalog makes it implicitly). */
  void createNamespace() {
    spark.sql("CREATE NAMESPACE IF NOT EXISTS " + name + "." + NAMESPACE);
  }

  /** The Iceberg table, for what Spark SQL does not reach: snapshots, tags, expiry. */
  public Table load(String table) {
    try {
      return Spark3Util.loadIcebergTable(spark, table(table));
    } catch (ParseException | NoSuchTableException e) {
      throw new IllegalStateException("cannot load the Iceberg table " + table(table), e);
    }
  }
}
