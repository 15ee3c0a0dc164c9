package org.skillgap.spark.warehouse;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.console.Console;

/**
 * The warehouse tables: one Parquet partition per night that ingested records (ingest_batch). A
 * table is read across all its batches.
 */
public final class Warehouse {

  private final SparkSession spark;
  private final Layout layout;
  private final Storage storage;

  public Warehouse(SparkSession spark, Layout layout) {
    this.spark = spark;
    this.layout = layout;
    this.storage = new Storage(spark);
  }

  /** The file system the warehouse is on, for the stages' own files beside it. */
  public Storage storage() {
    return storage;
  }

  /**
   * Every batch of a table, with its ingest_batch column; empty (with the schema) before the first
   * night.
   */
  public Dataset<Row> table(StoredTable table) {
    StructType withBatch = table.schema().add(StoredTable.BATCH, DataTypes.DateType, false);
    if (batches(table).isEmpty()) {
      return spark.createDataFrame(List.of(), withBatch);
    }
    return spark.read().schema(withBatch).parquet(layout.warehouse(table.name()));
  }

  /** Batch dates present for a table, oldest first. */
  public Set<LocalDate> batches(StoredTable table) {
    Set<LocalDate> out = new TreeSet<>();
    String prefix = StoredTable.BATCH + "=";
    for (String entry : storage.list(layout.warehouse(table.name()))) {
      if (entry.startsWith(prefix)) {
        out.add(LocalDate.parse(entry.substring(prefix.length())));
      }
    }
    return out;
  }

  /**
   * Enrollment records re-delivered on a later night (a status moving to completed) replace the
   * earlier ones: the latest batch wins per learner, credential and enrollment date.
   */
  public Dataset<Row> enrollments() {
    return latestEnrollments(table(Tables.ENROLLMENTS));
  }

  /**
   * The latest version of each enrollment record among these rows of the table (see {@link
   * #enrollments}).
   */
  public static Dataset<Row> latestEnrollments(Dataset<Row> rows) {
    return latest(rows, "learner_key", CREDENTIAL_ID, "enrolled_date");
  }

  /** A catalogue entry delivered again on a later night replaces the earlier one. */
  public Dataset<Row> credentials() {
    return latest(table(Tables.CREDENTIALS), CREDENTIAL_ID);
  }

  private static Dataset<Row> latest(Dataset<Row> t, String... key) {
    return t.withColumn(
            "_rn",
            row_number()
                .over(
                    Window.partitionBy(
                            Arrays.stream(key).map(functions::col).toArray(Column[]::new))
                        .orderBy(col(StoredTable.BATCH).desc(), col(Schemas.SOURCE_FILE).desc())))
        .filter("_rn = 1")
        .drop("_rn");
  }

  /**
   * Removes what earlier-ingested versions of changed input files contributed to a batch: their
   * records, and the mentions of their postings. Rewrites that batch only.
   */
  public void dropSourceFiles(LocalDate batch, Set<String> paths) {
    Console.get()
        .notice("re-ingesting " + paths.size() + " changed file(s) first ingested on " + batch);
    String[] files = paths.toArray(new String[0]);
    Dataset<Row> removedPostings = null;
    for (StoredTable table : Tables.INPUTS) {
      String dir = layout.warehouseBatch(table.name(), batch);
      if (!storage.exists(dir)) {
        continue;
      }
      Dataset<Row> old = spark.read().schema(table.schema()).parquet(dir).cache();
      if (table.equals(Tables.POSTINGS)) {
        removedPostings =
            old.filter(col(Schemas.SOURCE_FILE).isin((Object[]) files)).select(POSTING_ID).cache();
        removedPostings.count();
      }
      rewrite(dir, old.filter(not(col(Schemas.SOURCE_FILE).isin((Object[]) files))));
      old.unpersist();
    }
    String mentions = layout.warehouseBatch(Tables.MENTIONS.name(), batch);
    if (removedPostings != null && storage.exists(mentions)) {
      Dataset<Row> m = spark.read().schema(Tables.MENTIONS.schema()).parquet(mentions);
      rewrite(
          mentions,
          m.join(
              removedPostings,
              m.col(POSTING_ID).equalTo(removedPostings.col(POSTING_ID)),
              "left_anti"));
    }
  }

  private void rewrite(String dir, Dataset<Row> content) {
    replaceFolder(storage, dir, path -> content.write().parquet(path));
  }

  /**
   * A complete folder holds this marker; a folder without it was never committed (or predates
   * markers).
   */
  public static final String COMMITTED = "_COMMITTED";

