package org.skillgap.core.config;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs to know, validated. Built by {@link ConfigLoader}; immutable and
 * serialisable so it can travel to executors.
 *
 * @param inputPath folder holding postings/, enrollments/ and credentials/ (any Hadoop file system
 *     URI)
 * @param outputPath folder that receives warehouse/, quarantine/, reports/ and runs/
 * @param runDate the logical date of the night being processed
 * @param partitions partitions for the NLP stage, 0 for automatic
 * @param maxRejectRatio largest tolerated quarantined share per dataset
 * @param taxonomy 'builtin' or a path to a taxonomy file
 * @param spanModel 'builtin', 'none' or a path to a span model (see {@code Settings.SPAN_MODEL})
 * @param reportMinPostings smallest posting count for a skill row in skill_demand
 * @param inputFormat auto, json, csv or parquet
 * @param columnMappings per dataset, feed column name to canonical field
 * @param nearDuplicateSimilarity Jaccard similarity at which two postings are one re-posted
 * @param nearDuplicateWindowDays postings less than this many days apart are compared for re-posts
 * @param nearDuplicateKey posting fields (company, title, location) that re-posts of one job share
 * @param reports settings of the report stage
 * @param keepRuns report snapshots to keep
 * @param retentionGraceMinutes minutes a superseded snapshot stays readable before retention may
 *     delete it
 * @param lockStaleMinutes minutes without heartbeat after which a run lock is stale
 * @param fullRefresh rebuild the warehouse from every input file instead of only new or changed
 *     ones
 */
public record PipelineConfig(
    String inputPath,
    String outputPath,
    LocalDate runDate,
    int partitions,
    double maxRejectRatio,
    String taxonomy,
    String spanModel,
    int reportMinPostings,
    String inputFormat,
    Map<String, Map<String, String>> columnMappings,
    double nearDuplicateSimilarity,
    int nearDuplicateWindowDays,
    List<String> nearDuplicateKey,
    ReportSettings reports,
    int keepRuns,
    int retentionGraceMinutes,
    int lockStaleMinutes,
    boolean fullRefresh)
    implements Serializable {

  /** The same configuration with full refresh switched on or off. */
  public PipelineConfig withFullRefresh(boolean on) {
    return new PipelineConfig(
        inputPath,
        outputPath,
        runDate,
        partitions,
        maxRejectRatio,
        taxonomy,
        spanModel,
        reportMinPostings,
        inputFormat,
        columnMappings,
        nearDuplicateSimilarity,
        nearDuplicateWindowDays,
        nearDuplicateKey,
        reports,
        keepRuns,
        retentionGraceMinutes,
        lockStaleMinutes,
        on);
  }

  /**
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
      implements Serializable {}

  /** The mapping of one dataset; empty when the feed uses canonical names. */
  public Map<String, String> columns(String dataset) {
    return columnMappings.getOrDefault(dataset, Map.of());
  }
}
