package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.skillgap.spark.warehouse.Schemas.CREDENTIAL_ID;

import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.console.Console;
import org.skillgap.core.error.Errors;
import org.skillgap.core.ingest.Manifest;
import org.skillgap.core.ingest.Pseudonymizer;
import org.skillgap.core.ingest.Redaction;
import org.skillgap.core.ingest.RejectReason;
import org.skillgap.spark.common.Concurrently;
import org.skillgap.spark.common.ShufflePlan;
import org.skillgap.spark.ingest.Deduplication.Deduplicated;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Schemas;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Reads the three input datasets with declared schemas, validates every record with the plain-Java
 * rules, removes duplicate postings, and writes clean tables to the warehouse and rejects to
 * quarantine.
 */
public final class IngestStage {

  /** Name of the environment variable holding the learner-id hashing key. */
  public static final String LEARNER_KEY_ENV = "SKILLGAP_LEARNER_KEY";

  /**
   * The stage's steps on the console: listing, validating, writing the batch, recording the files.
   */
  public static final int STEPS = 4;

  /** The clean datasets (cached) and their counts. */
  public record Result(
      Dataset<Row> postings,
      Dataset<Row> enrollments,
      Dataset<Row> credentials,
      DatasetCounts postingCounts,
      DatasetCounts enrollmentCounts,
      DatasetCounts credentialCounts,
      int filesSeen,
      int filesIngested) {}

  private final SparkSession spark;
  private final PipelineConfig config;
  private final Layout layout;
  private final Storage storage;
  private final LearnerKeys keys;
  private final Quarantine quarantine;

  /**
   * @param layout where the warehouse is written: the live one, or a full refresh's new one beside
   *     it
   */
  public IngestStage(SparkSession spark, PipelineConfig config, Layout layout) {
    this.spark = spark;
    this.config = config;
    this.layout = layout;
    this.storage = new Storage(spark);
    this.keys = new LearnerKeys(storage, layout, config.ingest().learnerKeyFile());
    this.quarantine = new Quarantine(storage, layout, config.run().date());
  }

  /**
   * The postings of these files that pass validation, normalised as the warehouse stores them,
   * before any duplicate check, with nothing cached or written: the least work ingest does per
   * posting (the benchmark's floor). Zip archives are not unpacked.
   */
  public static Dataset<Row> validPostings(
      SparkSession spark, PipelineConfig config, List<String> files) {
    // Postings hold no learner ids; the key only hides those in rejected records, dropped here.
    Pseudonymizer throwaway = new Pseudonymizer(UUID.randomUUID().toString());
    Redaction redaction = new Redaction(throwaway, List.of("learner_id"));
    return new InputValidation(spark, config, null, throwaway, redaction)
        .postings(files)
        .filter(col("reject_code").isNull());
  }

  /**
   * Ingests the new and changed input files of every dataset into this night's warehouse batch, and
   * stops the run before anything is written if a reject ratio is exceeded. Returns the whole
   * warehouse tables (every batch).
   */
  public Result run() {
    Console.get().step("listing input files");
    storage.delete(layout.unpacked(config.run().date())); // a failed night's leftovers
    Manifest manifest = NightInputs.manifest(storage, layout);
    keys.check(manifest);
    NightInputs inputs = NightInputs.find(spark, storage, config, manifest);
    Console.get()
        .detail(
            String.format(
                "ingest input files: %d seen, %d to ingest (new, changed or this night's)",
                inputs.seen(), inputs.ingested().size()));
    ShufflePlan.plan(spark, inputs.newBytes());
    Console.get().step("validating and de-duplicating " + inputs.ingested().size() + " file(s)");
    Map<StoredTable, Checked> checked = validateAndDeduplicate(inputs);
    Map<String, DatasetCounts> counts = new LinkedHashMap<>();
    Set<String> waiting = new TreeSet<>();
    // The three side by side: on a small night each is a few short jobs, and one after another
    // they were most of the ingest.
    for (Checked.Outcome o : Concurrently.map(List.copyOf(checked.values()), this::check)) {
      counts.put(o.counts().dataset(), o.counts());
      waiting.addAll(o.waiting());
    }
    stopIfTooManyRejected(counts.values());
    Dataset<Row> keptPostings = replaceChangedFiles(checked.get(Tables.POSTINGS), inputs);
    Console.get().step("writing the night's batch");
    writeBatches(checked, keptPostings);
    Console.get().step("recording the files ingested");
    recordFiles(manifest, inputs, waiting);
    // Unpacked archives are only needed while this night reads them; everything read is now
    // written.
    storage.delete(layout.unpacked(config.run().date()));
    return result(counts, inputs);
  }

