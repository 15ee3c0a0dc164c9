package org.skillgap.spark.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A published night: the run that published it and, for each report, the Iceberg snapshot that
 * holds the night's rows (null for a report whose table had no snapshot yet and no rows).
 */
public record PublishedNight(
    LocalDate night, String runId, Instant publishedAt, Map<String, Long> snapshots, long rows) {

  /** The tag each report's snapshot of this night carries, for readers outside skillgap. */
  public String tag() {
    return tagOf(night);
  }

  public static String tagOf(LocalDate night) {
    return "night-" + night;
  }
}
