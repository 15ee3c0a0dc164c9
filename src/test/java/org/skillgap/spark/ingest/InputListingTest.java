package org.skillgap.spark.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.spark.SharedSpark;

class InputListingTest {
  @TempDir Path tmp;

  @Test
  void listingSkipsWriterLeftoversHiddenFilesAndFolders() throws Exception {
    Path postings =
        tmp.resolve("_in").resolve("postings"); // an underscore above the root does not matter
    for (String f :
        List.of(
            "a.jsonl",
            "sub/b.jsonl.gz",
            "_SUCCESS",
            ".a.jsonl.crc",
            "_temporary/0/part-00000.jsonl",
            ".hidden/x.jsonl",
            "sub/_staging/y.csv",
            "sub/.z.csv",
            // an output folder copied into the input: warehouse, quarantine, reports, run summaries
            "old-out/warehouse/postings/ingest_batch=2026-01-01/part-0.parquet",
            "old-out/quarantine/postings/run_date=2026-01-01/part-0.parquet",
            "old-out/reports/runs/2026-01-01/skill_demand/industry=tech/part-0.parquet",
            "old-out/runs/2026-01-01/summary.json",
            "by-industry/industry=tech/c.jsonl")) {
      Path p = postings.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "{}\n");
    }
    List<String> listed =
        InputListing.list(SharedSpark.get(), postings.toString()).stream()
            .map(f -> f.path().substring(f.path().indexOf("/postings/") + "/postings/".length()))
            .toList();
    assertEquals(List.of("a.jsonl", "by-industry/industry=tech/c.jsonl", "sub/b.jsonl.gz"), listed);
  }
}
