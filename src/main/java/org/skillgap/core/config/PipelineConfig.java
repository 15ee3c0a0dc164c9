package org.skillgap.core.config;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs to know, validated, in one group per stage (the groups follow the keys'
 * prefixes in docs/configuration.md). Built by {@link ConfigLoader}; immutable and serialisable so
 * it can travel to executors. A new setting is its declaration in {@link Settings}, a field of its
 * group here with the line that reads it, and its row in docs/configuration.md.
 */
public record PipelineConfig(
    RunSettings run,
    InputSettings input,
    IngestSettings ingest,
    ExtractSettings extract,
    ReportSettings reports,
    PublishSettings publish)
    implements Serializable {

  /** The same configuration with full refresh switched on or off. */
  public PipelineConfig withFullRefresh(boolean on) {
    RunSettings r =
        new RunSettings(
            run.input(), run.output(), run.date(), on, run.lock(), run.lockStaleMinutes());
    return new PipelineConfig(r, input, ingest, extract, reports, publish);
  }

  /**
   * @param input folder holding postings/, enrollments/ and credentials/ (any Hadoop file system
   *     URI)
   * @param output folder that receives warehouse/, quarantine/, reports/ and runs/
   * @param date the logical date of the night being processed
   * @param fullRefresh rebuild the warehouse from every input file instead of only new or changed
   *     ones
   * @param lock the run lock's file, or {@code Settings.LOCK_IN_OUTPUT} for the output's own; null
   *     when the scheduler guarantees one run at a time
   * @param lockStaleMinutes minutes without heartbeat after which a run lock is stale
   */
  public record RunSettings(
      String input,
      String output,
      LocalDate date,
      boolean fullRefresh,
      String lock,
      int lockStaleMinutes)
      implements Serializable {}

  /**
   * @param format auto, json, csv or parquet
   * @param columnMappings per dataset, feed column name to canonical field
   */
  public record InputSettings(String format, Map<String, Map<String, String>> columnMappings)
      implements Serializable {
    static InputSettings read(ConfigLoader c) {
      return new InputSettings(
          c.get(Settings.INPUT_FORMAT),
          Map.of(
              "postings", c.get(Settings.POSTINGS_COLUMNS),
              "enrollments", c.get(Settings.ENROLLMENTS_COLUMNS),
              "credentials", c.get(Settings.CREDENTIALS_COLUMNS)));
    }

    /** The mapping of one dataset; empty when the feed uses canonical names. */
    public Map<String, String> columns(String dataset) {
      return columnMappings.getOrDefault(dataset, Map.of());
    }
  }

  /**
   * @param learnerKeyFile the file that holds the learner key; null to generate one in the output
   * @param maxRejectRatio largest tolerated quarantined share per dataset
   * @param nearDuplicateSimilarity Jaccard similarity at which two postings are one re-posted
   * @param nearDuplicateWindowDays postings less than this many days apart are compared for
   *     re-posts
   * @param nearDuplicateKey posting fields (company, title, location) that re-posts of one job
   *     share
   */
  public record IngestSettings(
      String learnerKeyFile,
      double maxRejectRatio,
      double nearDuplicateSimilarity,
      int nearDuplicateWindowDays,
      List<String> nearDuplicateKey)
      implements Serializable {
    static IngestSettings read(ConfigLoader c) {
      return new IngestSettings(
          c.get(Settings.LEARNER_KEY_FILE).equals(Settings.GENERATED_KEY)
              ? null
              : c.get(Settings.LEARNER_KEY_FILE),
          c.get(Settings.MAX_REJECT_RATIO),
          c.get(Settings.NEAR_DUPLICATE_SIMILARITY),
          c.get(Settings.NEAR_DUPLICATE_WINDOW_DAYS),
          c.get(Settings.NEAR_DUPLICATE_KEY));
    }
  }

  /**
   * @param partitions partitions for the NLP stage, 0 for automatic
   * @param taxonomy 'builtin' or a path to a taxonomy file
   * @param spanModel 'builtin', 'none' or a path to a span model (see {@code Settings.SPAN_MODEL})
   * @param templateMinTitles distinct titles that make a sentence a template, 0 for none
   * @param templateMinWords words a template sentence has at least
   * @param sentenceRoles whether the built-in sentence-roles model decides which sentences count
   * @param sentenceRoleMinScore the least score at which a sentence without a cue counts
   */
  public record ExtractSettings(
      int partitions,
      String taxonomy,
      String spanModel,
      int templateMinTitles,
      int templateMinWords,
      boolean sentenceRoles,
      double sentenceRoleMinScore)
      implements Serializable {
    static ExtractSettings read(ConfigLoader c) {
      return new ExtractSettings(
          c.get(Settings.PARTITIONS),
          c.get(Settings.TAXONOMY),
          c.get(Settings.SPAN_MODEL),
          c.get(Settings.TEMPLATE_MIN_TITLES),
          c.get(Settings.TEMPLATE_MIN_WORDS),
          c.get(Settings.SENTENCE_ROLES).equals("builtin"),
          c.get(Settings.SENTENCE_ROLE_MIN_SCORE));
    }

    /** The least score for the extractor, or null when every sentence counts. */
    public Double roleMinScore() {
      return sentenceRoles ? sentenceRoleMinScore : null;
    }
  }

  /**
   * @param minPostings smallest posting count for a skill row in skill_demand
   * @param classifyMinConfidence below it a classified posting goes to 'other'
   * @param classifyRetrainGrowth growth of the placed postings that makes a night train the
   *     classifier again
   * @param minDemandShare share of an industry's postings that makes a skill 'in demand'
   * @param pathTopSkills skills credential_paths tries to cover
   * @param bundleMinSupport minimum support of a skill_bundles itemset
   * @param bundleMinConfidence minimum confidence of a skill_bundles rule
   * @param bundleTopSkills skills mined per industry (the bound on skill_bundles' cost)
   * @param bundleMaxSize most skills in one itemset
   * @param factsLooseBatches most nights whose report facts keep their own folder before older ones
   *     are merged
   * @param minLearners k of the k-anonymity rule for enrollment figures
   */
  public record ReportSettings(
      int minPostings,
      double classifyMinConfidence,
      double classifyRetrainGrowth,
      double minDemandShare,
      int pathTopSkills,
      double bundleMinSupport,
      double bundleMinConfidence,
      int bundleTopSkills,
      int bundleMaxSize,
      int factsLooseBatches,
      int minLearners)
      implements Serializable {
    static ReportSettings read(ConfigLoader c) {
      return new ReportSettings(
          c.get(Settings.REPORT_MIN_POSTINGS),
          c.get(Settings.CLASSIFY_MIN_CONFIDENCE),
          c.get(Settings.CLASSIFY_RETRAIN_GROWTH),
          c.get(Settings.MIN_DEMAND_SHARE),
          c.get(Settings.PATH_TOP_SKILLS),
          c.get(Settings.BUNDLE_MIN_SUPPORT),
          c.get(Settings.BUNDLE_MIN_CONFIDENCE),
          c.get(Settings.BUNDLE_TOP_SKILLS),
          c.get(Settings.BUNDLE_MAX_SIZE),
          c.get(Settings.FACTS_LOOSE_BATCHES),
          c.get(Settings.PRIVACY_MIN_LEARNERS));
    }
  }

  /**
   * @param keepRuns report snapshots to keep
   * @param retentionGraceMinutes minutes a superseded snapshot stays readable before retention may
   *     delete it
   */
  public record PublishSettings(int keepRuns, int retentionGraceMinutes) implements Serializable {
    static PublishSettings read(ConfigLoader c) {
      return new PublishSettings(
          c.get(Settings.KEEP_RUNS), c.get(Settings.RETENTION_GRACE_MINUTES));
    }
  }
}