  /**
   * Replaces a folder of Parquet files as a whole. The new version is written complete under the
   * parent's {@code _pending/} (which readers skip) with a {@value #COMMITTED} marker; the old
   * version is moved aside to {@code _retired/}, the new one renamed in, and the old one dropped
   * last. A kill at any point leaves either the old or the new version in place, or the old one
   * aside, which {@link #recover} puts back before the next run reads anything.
   */
  public static void replaceFolder(Storage storage, String dir, Consumer<String> write) {
    String parent = dir.substring(0, dir.lastIndexOf('/'));
    String name = dir.substring(dir.lastIndexOf('/') + 1);
    String id = UUID.randomUUID().toString();
    String pending = Storage.join(parent, PENDING, id);
    synchronized (REPLACING) {
      REPLACING.merge(parent, 1, Integer::sum);
    }
    boolean replaced = false;
    try {
      write.accept(pending);
      KillPoints.reached("replace:written", dir);
      storage.writeText(Storage.join(pending, COMMITTED), id + "\n");
      KillPoints.reached("replace:marked", dir);
      String retired = Storage.join(parent, RETIRED, name + "." + id);
      boolean hadOld = storage.exists(dir);
      if (hadOld) {
        storage.mkdirs(Storage.join(parent, RETIRED));
        storage.rename(dir, retired);
      }
      KillPoints.reached("replace:moved-aside", dir);
      storage.rename(pending, dir);
      KillPoints.reached("replace:moved-in", dir);
      if (hadOld) {
        storage.delete(retired);
      }
      KillPoints.reached("replace:old-dropped", dir);
      replaced = true;
    } finally {
      synchronized (REPLACING) {
        int left = REPLACING.merge(parent, -1, Integer::sum);
        if (left == 0) {
          REPLACING.remove(parent);
          // The last replacement under this parent tidies up; one still writing would lose its
          // pending folder.
          if (replaced) {
            storage.delete(Storage.join(parent, RETIRED));
            storage.delete(Storage.join(parent, PENDING));
          }
        }
      }
    }
  }

  private static final String PENDING = "_pending";
  private static final String RETIRED = "_retired";

  /**
   * Replacements in progress in this JVM, per parent folder. Folders under one parent may be
   * replaced from several driver threads at once (a night's kept report states); they share the
   * parent's _pending and _retired folders, which only the last of them may remove.
   */
  private static final Map<String, Integer> REPLACING = new HashMap<>();

  /**
   * Puts back what a killed {@link #replaceFolder} left under {@code parent}: an old version moved
   * aside whose replacement never arrived is restored; pending writes and superseded old versions
   * are dropped. Also repairs the leftovers of earlier versions of this code ({@code <dir>.old},
   * {@code <dir>.rewrite}), whose names would otherwise fail every later read of the table.
   */
  public static void recover(Storage storage, String parent) {
    for (String entry : storage.list(Storage.join(parent, RETIRED))) {
      String name = entry.substring(0, entry.lastIndexOf('.'));
      String aside = Storage.join(parent, RETIRED, entry);
      if (!storage.exists(Storage.join(parent, name))) {
        Console.get()
            .notice(
                "restoring " + name + " under " + parent + ": a run was killed while replacing it");
        storage.rename(aside, Storage.join(parent, name));
      } else {
        storage.delete(aside);
      }
    }
    storage.delete(Storage.join(parent, RETIRED));
    storage.delete(Storage.join(parent, PENDING));
    for (String entry : storage.list(parent)) {
      if (entry.endsWith(".old") || entry.endsWith(".rewrite")) {
        String name = entry.substring(0, entry.lastIndexOf('.'));
        if (entry.endsWith(".old") && !storage.exists(Storage.join(parent, name))) {
          storage.rename(Storage.join(parent, entry), Storage.join(parent, name));
        } else {
          storage.delete(Storage.join(parent, entry));
        }
      }
    }
  }

  /** Recovers every table of this warehouse (see {@link #recover}). */
  public void recoverTables() {
    for (StoredTable table : Tables.ALL) {
      recover(storage, layout.warehouse(table.name()));
    }
    String models = layout.industryModel().substring(0, layout.industryModel().lastIndexOf('/'));
    recover(storage, models);
    recover(storage, layout.facts());
    recover(storage, layout.reportStates());
  }

  /** Batches whose folder carries the commit marker: complete by construction. */
  public Set<LocalDate> committedBatches(StoredTable table) {
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate batch : batches(table)) {
      if (storage.exists(Storage.join(layout.warehouseBatch(table.name(), batch), COMMITTED))) {
        out.add(batch);
      }
    }
    return out;
  }

  /** Writes one batch of a table as a whole (see {@link #replaceFolder}). */
  public void writeBatch(StoredTable table, LocalDate batch, Dataset<Row> content) {
    replaceFolder(
        storage, layout.warehouseBatch(table.name(), batch), path -> content.write().parquet(path));
  }
}
