package org.skillgap.spark;

import java.time.LocalDate;

/**
 * Where everything lives under the output folder. Documented in README.md; changing a path here is a
 * breaking change for readers.
 */
public record Layout(String output) {

  public String warehouse(String table) {
    return Storage.join(output, "warehouse", table);
  }

  public String quarantine(String dataset, LocalDate runDate) {
    return Storage.join(output, "quarantine", dataset, "run_date=" + runDate);
  }

  public String report(String name) {
    return Storage.join(output, "reports", name);
  }

  public String staging(String runId, String name) {
    return Storage.join(output, "_staging", runId, name);
  }

  public String runSummary(LocalDate runDate) {
    return Storage.join(output, "runs", runDate.toString(), "summary.json");
  }
}
