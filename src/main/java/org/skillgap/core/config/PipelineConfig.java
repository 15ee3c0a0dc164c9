package org.skillgap.core.config;

import java.time.LocalDate;

/**
 * Everything a run needs to know, validated. Built by {@link ConfigLoader}; immutable and serialisable so it
 * can travel to executors.
 *
 * @param inputPath folder holding postings/, enrollments/ and credentials/ (any Hadoop file system URI)
 * @param outputPath folder that receives warehouse/, quarantine/, reports/ and runs/
 * @param runDate the logical date of the night being processed
 * @param partitions partitions for the NLP stage, 0 for automatic
 * @param maxRejectRatio largest tolerated quarantined share per dataset
 * @param taxonomy 'builtin' or a path to a taxonomy file
 * @param reportMinPostings smallest posting count for a skill row in skill_demand
 * @param inputFormat auto, json, csv or parquet
 * @param columnMappings per dataset, feed column name to canonical field
 * @param nearDuplicateSimilarity Jaccard similarity at which two postings are one re-posted
 */
public record PipelineConfig(
    String inputPath,
    String outputPath,
    LocalDate runDate,
    int partitions,
    double maxRejectRatio,
    String taxonomy,
    int reportMinPostings,
    String inputFormat,
    java.util.Map<String, java.util.Map<String, String>> columnMappings,
    double nearDuplicateSimilarity)
    implements java.io.Serializable {

  /** The mapping of one dataset; empty when the feed uses canonical names. */
  public java.util.Map<String, String> columns(String dataset) {
    return columnMappings.getOrDefault(dataset, java.util.Map.of());
  }
}
