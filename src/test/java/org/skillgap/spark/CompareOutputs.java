package org.skillgap.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.spark.report.ReportRegistry;

/**
 * Compares two runs' outputs row by row: every report of the latest published night, the dashboard,
 * and every warehouse table (all but {@code source_file}, the input's path). A restructuring that
 * claims no change of behaviour runs the same nights before and after (same input, {@code --date}
 * and {@code SKILLGAP_LEARNER_KEY}) and shows here that nothing moved. Rows are compared as
 * multisets ({@code exceptAll} both ways), so the order Spark wrote them in does not matter.
 *
 * <p>Usage (test classpath): {@code CompareOutputs <output before> <output after>}; exits 1 when
 * anything differs.
 */
public final class CompareOutputs {
  private CompareOutputs() {}

  public static void main(String[] args) throws IOException {
    Path before = Path.of(args[0]);
    Path after = Path.of(args[1]);
    SparkSession spark = SharedSpark.get();
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (ReportRegistry.Report report : ReportRegistry.ALL) {
      compared++;
      compare(
          report.name(),
          Published.report(before, null, report.name()),
          Published.report(after, null, report.name()),
          differences);
    }
    if (!Files.readString(Published.dashboard(before))
        .equals(Files.readString(Published.dashboard(after)))) {
      differences.add("dashboard differs");
    }
    for (Path table : folders(before.resolve("warehouse"))) {
      if (!table.getFileName().toString().startsWith("_")) {
        compared++;
        Path other = after.resolve("warehouse").resolve(table.getFileName());
        if (!Files.isDirectory(other)) {
          differences.add(table.getFileName() + ": missing in the second output");
          continue;
        }
        compare(
            table.getFileName().toString(),
            spark.read().parquet(table.toString()),
            spark.read().parquet(other.toString()),
            differences);
      }
    }
    System.out.printf(
        "%s vs %s: %d folders and the dashboard compared, %d differ%n",
        before, after, compared, differences.size());
    differences.forEach(d -> System.out.println("  " + d));
    spark.stop();
    System.exit(differences.isEmpty() ? 0 : 1);
  }

  private static List<Path> folders(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void compare(
      String name, Dataset<Row> before, Dataset<Row> after, List<String> differences) {
    // Where a record came from names the run's input folder, which two runs need not share.
    Dataset<Row> left = before.drop("source_file");
    Dataset<Row> right = after.drop("source_file");
    if (!left.schema().equals(right.schema())) {
      differences.add(name + ": schema " + left.schema().simpleString() + " vs " + right.schema());
      return;
    }
    long onlyLeft = left.exceptAll(right).count();
    long onlyRight = right.exceptAll(left).count();
    long rows = left.count();
    System.out.printf(
        "  %-24s %,9d rows, %d only before, %d only after%n", name, rows, onlyLeft, onlyRight);
    if (onlyLeft + onlyRight > 0) {
      differences.add(name + ": " + onlyLeft + " rows only before, " + onlyRight + " after");
    }
  }
}
