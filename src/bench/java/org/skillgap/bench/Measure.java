package org.skillgap.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** Times a step and takes the heap and job figures of the row it makes. */
final class Measure {
  private Measure() {}

  /** The work a row times. */
  interface Step {
    void run() throws Exception;
  }

  /** Runs the step once. */
  static Measurement once(String name, long postings, Step step) throws Exception {
    HeapWatch.reset();
    long jobsBefore = SparkJobs.started();
    SparkJobs.forgetSites();
    System.gc();
    long t0 = System.nanoTime();
    step.run();
    double s = (System.nanoTime() - t0) / 1e9;
    System.err.printf(
        "[benchmark] %-40s %8.1f s, %d Spark jobs%n", name, s, SparkJobs.started() - jobsBefore);
    SparkJobs.printTopSites(12);
    SparkJobs.forgetSites();
    // A full collection, so the live figure includes what the row still holds at its end.
    System.gc();
    long retained = HeapWatch.usedMb();
    return new Measurement(
        name,
        postings,
        s,
        HeapWatch.peakMb(),
        HeapWatch.livePeakMb(),
        retained,
        SparkJobs.started() - jobsBefore);
  }

  /** Runs the step {@code repeat} times: the median time, the highest heap figures. */
  static Measurement median(String name, long postings, int repeat, Step step) throws Exception {
    List<Measurement> runs = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      runs.add(once(name, postings, step));
    }
    runs.sort(Comparator.comparingDouble(Measurement::seconds));
    Measurement m = runs.get(runs.size() / 2);
    return new Measurement(
        name + (repeat > 1 ? " (median of " + repeat + ")" : ""),
        postings,
        m.seconds(),
        max(runs, Measurement::peakHeapMb),
        max(runs, Measurement::liveHeapMb),
        max(runs, Measurement::retainedHeapMb),
        m.sparkJobs());
  }

  private static long max(List<Measurement> runs, ToLongFunction<Measurement> figure) {
    return runs.stream().mapToLong(figure).max().orElse(0);
  }
}
