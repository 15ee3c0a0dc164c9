package org.skillgap.core.error;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The single place that words user-facing errors: problem, cause, fix. */
public final class Errors {

  private Errors() {}

  public static SkillgapException unknownSetting(
      String key, String source, Collection<String> known) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "Unknown setting '" + key + "' in " + source + ".",
        "skillgap only accepts the settings documented in docs/configuration.md.",
        "Remove it or correct the spelling. Known settings: " + String.join(", ", known) + ".",
        null);
  }

  public static SkillgapException badSetting(
      String key, String value, String allowed, String source) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "Setting '" + key + "' has the invalid value '" + value + "' (from " + source + ").",
        null,
        "Use " + allowed + ".",
        null);
  }

  public static SkillgapException malformedOverride(String text) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "Cannot read the override '" + text + "'.",
        "Overrides are written key=value.",
        "Write it as --set key=value, for example --set ingest.max-reject-ratio=0.2.",
        null);
  }

  public static SkillgapException unreadableFile(String what, String path, Throwable cause) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "Cannot read the " + what + " at " + path + ".",
        cause == null ? null : cause.toString(),
        "Check that the path exists and is readable by the user running the job.",
        cause);
  }

  public static SkillgapException badTaxonomy(String source, int line, String reason) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "The skills taxonomy " + source + " is invalid at line " + line + ".",
        reason,
        "Correct that line; the format is documented in docs/taxonomy.md.",
        null);
  }

  public static SkillgapException badAnnotatedCorpus(String file, int line, String reason) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_INPUT,
        "The annotated corpus " + file + " is invalid at line " + line + ".",
        reason,
        "Give JSON Lines with a \"tokens\" list and BIO \"tags_<layer>\" lists of the same length"
            + " (the SkillSpan and Green format).",
        null);
  }

  public static SkillgapException badImport(String format, String file, String reason) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_INPUT,
        "Cannot import " + file + " as " + format + ".",
        reason,
        "Check that the file is the " + format + " download as published (see docs/taxonomy.md).",
        null);
  }

  public static SkillgapException learnerKeyChanged(
      String manifest, String recorded, String current, String source) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "The learner key ("
            + source
            + ", fingerprint "
            + current
            + ") is not the one this warehouse's learner "
            + "ids were hashed with (fingerprint "
            + recorded
            + ", recorded in "
            + manifest
            + ").",
        "Hashed under two keys, every learner would count twice and no enrollment would match across nights.",
        "Run with the key the warehouse was built with (SKILLGAP_LEARNER_KEY, or the generated key file kept "
            + "beside the output), or rebuild the warehouse under the new key with --full-refresh.",
        null);
  }

  public static SkillgapException lockOnObjectStore(String lockFile, String setting) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "The run lock "
            + lockFile
            + " would be on an object store, where it cannot keep two runs apart.",
        "The lock is a file created only if it is absent; object stores (S3, GCS) have no such"
            + " operation, so two runs could both believe they hold it.",
        "Set "
            + setting
            + " to a file on HDFS or on a local disk every run sees (e.g. --conf "
            + setting
            + "=hdfs:///locks/skillgap), or to 'none' when the scheduler already runs one night at a"
            + " time (a Kubernetes CronJob with concurrencyPolicy: Forbid, Airflow's"
            + " max_active_runs=1): docs/configuration.md.",
        null);
  }

  public static SkillgapException embeddedCatalogOnObjectStore(String output, String catalog) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "The output " + output + " is on an object store, and no report catalog is configured.",
        "Without one, the reports go to an embedded Hadoop catalog in the output folder, whose commits"
            + " are renames; an object store renames by copying, so a reader could see half a commit.",
        "Configure a catalog that commits atomically without renames as "
            + catalog
            + " (e.g. --conf spark.sql.catalog."
            + catalog
            + "=org.apache.iceberg.spark.SparkCatalog --conf spark.sql.catalog."
            + catalog
            + ".type=rest, or jdbc, hive, glue, each with its uri and an s3a:// warehouse):"
            + " docs/configuration.md, Report catalog.",
        null);
  }

  public static SkillgapException learnerKeyOnObjectStore(
      String output, String setting, String env) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "No learner key is given, and the output " + output + " is on an object store.",
        "Without a key, the first night generates one and keeps it readable by its owner alone in the"
            + " output folder; an object store has no owner-only files, so the key that hides learner ids"
            + " would be as readable as the data.",
        "Give the key from your secret store: the environment variable "
            + env
            + ", or "
            + setting
            + "=<path of a file holding it> (a mounted Kubernetes secret, a file on HDFS):"
            + " docs/configuration.md.",
        null);
  }

  public static SkillgapException overlappingFolders(String input, String output) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "The input folder " + input + " and the output folder " + output + " overlap.",
        "A night would read its own warehouse and reports as input, or write into the folder it reads.",
        "Give --input and --output two separate folders, neither inside the other.",
        null);
  }

  public static SkillgapException exportTargetIsFolder(String path) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "The export target " + path + " is a folder.",
        "--csv names the one CSV file to write; skillgap never deletes or writes into a folder it is given.",
        "Name a file, for example --csv " + path.replaceAll("/+$", "") + "/report.csv.",
        null);
  }

  public static SkillgapException exportTargetExists(String path) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "The export target " + path + " already exists.",
        "--parquet writes a new folder; skillgap never deletes or writes into a folder that exists.",
        "Name a folder that does not exist yet, or remove the old export first.",
        null);
  }

  public static SkillgapException unknownSkill(
      String industry, String run, String skill, List<String> near) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_CONFIGURATION,
        "No skill named '" + skill + "' is counted in " + industry + " in the run of " + run + ".",
        "--skill takes a skill's name or id as the skill_demand report writes it, and only skills"
            + " that report counts in that industry have evidence.",
        near.isEmpty()
            ? "List the industry's skills with: jobs/reports.sh top, or jobs/reports.sh show"
                + " skill_demand --industry "
                + industry
                + "."
            : "Did you mean " + String.join(", ", near) + "?",
        null);
  }

  public static SkillgapException missingInput(String dataset, String path) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_INPUT,
        "No input folder for " + dataset + " at " + path + ".",
        "Every run reads <input>/postings/, <input>/enrollments/ and <input>/credentials/.",
        "Point --input at a folder with those sub-folders (see README.md, 'Input contract'), or create "
            + "an empty one if the dataset has nothing new.",
        null);
  }

  public static SkillgapException missingStageOutput(String table, String path, String stage) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_INPUT,
        "The warehouse table '" + table + "' does not exist at " + path + ".",
        "It is written by the " + stage + " stage, which has not run against this output folder.",
        "Run jobs/"
            + stage
            + ".sh with the same --output first, or run jobs/nightly.sh for all stages.",
        null);
  }

  public static SkillgapException nothingPublished(String catalog, String where) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_INPUT,
        "No night has been published to the report catalog " + catalog + " (" + where + ").",
        "The nightly job has not completed against this output folder, or the session is configured"
            + " with another catalog (spark.sql.catalog.skillgap).",
        "Run jobs/nightly.sh with the same --output first; it publishes the reports when every"
            + " stage has succeeded.",
        null);
  }

  public static SkillgapException runNotPublished(String run, List<String> published) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_INPUT,
        "No published run matches '" + run + "'.",
        published.isEmpty()
            ? "Nothing else is published either."
            : "Published nights: " + String.join(", ", published) + ".",
        "Give --run a published night (YYYY-MM-DD) or a run id from jobs/reports.sh list; nights"
            + " beyond publish.keep-runs are expired.",
        null);
  }

  public static SkillgapException reportNotInRun(String report, String runId) {
    return new SkillgapException(
        SkillgapException.Kind.BAD_INPUT,
        "The run " + runId + " published no report '" + report + "'.",
        "The report was added by a later version of skillgap than the one that ran that night.",
        "Read a later night (jobs/reports.sh list), or run jobs/nightly.sh again.",
        null);
  }

  public static SkillgapException rejectRatioExceeded(
      String dataset, long rejected, long read, double maxRatio, Map<String, Long> topReasons) {
    String reasons =
        topReasons.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    return new SkillgapException(
        SkillgapException.Kind.REJECT_RATIO_EXCEEDED,
        String.format(
            "Too many %s records were rejected: %d of %d (%.1f%%), above the limit of %.1f%%. "
                + "No report was written.",
            dataset, rejected, read, 100.0 * rejected / Math.max(1, read), 100.0 * maxRatio),
        "Top reasons: " + reasons + ".",
        "Inspect the quarantine output for "
            + dataset
            + ", fix the feed, or raise "
            + "ingest.max-reject-ratio if this volume of bad records is expected.",
        null);
  }

  public static SkillgapException runInProgress(String lockPath, String holder, long ageSeconds) {
    return new SkillgapException(
        SkillgapException.Kind.RUN_IN_PROGRESS,
        "Another run is in progress on this output folder: " + holder + ".",
        "The lock "
            + lockPath
            + " was refreshed "
            + ageSeconds
            + " s ago; one run at a time keeps reports "
            + "consistent.",
        "Wait for that run to finish. If it crashed, the lock expires by itself after run.lock-stale-minutes "
            + "without a heartbeat; delete "
            + lockPath
            + " to take over sooner.",
        null);
  }

  public static SkillgapException runFailed(String stage, Throwable cause) {
    return new SkillgapException(
        SkillgapException.Kind.FAILURE,
        "The " + stage + " stage failed; the previously published reports are untouched.",
        rootMessage(cause),
        "Re-run with --verbose for Spark's logs; the run is safe to repeat.",
        cause);
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
