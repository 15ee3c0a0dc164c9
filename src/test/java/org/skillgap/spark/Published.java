package org.skillgap.spark;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.spark.publish.PublishedReports;
import org.skillgap.spark.warehouse.Layout;

/** The tests' way to a published report: through the nights table, as every reader goes. */
public final class Published {
  private Published() {}

  /** A report of the newest run of a night (YYYY-MM-DD), or of the latest night when null. */
  public static Dataset<Row> report(Path out, String night, String report) {
    return report(out.toString(), night, report);
  }

  public static Dataset<Row> report(String out, String night, String report) {
    PublishedReports published = new PublishedReports(SharedSpark.get(), new Layout(out));
    return published.read(published.run(night), report);
  }

  /** The latest night's newest run's dashboard page. */
  public static Path dashboard(Path out) {
    PublishedReports published =
        new PublishedReports(SharedSpark.get(), new Layout(out.toString()));
    return Path.of(published.dashboard(published.run(null)).replaceFirst("^file:", ""));
  }
}
