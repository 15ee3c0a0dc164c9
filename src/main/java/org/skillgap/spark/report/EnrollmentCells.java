package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.report.ReportSchemas.YEAR;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.VersionedFolders;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Per credential and year, the raw counts every enrollment figure is built from: enrollments,
 * completions, and the distinct learners who enrolled, completed and did not. Distinct learners do
 * not add up over batches, and a record delivered again on a later night replaces the earlier one,
 * so the cells are kept between nights as a {@link ReportState}: a night recounts only the cells
 * its new enrollment batches touch (a record and its re-deliveries share a cell), from every
 * version of their records, and keeps the others. Whether a figure may be published (k-anonymity)
 * is decided from these counts when the reports are built.
 */
final class EnrollmentCells {
  private EnrollmentCells() {}

  static final String NAME = "enrollment_cells";

  static final StructType SCHEMA =
      new StructType()
          .add(CREDENTIAL_ID, DataTypes.StringType, false)
          .add(YEAR, DataTypes.IntegerType, false)
          .add("enrollments_raw", DataTypes.LongType, false)
          .add("completions_raw", DataTypes.LongType, false)
          .add("learners", DataTypes.LongType, false)
          .add("completers", DataTypes.LongType, false)
          .add("non_completers", DataTypes.LongType, false);

  /**
   * The cells of these enrollments (learner_key, credential_id, enrolled_date, status), one version
   * per record.
   */
  static Dataset<Row> countCells(Dataset<Row> enrollments) {
    Column completed = col("status").equalTo("completed");
    return enrollments
        .withColumn(YEAR, year(col("enrolled_date")))
        .groupBy(CREDENTIAL_ID, YEAR)
        .agg(
            count(lit(1)).as("enrollments_raw"),
            sum(when(completed, 1L).otherwise(0L)).as("completions_raw"),
            countDistinct("learner_key").as("learners"),
            countDistinct(when(completed, col("learner_key"))).as("completers"),
            countDistinct(when(not(completed), col("learner_key"))).as("non_completers"))
        .select(Columns.of(SCHEMA));
  }

  /**
   * The cells with whether k-anonymity lets each figure be published: enrollments are published
   * from k learners on; completions only when the learners who completed and those who did not are
   * each none or at least k (else enrollments minus completions would count fewer than k). Totals
   * over several credentials (enrollment_trends, skill_gaps) add published cells only, so no total
   * minus the published rows reveals a withheld cell. The flags are two columns over the kept
   * cells.
   */
  static Dataset<Row> published(Dataset<Row> cells, int minLearners) {
    return cells
        .withColumn("enrollments_published", col("learners").geq(minLearners))
        .withColumn(
            "completions_published",
            col("enrollments_published")
                .and(notFew(col("completers"), minLearners))
                .and(notFew(col("non_completers"), minLearners)));
  }

  /**
   * None, or at least k: a count of learners that singles no one out, also as a difference of two
   * others.
   */
  private static Column notFew(Column learners, int minLearners) {
    return learners.equalTo(0).or(learners.geq(minLearners));
  }

  /**
   * Enrollment records in the warehouse (the latest version of each), summed from the kept cells: a
   * small table, where counting the records themselves picks the latest version of millions of
   * rows. Counted from the records when no cells were kept yet.
   */
  static long total(SparkSession spark, Layout layout, Warehouse warehouse) {
    String dir = layout.reportState(NAME);
    if (!VersionedFolders.isCommitted(new Storage(spark), dir)) {
      return warehouse.enrollments().count();
    }
    Long total =
        ReportState.read(spark, dir, SCHEMA)
            .agg(sum("enrollments_raw").as("enrollments"))
            .first()
            .getAs("enrollments");
    return total == null ? 0 : total;
  }

  /**
   * The cells of the warehouse's enrollments, recounting those the batches new since the kept ones
   * touch.
   */
  static Dataset<Row> update(SparkSession spark, Layout layout, Warehouse warehouse) {
    Storage storage = new Storage(spark);
    String dir = layout.reportState(NAME);
    Map<LocalDate, String> ids = new LinkedHashMap<>();
    for (LocalDate batch : warehouse.batches(Tables.ENROLLMENTS)) {
      ids.put(
          batch,
          VersionedFolders.commitId(storage, layout.warehouseBatch(Tables.ENROLLMENTS, batch)));
    }
    ReportState.Plan plan = ReportState.plan(storage, dir, ids, "raw counts");
    if (plan.upToDate()) {
      return ReportState.read(spark, dir, SCHEMA);
    }
    Dataset<Row> table = warehouse.table(Tables.ENROLLMENTS);
    Dataset<Row> next;
    if (!plan.incremental()) {
      next = countCells(Warehouse.latestEnrollments(table));
    } else {
      // Filtered before the latest version is picked: every version of a record lies in the same
      // cell.
      Dataset<Row> touched =
          table
              .filter(col(StoredTable.BATCH).isin(SalaryMedians.dates(plan.fresh())))
              .select(col(CREDENTIAL_ID), year(col("enrolled_date")).as(YEAR))
              .distinct();
      Dataset<Row> scoped =
          table.join(
              broadcast(touched.withColumnRenamed(CREDENTIAL_ID, "t_credential")),
              col(CREDENTIAL_ID)
                  .equalTo(col("t_credential"))
                  .and(year(col("enrolled_date")).equalTo(col(YEAR))),
              "left_semi");
      next =
          countCells(Warehouse.latestEnrollments(scoped))
              .unionByName(
                  ReportState.read(spark, dir, SCHEMA)
                      .join(touched, new String[] {CREDENTIAL_ID, YEAR}, "left_anti"));
    }
    ReportState.write(storage, dir, next, ids, "raw counts", new Json());
    return ReportState.read(spark, dir, SCHEMA);
  }
}
