package org.skillgap.bench;

/**
 * One measured row of the benchmark.
 *
 * @param peakHeapMb the heap's highest use, garbage included: it follows -Xmx as much as the data
 * @param liveHeapMb the heap's highest use right after a collection (a full one ends each row):
 *     what the run really held, the figure that must stay flat as the data grows
 * @param retainedHeapMb the heap in use after the full collection that ends the row: what the
 *     driver keeps once the row is over (caches, collected results); it must not grow with the data
 * @param sparkJobs Spark jobs the row started: a night of many tiny jobs is slow for its job count,
 *     not its data
 */
public record Measurement(
    String name,
    long postings,
    double seconds,
    long peakHeapMb,
    long liveHeapMb,
    long retainedHeapMb,
    long sparkJobs) {

  double perSecond() {
    return postings / seconds;
  }
}
