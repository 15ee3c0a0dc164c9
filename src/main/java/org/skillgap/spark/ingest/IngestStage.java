package org.skillgap.spark.ingest;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.console.Console;
import org.skillgap.core.error.Errors;
import org.skillgap.core.ingest.Credential;
import org.skillgap.core.ingest.CredentialRules;
import org.skillgap.core.ingest.Enrollment;
import org.skillgap.core.ingest.EnrollmentRules;
import org.skillgap.core.ingest.IndustryMapper;
import org.skillgap.core.ingest.LearnerKey;
import org.skillgap.core.ingest.Manifest;
import org.skillgap.core.ingest.Posting;
import org.skillgap.core.ingest.PostingRules;
import org.skillgap.core.ingest.Pseudonymizer;
import org.skillgap.core.ingest.Redaction;
import org.skillgap.core.ingest.RejectReason;
import org.skillgap.core.ingest.Salary;
import org.skillgap.spark.common.Concurrently;
import org.skillgap.spark.common.ShufflePlan;
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
  private final Redaction redaction;
  private final Pseudonymizer pseudonymizer;
  private final String learnerKey;

  /**
   * @param layout where the warehouse is written: the live one, or a full refresh's new one beside
   *     it
   */
  public IngestStage(SparkSession spark, PipelineConfig config, Layout layout) {
    this.spark = spark;
    this.config = config;
    this.layout = layout;
    this.storage = new Storage(spark);
    this.learnerKey = learnerKey();
    this.pseudonymizer = new Pseudonymizer(learnerKey);
    java.util.Set<String> learnerFields = new java.util.HashSet<>(java.util.Set.of("learner_id"));
    config
        .columns(Tables.ENROLLMENTS.name())
        .forEach(
            (source, target) -> {
              if (target.equals("learner_id")) {
                learnerFields.add(source);
              }
            });
    this.redaction = new Redaction(pseudonymizer, learnerFields);
  }

  /**
   * The key learner ids are hashed with: SKILLGAP_LEARNER_KEY, else the key generated at random on
   * this output's first night and kept, owner-only, in {@link Layout#learnerKeyFile}. There is no
   * built-in key.
   */
  private String learnerKey() {
    String key = System.getenv(LEARNER_KEY_ENV);
    if (key != null && !key.isBlank()) {
      return key;
    }
    String file = layout.learnerKeyFile();
    if (!storage.exists(file) && storage.createPrivate(file, LearnerKey.generate() + "\n")) {
      Console.get()
          .notice(
              LEARNER_KEY_ENV
                  + " is not set: generated a random learner key in "
                  + file
                  + " (owner-only). Keep it with the output; on a shared or object store set "
                  + LEARNER_KEY_ENV
                  + " instead.");
    }
    return storage.readText(file).trim();
  }

  /**
   * Stops a night whose learner key is not the one the warehouse was built with; records it on the
   * first.
   */
  private void checkLearnerKey(Manifest manifest) {
    String current = LearnerKey.fingerprint(learnerKey);
    String recorded = manifest.learnerKeyFingerprint();
    if (recorded != null && !recorded.equals(current)) {
      String source =
          System.getenv(LEARNER_KEY_ENV) != null ? LEARNER_KEY_ENV : layout.learnerKeyFile();
      throw Errors.learnerKeyChanged(layout.manifest(), recorded, current, source);
    }
    manifest.learnerKeyFingerprint(current);
  }

  /**
   * Ingests the new and changed input files of every dataset into this night's warehouse batch, and
   * stops the run before anything is written if a reject ratio is exceeded. Returns the whole
   * warehouse tables (every batch).
   */
  /**
   * The stage's steps on the console: listing, validating, writing the batch, recording the files.
   */
  public static final int STEPS = 4;

  public Result run() {
    Console.get().step("listing input files");
    storage.delete(layout.unpacked(config.runDate())); // a failed night's leftovers
    Manifest manifest =
        storage.exists(layout.manifest())
            ? Manifest.parse(storage.readText(layout.manifest()))
            : new Manifest();
    checkLearnerKey(manifest);
    Map<String, List<String>> toRead = new LinkedHashMap<>();
    Map<LocalDate, Set<String>> superseded = new LinkedHashMap<>();
    List<Manifest.Entry> ingested = new ArrayList<>();
    int seen = 0;
    long newBytes = 0;
    for (StoredTable table : Tables.INPUTS) {
      String dataset = table.name();
      String folder = Storage.join(config.inputPath(), dataset);
      if (!storage.exists(folder)) {
        throw Errors.missingInput(dataset, folder);
      }
      List<String> files = new ArrayList<>();
      for (InputListing.InputFile f : InputListing.list(spark, folder)) {
        seen++;
        String[] checksum = new String[1];
        java.util.function.Supplier<String> sum =
            () -> checksum[0] != null ? checksum[0] : (checksum[0] = storage.checksum(f.path()));
        Manifest.Decision d =
            manifest.decide(f.path(), f.size(), f.modified(), config.runDate(), sum);
        if (d == Manifest.Decision.UNCHANGED) {
          continue;
        }
        if (d == Manifest.Decision.CHANGED) {
          superseded
              .computeIfAbsent(manifest.get(f.path()).batch(), k -> new java.util.HashSet<>())
              .add(f.path());
        }
        files.add(f.path());
        newBytes += f.size();
        ingested.add(
            new Manifest.Entry(f.path(), f.size(), f.modified(), sum.get(), config.runDate()));
      }
      toRead.put(dataset, files);
    }
    Console.get()
        .detail(
            String.format(
                "ingest input files: %d seen, %d to ingest (new, changed or this night's)",
                seen, ingested.size()));
    ShufflePlan.plan(spark, newBytes);
    Console.get().step("validating and de-duplicating " + ingested.size() + " file(s)");

    Dataset<Row> postings =
        validate(
            Tables.POSTINGS.name(),
            toRead.get(Tables.POSTINGS.name()),
            Schemas.RAW_POSTINGS,
            Schemas.POSTINGS,
            new PostingRules(IndustryMapper.builtin(), config.runDate())::validate,
            IngestStage::postingValues);
    Dataset<Row> enrollments =
        validate(
            Tables.ENROLLMENTS.name(),
            toRead.get(Tables.ENROLLMENTS.name()),
            Schemas.RAW_ENROLLMENTS,
            Schemas.ENROLLMENTS,
            new EnrollmentRules(pseudonymizer, config.runDate())::validate,
            IngestStage::enrollmentValues);
    Dataset<Row> credentials =
        validate(
            Tables.CREDENTIALS.name(),
            toRead.get(Tables.CREDENTIALS.name()),
            Schemas.RAW_CREDENTIALS,
            Schemas.CREDENTIALS,
            new CredentialRules()::validate,
            IngestStage::credentialValues);

    // Earlier nights' postings, less those of files changed since: their new version replaces them
    // below.
    Set<String> changedFiles = new java.util.HashSet<>();
    superseded.values().forEach(changedFiles::addAll);
    Dataset<Row> history = history();
    Deduplicated p =
        deduplicatePostings(
            postings,
            config.nearDuplicateSimilarity(),
            config.nearDuplicateWindowDays(),
            config.nearDuplicateKey(),
            history == null
                ? null
                : history.filter(not(col("source_file").isin(changedFiles.toArray()))));
    Deduplicated e = keepAccepted(enrollments);
    Deduplicated c = deduplicateById(credentials, "credential_id");

    // Per dataset: counted, its quarantine written, its files with records dated after the run
    // found. The
    // three side by side: on a small night each is a few short jobs, and one after another they
    // were most
    // of the ingest.
    List<Checked> checked =
        List.of(
            new Checked(Tables.POSTINGS.name(), postings, p),
            new Checked(Tables.ENROLLMENTS.name(), enrollments, e),
            new Checked(Tables.CREDENTIALS.name(), credentials, c));
    Map<String, DatasetCounts> counts = new LinkedHashMap<>();
    Set<String> waiting = new java.util.TreeSet<>();
    for (Checked.Outcome o : Concurrently.map(checked, this::check)) {
      counts.put(o.counts().dataset(), o.counts());
      waiting.addAll(o.waiting());
    }
    for (DatasetCounts dc : counts.values()) {
      if (dc.rejectRatio() > config.maxRejectRatio()) {
        throw Errors.rejectRatioExceeded(
            dc.dataset(),
            dc.quarantined(),
            dc.read(),
            config.maxRejectRatio(),
            top(dc.quarantinedByReason()));
      }
    }
    // Only now, with the new versions validated and within the reject ratio, do changed files' old
    // rows go.
    // The night's postings were deduplicated against the old batch files: they are computed before
    // those
    // files are rewritten (Spark reads lazily, and the rewritten batch has new file names).
    Dataset<Row> keptPostings = p.kept();
    if (!superseded.isEmpty()) {
      keptPostings = keptPostings.persist(StorageLevel.MEMORY_AND_DISK());
      keptPostings.count();
    }
    superseded.forEach(
        (batch, paths) -> new Warehouse(spark, layout).dropSourceFiles(batch, paths));
    Console.get().step("writing the night's batch");
    Map<StoredTable, Dataset<Row>> kept =
        Map.of(
            Tables.POSTINGS,
            keptPostings,
            Tables.ENROLLMENTS,
            e.kept(),
            Tables.CREDENTIALS,
            c.kept());
    Concurrently.map(
        Tables.INPUTS,
        table -> {
          writeBatch(table, kept.get(table));
          return table;
        });
    Console.get().step("recording the files ingested");
    // The manifest moves last: a run that dies before this point ingests the same files again next
    // time.
    // A file with records dated after the run date (a backfill of an older night, or an early
    // delivery) is
    // not marked done: a later night reads it again, when those records are valid.
    if (!waiting.isEmpty()) {
      Console.get()
          .notice(
              waiting.size()
                  + " file(s) hold records dated after "
                  + config.runDate()
                  + "; they are read again on later nights: "
                  + waiting);
    }
    ingested.stream().filter(f -> !waiting.contains(f.path())).forEach(manifest::put);
    storage.replaceText(layout.manifest(), manifest.serialize());
    // Unpacked archives are only needed while this night reads them; everything read is now
    // written.
    storage.delete(layout.unpacked(config.runDate()));

    Warehouse warehouse = new Warehouse(spark, layout);
    return new Result(
        warehouse.table(Tables.POSTINGS),
        warehouse.enrollments(),
        warehouse.credentials(),
        counts.get(Tables.POSTINGS.name()),
        counts.get(Tables.ENROLLMENTS.name()),
        counts.get(Tables.CREDENTIALS.name()),
        seen,
        ingested.size());
  }

  /** One dataset's validated records and what its duplicate check kept and set aside. */
  private record Checked(String dataset, Dataset<Row> validated, Deduplicated deduplicated) {
    /** Its counts, and the files holding records dated after the run date. */
    record Outcome(DatasetCounts counts, List<String> waiting) {}
  }

  /**
   * Counts one dataset, writes its quarantine, and finds its files with records dated after the run
   * date.
   */
  private Checked.Outcome check(Checked k) {
    DatasetCounts counts = counts(k.dataset(), k.validated(), k.deduplicated().duplicates());
    writeQuarantine(k.dataset(), k.validated(), k.deduplicated().duplicates());
    List<String> waiting =
        k.validated()
            .filter(col("reject_code").equalTo(RejectReason.AFTER_RUN_DATE.name()))
            .select("source_file")
            .distinct()
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList(); // one row per file
    return new Checked.Outcome(counts, waiting);
  }

  /**
   * Postings of earlier nights (this night's own batch is being rewritten); null on a first night
   * or a full refresh, which have none: their duplicate check then skips five joins against an
   * empty table.
   */
  private Dataset<Row> history() {
    Warehouse warehouse = new Warehouse(spark, layout);
    if (warehouse.batches(Tables.POSTINGS).stream().allMatch(config.runDate()::equals)) {
      return null;
    }
    return warehouse
        .table(Tables.POSTINGS)
        .filter(col("ingest_batch").notEqual(lit(Date.valueOf(config.runDate()))));
  }

  // ------------------------------------------------------------------ reading and validating

  private <T> Dataset<Row> validate(
      String dataset,
      List<String> files,
      StructType rawSchema,
      StructType accepted,
      RecordValidation.Rules<T> rules,
      RecordValidation.ToValues<T> toValues) {
    Dataset<Row> raw =
        new InputReader(spark, config.inputFormat(), layout.unpacked(config.runDate()))
            .read(
                files,
                java.util.Arrays.asList(rawSchema.fieldNames()),
                org.skillgap.core.ingest.InputFields.required(dataset),
                config.columns(dataset));
    boolean learnerData = java.util.Arrays.asList(rawSchema.fieldNames()).contains("learner_id");
    return RecordValidation.validate(
            raw, rawSchema, accepted, rules, toValues, redaction, learnerData)
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** A clean posting as warehouse row values (schema order, without source_file). */
  public static Object[] postingValues(Posting p) {
    Salary s = p.salary();
    return new Object[] {
      p.id(),
      p.title(),
      p.company(),
      p.location(),
      Date.valueOf(p.postedDate()),
      p.description(),
      p.industry(),
      p.industryRaw(),
      p.industrySource(),
      s == null ? null : s.min(),
      s == null ? null : s.max(),
      s == null ? null : s.currency(),
      s == null ? null : s.period(),
      s == null ? null : s.annualMin(),
      s == null ? null : s.annualMax(),
      p.source(),
      p.url(),
      contentHash(p),
      p.requirements().degree().name(),
      p.requirements().degreePreferred().name(),
      p.requirements().experienceInstead(),
      p.requirements().certificateInstead(),
      p.requirements().minYears(),
      certifications(p.requirements(), true),
      certifications(p.requirements(), false)
    };
  }

  private static String[] certifications(
      org.skillgap.core.requirements.Requirements r, boolean required) {
    return r.certifications().stream()
        .filter(c -> c.required() == required)
        .map(org.skillgap.core.requirements.Requirements.Certification::name)
        .toArray(String[]::new);
  }

  /** Same title, company and text: the same posting, whatever its id. */
  private static String contentHash(Posting p) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      String key =
          (p.title()
                  + "\u0001"
                  + (p.company() == null ? "" : p.company())
                  + "\u0001"
                  + p.description())
              .toLowerCase(java.util.Locale.ROOT);
      byte[] d = md.digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        sb.append(String.format("%02x", d[i]));
      }
      return sb.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object[] enrollmentValues(Enrollment e) {
    return new Object[] {
      e.learnerKey(),
      e.credentialId(),
      Date.valueOf(e.enrolledDate()),
      e.completedDate() == null ? null : Date.valueOf(e.completedDate()),
      e.status(),
      e.amountPaid()
    };
  }

  private static Object[] credentialValues(Credential c) {
    return new Object[] {
      c.id(),
      c.name(),
      c.provider(),
      c.type(),
      c.cost(),
      c.hours(),
      c.level(),
      c.description(),
      c.skills().toArray(new String[0]),
      c.enrollmentCount(),
      c.accredited(),
      c.rating(),
      c.reviewCount()
    };
  }

  // ------------------------------------------------------------------ duplicates

  /** Records kept, and duplicates with the id of the record they repeat. */
  record Deduplicated(Dataset<Row> kept, Dataset<Row> duplicates) {}

  private static Deduplicated keepAccepted(Dataset<Row> validated) {
    Dataset<Row> accepted = validated.filter(col("reject_code").isNull());
    return new Deduplicated(
        accepted, accepted.limit(0).withColumn("duplicate_of", lit(null).cast("string")));
  }

  private static Deduplicated deduplicateById(Dataset<Row> validated, String idColumn) {
    Dataset<Row> accepted = validated.filter(col("reject_code").isNull());
    WindowSpec byId = Window.partitionBy(idColumn).orderBy(col("source_file"), col("name"));
    Dataset<Row> ranked = accepted.withColumn("_rn", row_number().over(byId));
    return new Deduplicated(
        ranked.filter("_rn = 1").drop("_rn"),
        ranked.filter("_rn > 1").drop("_rn").withColumn("duplicate_of", col(idColumn)));
  }

  /**
   * The earliest posting of each id is kept; then, among those, the earliest of each identical
   * title + company + text; then the earliest of each group of near-identical re-posts ({@link
   * NearDuplicates}). Ties break on source file and id, so re-runs keep the same record.
   *
   * @param history earlier nights' postings, or null when there are none
   */
  private static Deduplicated deduplicatePostings(
      Dataset<Row> validated,
      double similarity,
      int windowDays,
      List<String> key,
      Dataset<Row> history) {
    Dataset<Row> accepted = validated.filter(col("reject_code").isNull());
    WindowSpec byId =
        Window.partitionBy("posting_id").orderBy(col("posted_date"), col("source_file"));
    Dataset<Row> rankedById = accepted.withColumn("_rn", row_number().over(byId));
    Dataset<Row> sameId =
        rankedById.filter("_rn > 1").drop("_rn").withColumn("duplicate_of", col("posting_id"));

    Column content = col("content_hash");
    WindowSpec byContent =
        Window.partitionBy("_content").orderBy(col("posted_date"), col("posting_id"));
    Dataset<Row> rankedByContent =
        rankedById
            .filter("_rn = 1")
            .drop("_rn")
            .withColumn("_content", content)
            .withColumn("_rn", row_number().over(byContent))
            .withColumn("_first", first("posting_id").over(byContent));
    Dataset<Row> sameContent =
        rankedByContent
            .filter("_rn > 1")
            .withColumn("duplicate_of", col("_first"))
            .drop("_rn", "_content", "_first");
    // Both cached and filled at once: read by several branches of the queries below, each of which
    // would
    // otherwise compute a cache that is not complete yet on its own.
    Dataset<Row> exact =
        rankedByContent
            .filter("_rn = 1")
            .drop("_rn", "_content", "_first")
            .persist(StorageLevel.MEMORY_AND_DISK());
    exact.count();
    // Small (one row per re-post) and used three times below.
    Dataset<Row> near =
        NearDuplicates.find(exact, similarity, windowDays, key)
            .persist(StorageLevel.MEMORY_AND_DISK());
    near.count();
    Dataset<Row> fresh =
        exact.join(near, exact.col("posting_id").equalTo(near.col("posting_id")), "left_anti");
    Dataset<Row> reposted = exact.join(near, "posting_id");
    Dataset<Row> duplicates = sameId.unionByName(sameContent).unionByName(reposted);
    Dataset<Row> kept = fresh;
    if (history != null) {
      // Against earlier nights: the same id, or the same content under another id, was already
      // ingested.
      Dataset<Row> oldIds = history.select(col("posting_id").as("h_id"));
      Dataset<Row> oldContent =
          history.groupBy(col("content_hash").as("h_hash")).agg(min("posting_id").as("h_first"));
      Dataset<Row> seenId =
          fresh
              .join(oldIds, col("posting_id").equalTo(col("h_id")), "left_semi")
              .withColumn("duplicate_of", col("posting_id"));
      Dataset<Row> notSeenId =
          fresh.join(oldIds, col("posting_id").equalTo(col("h_id")), "left_anti");
      Dataset<Row> seenContent =
          notSeenId
              .join(oldContent, col("content_hash").equalTo(col("h_hash")))
              .withColumn("duplicate_of", col("h_first"))
              .drop("h_hash", "h_first");
      kept = notSeenId.join(oldContent, col("content_hash").equalTo(col("h_hash")), "left_anti");
      duplicates = duplicates.unionByName(seenId).unionByName(seenContent);
    }
    // Counted, then written to quarantine: computed once, and small (a few columns of the
    // duplicates only).
    return new Deduplicated(
        kept,
        duplicates
            .select("source_file", "posting_id", "duplicate_of")
            .persist(StorageLevel.MEMORY_AND_DISK()));
  }

  // ------------------------------------------------------------------ counting and writing

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

  private void writeQuarantine(String dataset, Dataset<Row> validated, Dataset<Row> duplicates) {
    Column runDate = lit(Date.valueOf(config.runDate()));
    Dataset<Row> rejected =
        validated
            .filter(col("reject_code").isNotNull())
            .select(
                lit(dataset).as("dataset"),
                col("source_file"),
                col("reject_code").as("reason_code"),
                col("reject_message").as("reason"),
                lit(null).cast("string").as("duplicate_of"),
                col("raw_record"),
                runDate.as("run_date"));
    Dataset<Row> dups =
        duplicates.select(
            lit(dataset).as("dataset"),
            col("source_file"),
            lit(RejectReason.DUPLICATE_ID.name()).as("reason_code"),
            concat(lit("duplicate of "), col("duplicate_of")).as("reason"),
            col("duplicate_of"),
            lit(null).cast("string").as("raw_record"),
            runDate.as("run_date"));
    Dataset<Row> quarantined = rejected.unionByName(dups).drop("run_date").coalesce(1);
    Warehouse.replaceFolder(
        storage,
        layout.quarantine(dataset, config.runDate()),
        path -> quarantined.write().parquet(path));
  }

  /**
   * Writes this night's batch of a table as a whole; re-running the night replaces the same batch.
   */
  private void writeBatch(StoredTable table, Dataset<Row> kept) {
    new Warehouse(spark, layout)
        .writeBatch(table, config.runDate(), kept.selectExpr(table.schema().fieldNames()));
  }

  private static Map<String, Long> top(Map<String, Long> byReason) {
    Map<String, Long> out = new LinkedHashMap<>();
    byReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(3)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
