package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig.ReportSettings;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Small in-memory inputs for the report builders ({@link ReportInputs#inMemory}), for tests that
 * build reports without a pipeline run.
 */
final class InMemoryReports {
  private InMemoryReports() {}

  /** The built-in taxonomy's id of a skill, by its name. */
  static String skillId(String name) {
    return SkillDemandReport.skillNames(SharedSpark.get(), Taxonomy.builtin())
        .filter(col("skill_name").equalTo(name))
        .first()
        .getAs("skill_id");
  }

  /** Rows written as SQL value tuples, with the given column names. */
  static Dataset<Row> values(String columns, List<String> rows) {
    return SharedSpark.get()
        .sql("SELECT * FROM VALUES " + String.join(", ", rows) + " AS t(" + columns + ")");
  }

  /**
   * Postings with the warehouse columns a test leaves out (salary, requirements) added as nulls.
   */
  static Dataset<Row> postings(String columns, List<String> rows) {
    return withNulls(values(columns, rows), Schemas.POSTINGS);
  }

  /**
   * Catalogue entries with the warehouse columns a test leaves out (accredited, rating, ...) added
   * as nulls.
   */
  static Dataset<Row> credentials(String columns, List<String> rows) {
    return withNulls(values(columns, rows), Schemas.CREDENTIALS);
  }

  /** The report settings of a configuration that sets none (report.* defaults). */
  static ReportSettings defaultSettings(LocalDate runDate) {
    return new ConfigLoader().build("in", "out", runDate).reports();
  }

  /**
   * Inputs for the demand-side reports alone (skill_demand): default settings, no catalogue, no
   * enrollments.
   */
  static ReportInputs demandOnly(
      Dataset<Row> postings, Dataset<Row> mentions, LocalDate runDate, int minPostings) {
    SparkSession spark = SharedSpark.get();
    return ReportInputs.inMemory(
        spark,
        Taxonomy.builtin(),
        defaultSettings(runDate),
        runDate,
        minPostings,
        postings,
        mentions,
        spark.createDataFrame(List.of(), Schemas.CREDENTIALS),
        spark.createDataFrame(List.of(), CredentialSkills.SCHEMA),
        spark.createDataFrame(List.of(), Schemas.ENROLLMENTS));
  }

  private static Dataset<Row> withNulls(Dataset<Row> p, StructType schema) {
    return Columns.withMissing(p, schema);
  }
}
