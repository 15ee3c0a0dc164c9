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
 */
public record PipelineConfig(
    String inputPath,
    String outputPath,
    LocalDate runDate,
    int partitions,
    double maxRejectRatio,
    String taxonomy,
    int reportMinPostings)
    implements java.io.Serializable {}
