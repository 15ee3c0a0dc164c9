package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Small in-memory inputs for {@link Reports}, for tests that build reports without a pipeline run.
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

  private static Dataset<Row> withNulls(
      Dataset<Row> p, org.apache.spark.sql.types.StructType schema) {
    return Columns.withMissing(p, schema);
  }
}
