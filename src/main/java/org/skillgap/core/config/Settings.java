package org.skillgap.core.config;

import java.util.List;

/** The catalogue of settings, with their defaults. Keep docs/configuration.md in step. */
public final class Settings {

  private Settings() {}

  public static final Setting<Integer> PARTITIONS =
      Setting.intAtLeast(
          "spark.partitions",
          0,
          0,
          "Partitions for the NLP stage. 0 means twice Spark's default parallelism (the cores).");

  public static final Setting<Double> MAX_REJECT_RATIO =
      Setting.ratio(
          "ingest.max-reject-ratio",
          0.10,
          "Largest share of a dataset's records that may be quarantined before the run stops "
              + "(exit code 4) without writing reports.");

  public static final Setting<String> TAXONOMY =
      Setting.text(
          "extract.taxonomy",
          "builtin",
          "Skills taxonomy: 'builtin' for the bundled one, or a path (any Hadoop file system) to a "
              + "file in the same TSV format.");

  public static final Setting<Integer> REPORT_MIN_POSTINGS =
      Setting.intAtLeast(
          "report.min-postings",
          1,
          1,
          "A skill appears in skill_demand for a period only when at least this many postings ask "
              + "for it.");

  public static final List<Setting<?>> ALL =
      List.of(PARTITIONS, MAX_REJECT_RATIO, TAXONOMY, REPORT_MIN_POSTINGS);
}
