package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.bench.Benchmark;
import org.skillgap.bench.Measurement;

/**
 * The benchmark (src/bench, compiled with the tests) on 1k postings, so it cannot rot; the real
 * runs are jobs/benchmark.sh (BENCHMARKS.md).
 */
class BenchmarkSmokeTest {

  @TempDir Path tmp;

  @Test
  void everyRowRunsAndMeasuresSomething() throws Exception {
    List<Measurement> rows = Benchmark.run(SharedSpark.get(), tmp, 1000, 100, 1);
    assertEquals(9, rows.size());
    assertEquals(
        List.of(
            "floor",
            "CoreNLP",
            "extraction",
            "extraction,",
            "extraction,",
            "full",
            "incremental",
            "baseline: one",
            "baseline: CoreNLP"),
        rows.stream()
            .map(
                r ->
                    r.name().startsWith("baseline")
                        ? r.name().substring(0, r.name().indexOf(' ', 10))
                        : r.name().split("[ :]")[0])
            .toList());
    for (Measurement r : rows) {
      assertTrue(r.seconds() > 0 && r.postings() > 0, r.toString());
      assertTrue(r.liveHeapMb() > 0 && r.liveHeapMb() <= r.peakHeapMb(), r.toString());
      assertTrue(r.retainedHeapMb() > 0, r.toString());
    }
  }
}
