package org.skillgap.spark.ingest;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.ingest.CredentialRules;
import org.skillgap.core.ingest.EnrollmentRules;
import org.skillgap.core.ingest.IndustryMapper;
import org.skillgap.core.ingest.InputFields;
import org.skillgap.core.ingest.PostingRules;
import org.skillgap.core.ingest.Pseudonymizer;
import org.skillgap.core.ingest.Redaction;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;

/**
 * Reads a dataset's files and validates every record with the plain-Java rules: the clean rows, and
 * the rejected ones with why. Nothing is cached or written here.
 */
final class InputValidation {
  private final SparkSession spark;
  private final PipelineConfig config;
  private final String unpackTo;
  private final Pseudonymizer pseudonymizer;
  private final Redaction redaction;

  /**
   * @param unpackTo folder where .zip inputs are unpacked; null where zips are not expected
   * @param pseudonymizer hashes learner ids in clean enrollments
   * @param redaction hides learner ids in rejected raw records
   */
  InputValidation(
      SparkSession spark,
      PipelineConfig config,
      String unpackTo,
      Pseudonymizer pseudonymizer,
      Redaction redaction) {
    this.spark = spark;
    this.config = config;
    this.unpackTo = unpackTo;
    this.pseudonymizer = pseudonymizer;
    this.redaction = redaction;
  }

  Dataset<Row> postings(List<String> files) {
    return validate(
        Tables.POSTINGS,
        files,
        Schemas.RAW_POSTINGS,
        new PostingRules(IndustryMapper.builtin(), config.run().date())::validate,
        RowValues::posting);
  }

  Dataset<Row> enrollments(List<String> files) {
    return validate(
        Tables.ENROLLMENTS,
        files,
        Schemas.RAW_ENROLLMENTS,
        new EnrollmentRules(pseudonymizer, config.run().date())::validate,
        RowValues::enrollment);
  }

  Dataset<Row> credentials(List<String> files) {
    return validate(
        Tables.CREDENTIALS,
        files,
        Schemas.RAW_CREDENTIALS,
        new CredentialRules()::validate,
        RowValues::credential);
  }

  private <T> Dataset<Row> validate(
      StoredTable table,
      List<String> files,
      StructType rawSchema,
      RecordValidation.Rules<T> rules,
      RecordValidation.ToValues<T> toValues) {
    String dataset = table.name();
    List<String> fields = Arrays.asList(rawSchema.fieldNames());
    Dataset<Row> raw =
        new InputReader(spark, config.input().format(), unpackTo)
            .read(files, fields, InputFields.required(dataset), config.input().columns(dataset));
    boolean learnerData = fields.contains("learner_id");
    return RecordValidation.validate(
        raw, rawSchema, table.schema(), rules, toValues, redaction, learnerData);
  }
}
