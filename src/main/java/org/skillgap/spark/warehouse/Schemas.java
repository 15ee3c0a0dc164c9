package org.skillgap.spark.warehouse;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.types.DataTypes.*;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.ingest.InputFields;

/**
 * The schemas of the inputs, the warehouse tables and quarantine, declared once. Input schemas are
 * all text on purpose: a value of the wrong type becomes a quarantined record with a reason, not a
 * silent null. What the report stage writes (reports, facts, kept states) is declared in the report
 * package.
 */
public final class Schemas {
  private Schemas() {}

  public static final String CORRUPT = "_corrupt_record";

  /** The industry column, wherever a table or report carries it. */
  public static final String INDUSTRY = "industry";

  /** The posting_id column, wherever a table or report carries it. */
  public static final String POSTING_ID = "posting_id";

  /** The skill_id column, wherever a table or report carries it. */
  public static final String SKILL_ID = "skill_id";

  /** The credential_id column, wherever a table or report carries it. */
  public static final String CREDENTIAL_ID = "credential_id";

  /** The skill_type column, wherever a table or report carries it. */
  public static final String SKILL_TYPE = "skill_type";

  /** The mentions column that marks a template sentence's mentions. */
  public static final String TEMPLATE = "template";

  /** The input file a record was read from, on every warehouse and quarantine row. */
  public static final String SOURCE_FILE = "source_file";

  /** All-text schema of the given field names. */
  public static StructType text(List<String> names) {
    StructField[] fields =
        names.stream().map(n -> createStructField(n, StringType, true)).toArray(StructField[]::new);
    return createStructType(fields);
  }

  // ------------------------------------------------------------------ raw inputs (canonical names)

  public static final StructType RAW_POSTINGS = text(InputFields.POSTINGS);

  public static final StructType RAW_ENROLLMENTS = text(InputFields.ENROLLMENTS);

  public static final StructType RAW_CREDENTIALS = text(InputFields.CREDENTIALS);

  // ------------------------------------------------------------------ warehouse

  public static final StructType POSTINGS =
      createStructType(
          new StructField[] {
            createStructField(POSTING_ID, StringType, false),
            createStructField("title", StringType, false),
            createStructField("company", StringType, true),
            createStructField("location", StringType, true),
            createStructField("posted_date", DateType, false),
            createStructField("description", StringType, false),
            createStructField(INDUSTRY, StringType, false),
            createStructField("industry_raw", StringType, true),
            createStructField("industry_source", StringType, false),
            createStructField("salary_min", DoubleType, true),
            createStructField("salary_max", DoubleType, true),
            createStructField("salary_currency", StringType, true),
            createStructField("salary_period", StringType, true),
            createStructField("salary_annual_min", DoubleType, true),
            createStructField("salary_annual_max", DoubleType, true),
            createStructField("source", StringType, true),
            createStructField("url", StringType, true),
            createStructField("content_hash", StringType, false),
            // Requirements (core/requirements); null in batches ingested before they were read.
            createStructField("degree_required", StringType, true),
            createStructField("degree_preferred", StringType, true),
            createStructField("experience_instead", BooleanType, true),
            createStructField("certificate_instead", BooleanType, true),
            createStructField("min_years", IntegerType, true),
            createStructField("certifications_required", new ArrayType(StringType, true), true),
            createStructField("certifications_preferred", new ArrayType(StringType, true), true),
            createStructField(SOURCE_FILE, StringType, true),
          });

  public static final StructType ENROLLMENTS =
      createStructType(
          new StructField[] {
            createStructField("learner_key", StringType, false),
            createStructField(CREDENTIAL_ID, StringType, false),
            createStructField("enrolled_date", DateType, false),
            createStructField("completed_date", DateType, true),
            createStructField("status", StringType, false),
            createStructField("amount_paid", DoubleType, true),
            createStructField(SOURCE_FILE, StringType, true),
          });

  public static final StructType CREDENTIALS =
      createStructType(
          new StructField[] {
            createStructField(CREDENTIAL_ID, StringType, false),
            createStructField("name", StringType, false),
            createStructField("provider", StringType, true),
            createStructField("type", StringType, false),
            createStructField("cost", DoubleType, true),
            createStructField("hours", DoubleType, true),
            createStructField("level", StringType, true),
            createStructField("description", StringType, true),
            createStructField("listed_skills", new ArrayType(StringType, false), false),
            createStructField("enrollment_count", LongType, true),
            createStructField("accredited", BooleanType, true),
            createStructField("rating", DoubleType, true),
            createStructField("review_count", LongType, true),
            createStructField(SOURCE_FILE, StringType, true),
          });

  /** Columns a validation pass adds to the warehouse schema: empty for accepted records. */
  public static StructType withRejection(StructType accepted) {
    StructType nullable =
        createStructType(
            Arrays.stream(accepted.fields())
                .map(f -> createStructField(f.name(), f.dataType(), true))
                .toArray(StructField[]::new));
    return nullable
        .add("reject_code", StringType, true)
        .add("reject_message", StringType, true)
        .add("raw_record", StringType, true);
  }

  public static final StructType QUARANTINE =
      createStructType(
          new StructField[] {
            createStructField("dataset", StringType, false),
            createStructField(SOURCE_FILE, StringType, true),
            createStructField("reason_code", StringType, false),
            createStructField("reason", StringType, false),
            createStructField("duplicate_of", StringType, true),
            createStructField("raw_record", StringType, true),
            createStructField("run_date", DateType, false),
          });

  public static final StructType MENTIONS =
      createStructType(
          new StructField[] {
            createStructField(POSTING_ID, StringType, false),
            createStructField(SKILL_ID, StringType, false),
            createStructField(SKILL_TYPE, StringType, false),
            createStructField("surface", StringType, false),
            createStructField("sentence_index", IntegerType, false),
            createStructField("begin_offset", IntegerType, false),
            createStructField("end_offset", IntegerType, false),
            createStructField("requirement", StringType, false),
            createStructField("sentence", StringType, false),
            createStructField("taxonomy_version", StringType, false),
            // What found it (taxonomy, model, both) and how sure it is; null in batches extracted
            // before 2026-12-04.
            createStructField("source", StringType, true),
            createStructField("confidence", DoubleType, true),
            // True when the sentence is a template (TemplateSentences): reports do not count it.
            // Null in batches extracted before 2026-12-07, which count as not templates.
            createStructField(TEMPLATE, BooleanType, true),
          });

  /**
   * The mentions the reports count: those outside template sentences (the employer's and the feed's
   * own repeated text, {@code TemplateSentences}).
   */
  public static Column outsideTemplates() {
    return not(coalesce(col(TEMPLATE), lit(false)));
  }

  /**
   * skill_type of a mention whose phrase the taxonomy does not know, found after a requirement cue;
   * its skill_id is the lower-cased phrase. Demand reports leave these out; emerging_skills counts
   * them.
   */
  public static final String EMERGING_SKILL_TYPE = "emerging";

  /** The industry the classifier gave each posting it placed, per night (industry_predictions). */
  public static final StructType INDUSTRY_PREDICTIONS =
      new StructType()
          .add(POSTING_ID, DataTypes.StringType, false)
          .add(INDUSTRY, DataTypes.StringType, false)
          .add("industry_source", DataTypes.StringType, false)
          .add("industry_confidence", DataTypes.DoubleType, true);
}
