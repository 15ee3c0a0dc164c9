package org.skillgap.spark;

import java.util.Map;
import java.util.TreeMap;

/**
 * What ingest did with one dataset. They reconcile: read = accepted + quarantined + duplicates.
 *
 * @param quarantinedByReason reason code to count
 */
public record DatasetCounts(
    String dataset, long read, long accepted, long duplicates, Map<String, Long> quarantinedByReason) {

  public long quarantined() {
    return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public double rejectRatio() {
    return read == 0 ? 0.0 : (double) quarantined() / read;
  }

  public static DatasetCounts of(String dataset, long accepted, long duplicates, Map<String, Long> byReason) {
    long q = byReason.values().stream().mapToLong(Long::longValue).sum();
    return new DatasetCounts(dataset, accepted + q + duplicates, accepted, duplicates, new TreeMap<>(byReason));
  }
}
