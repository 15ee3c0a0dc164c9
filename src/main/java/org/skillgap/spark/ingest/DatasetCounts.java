package org.skillgap.spark.ingest;

import java.util.Map;
import java.util.TreeMap;
import org.skillgap.core.ingest.RejectReason;

/**
 * What ingest did with one dataset. They reconcile: read = accepted + quarantined + duplicates.
 *
 * @param quarantinedByReason reason code to count
 */
public record DatasetCounts(
    String dataset,
    long read,
    long accepted,
    long duplicates,
    Map<String, Long> quarantinedByReason) {

  public long quarantined() {
    return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The share of records rejected as bad. Records dated after the run date are not bad, only early
   * (a backfill of an older night meets them): they are quarantined and counted, and their file is
   * read again later, but they do not stop the night.
   */
  public double rejectRatio() {
    long deferred = quarantinedByReason.getOrDefault(RejectReason.AFTER_RUN_DATE.name(), 0L);
    return read == 0 ? 0.0 : (double) (quarantined() - deferred) / read;
  }

  public static DatasetCounts of(
      String dataset, long accepted, long duplicates, Map<String, Long> byReason) {
    long q = byReason.values().stream().mapToLong(Long::longValue).sum();
    return new DatasetCounts(
        dataset, accepted + q + duplicates, accepted, duplicates, new TreeMap<>(byReason));
  }
}