  /** One dataset's validated records and what its duplicate check kept and set aside. */
  private record Checked(StoredTable table, Dataset<Row> validated, Deduplicated deduplicated) {
    String dataset() {
      return table.name();
    }

    /** Its counts, and the files holding records dated after the run date. */
    record Outcome(DatasetCounts counts, List<String> waiting) {}
  }

  /** Postings, enrollments and credentials, in that order, validated (cached) and deduplicated. */
  private Map<StoredTable, Checked> validateAndDeduplicate(NightInputs inputs) {
    InputValidation validation =
        new InputValidation(
            spark,
            config,
            layout.unpacked(config.run().date()),
            keys.pseudonymizer(),
            keys.redaction(config.input().columns(Tables.ENROLLMENTS.name())));
    Dataset<Row> postings = cached(validation.postings(inputs.files(Tables.POSTINGS)));
    Dataset<Row> enrollments = cached(validation.enrollments(inputs.files(Tables.ENROLLMENTS)));
    Dataset<Row> credentials = cached(validation.credentials(inputs.files(Tables.CREDENTIALS)));
    Deduplicated p =
        Deduplication.postings(postings, config, earlierPostings(inputs.changedFiles()));
    Deduplicated e = Deduplication.keepAccepted(enrollments);
    Deduplicated c = Deduplication.byId(credentials, CREDENTIAL_ID);
    Map<StoredTable, Checked> checked = new LinkedHashMap<>();
    checked.put(Tables.POSTINGS, new Checked(Tables.POSTINGS, postings, p));
    checked.put(Tables.ENROLLMENTS, new Checked(Tables.ENROLLMENTS, enrollments, e));
    checked.put(Tables.CREDENTIALS, new Checked(Tables.CREDENTIALS, credentials, c));
    return checked;
  }

