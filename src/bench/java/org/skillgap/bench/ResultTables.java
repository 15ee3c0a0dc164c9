package org.skillgap.bench;

import java.util.List;
import org.skillgap.core.Json;

/** The rows of one size as a Markdown table (BENCHMARKS.md's) and as JSON. */
final class ResultTables {
  private ResultTables() {}

  static String markdown(List<Measurement> rows, int n, int cores) {
    // NaN (printed as such) when the floor or the tokenize row was skipped.
    double floor = rate(rows, "floor");
    double tokenize = rate(rows, "CoreNLP tokenize");
    StringBuilder sb =
        new StringBuilder(
            String.format("%n%,d postings, %d cores (local[*]), heap peak per row%n", n, cores));
    sb.append(
        "| row | postings | wall s | postings/s | postings/s/core | peak heap MB | live heap MB"
            + " | heap after row MB | speed vs floor | speed vs tokenize-only | Spark jobs |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Measurement r : rows) {
      sb.append(
          String.format(
              "| %s | %,d | %.1f | %,.0f | %,.0f | %,d | %,d | %,d | %.2f | %.2f | %,d |%n",
              r.name(),
              r.postings(),
              r.seconds(),
              r.perSecond(),
              r.perSecond() / cores,
              r.peakHeapMb(),
              r.liveHeapMb(),
              r.retainedHeapMb(),
              r.perSecond() / floor,
              r.perSecond() / tokenize,
              r.sparkJobs()));
    }
    Measurement withModel = find(rows, "extraction stage alone");
    Measurement noModel = find(rows, BenchmarkRun.NO_MODEL_ROW);
    if (withModel != null && noModel != null) {
      sb.append(
          String.format(
              "| span model's cost (extraction stage alone minus %s) | %,d | %.1f | | | | | | | |"
                  + " |%n",
              BenchmarkRun.NO_MODEL_ROW,
              withModel.postings(),
              withModel.seconds() - noModel.seconds()));
    }
    return sb.toString();
  }

  static String json(List<Measurement> rows, int n, int cores) {
    StringBuilder sb =
        new StringBuilder("{\"postings\":" + n + ",\"cores\":" + cores + ",\"rows\":[");
    for (int i = 0; i < rows.size(); i++) {
      Measurement r = rows.get(i);
      sb.append(i == 0 ? "" : ",")
          .append(
              new Json()
                  .put("name", r.name())
                  .put("postings", r.postings())
                  .put("seconds", r.seconds())
                  .put("postings_per_second", r.perSecond())
                  .put("postings_per_second_per_core", r.perSecond() / cores)
                  .put("peak_heap_mb", r.peakHeapMb())
                  .put("live_heap_mb", r.liveHeapMb())
                  .put("retained_heap_mb", r.retainedHeapMb())
                  .put("spark_jobs", r.sparkJobs()));
    }
    return sb.append("]}\n").toString();
  }

  /** The postings per second of the first row whose name starts so; NaN when there is none. */
  private static double rate(List<Measurement> rows, String prefix) {
    Measurement r = find(rows, prefix);
    return r == null ? Double.NaN : r.perSecond();
  }

  private static Measurement find(List<Measurement> rows, String prefix) {
    return rows.stream().filter(r -> r.name().startsWith(prefix)).findFirst().orElse(null);
  }
}