  private static Dataset<Row> cached(Dataset<Row> validated) {
    return validated.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Postings of earlier nights (this night's own batch is being rewritten), less those of files
   * changed since: their new version replaces them. Null on a first night or a full refresh, which
   * have none: their duplicate check then skips five joins against an empty table.
   */
  private Dataset<Row> earlierPostings(Set<String> changedFiles) {
    Warehouse warehouse = new Warehouse(spark, layout);
    if (warehouse.batches(Tables.POSTINGS).stream().allMatch(config.run().date()::equals)) {
      return null;
    }
    return warehouse
        .table(Tables.POSTINGS)
        .filter(col(StoredTable.BATCH).notEqual(lit(Date.valueOf(config.run().date()))))
        .filter(not(col(Schemas.SOURCE_FILE).isin(changedFiles.toArray())));
  }

  /**
   * Counts one dataset, writes its quarantine, and finds its files with records dated after the run
   * date.
   */
  private Checked.Outcome check(Checked k) {
    Dataset<Row> duplicates = k.deduplicated().duplicates();
    DatasetCounts counts = counts(k.dataset(), k.validated(), duplicates);
    quarantine.write(k.dataset(), k.validated(), duplicates);
    List<String> waiting =
        k.validated()
            .filter(col("reject_code").equalTo(RejectReason.AFTER_RUN_DATE.name()))
            .select(Schemas.SOURCE_FILE)
            .distinct()
            .as(Encoders.STRING())
            .collectAsList(); // one row per file
    return new Checked.Outcome(counts, waiting);
  }

  private static DatasetCounts counts(
      String dataset, Dataset<Row> validated, Dataset<Row> duplicates) {
    Map<String, Long> byReason = new LinkedHashMap<>();
    long acceptedIncludingDuplicates = 0;
    // One row per reason code: small whatever the input size.
    for (Row r : validated.groupBy("reject_code").count().collectAsList()) {
      String reason = r.getAs("reject_code");
      if (reason == null) {
        acceptedIncludingDuplicates = r.<Long>getAs("count");
      } else {
        byReason.put(reason, r.<Long>getAs("count"));
      }
    }
    long dups = duplicates.count();
    return DatasetCounts.of(dataset, acceptedIncludingDuplicates - dups, dups, byReason);
  }

  private void stopIfTooManyRejected(Iterable<DatasetCounts> counts) {
    for (DatasetCounts dc : counts) {
      if (dc.rejectRatio() > config.ingest().maxRejectRatio()) {
        throw Errors.rejectRatioExceeded(
            dc.dataset(),
            dc.quarantined(),
            dc.read(),
            config.ingest().maxRejectRatio(),
            top(dc.quarantinedByReason()));
      }
    }
  }

  private static Map<String, Long> top(Map<String, Long> byReason) {
    Map<String, Long> out = new LinkedHashMap<>();
    byReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(3)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Drops changed files' old rows from their batches, and returns the night's postings to write.
   * Only now, with the new versions validated and within the reject ratio, do the old rows go. The
   * night's postings were deduplicated against the old batch files: they are computed before those
   * files are rewritten (Spark reads lazily, and the rewritten batch has new file names).
   */
  private Dataset<Row> replaceChangedFiles(Checked postings, NightInputs inputs) {
    Dataset<Row> kept = postings.deduplicated().kept();
    if (!inputs.superseded().isEmpty()) {
      kept = kept.persist(StorageLevel.MEMORY_AND_DISK());
      kept.count();
    }
    inputs
        .superseded()
        .forEach((batch, paths) -> new Warehouse(spark, layout).dropSourceFiles(batch, paths));
    return kept;
  }

  /**
   * Writes this night's batch of each table as a whole; re-running the night replaces the same
   * batch.
   */
  private void writeBatches(Map<StoredTable, Checked> checked, Dataset<Row> keptPostings) {
    Map<StoredTable, Dataset<Row>> kept = new HashMap<>();
    checked.forEach((table, k) -> kept.put(table, k.deduplicated().kept()));
    kept.put(Tables.POSTINGS, keptPostings);
    Concurrently.map(
        Tables.INPUTS,
        table -> {
          Dataset<Row> rows = kept.get(table).selectExpr(table.schema().fieldNames());
          new Warehouse(spark, layout).writeBatch(table, config.run().date(), rows);
          return table;
        });
  }

  private void recordFiles(Manifest manifest, NightInputs inputs, Set<String> waiting) {
    if (!waiting.isEmpty()) {
      Console.get()
          .notice(
              waiting.size()
                  + " file(s) hold records dated after "
                  + config.run().date()
                  + "; they are read again on later nights: "
                  + waiting);
    }
    inputs.record(manifest, waiting, storage, layout);
  }

  private Result result(Map<String, DatasetCounts> counts, NightInputs inputs) {
    Warehouse warehouse = new Warehouse(spark, layout);
    return new Result(
        warehouse.table(Tables.POSTINGS),
        warehouse.enrollments(),
        warehouse.credentials(),
        counts.get(Tables.POSTINGS.name()),
        counts.get(Tables.ENROLLMENTS.name()),
        counts.get(Tables.CREDENTIALS.name()),
        inputs.seen(),
        inputs.ingested().size());
  }
}
