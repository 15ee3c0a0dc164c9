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

/**
 * Compares two runs' outputs row by row: every report of the latest published snapshot, the
 * dashboard, and every warehouse table (all but {@code source_file}, the input's path). A
 * restructuring that claims no change of behaviour runs the same nights before and after (same
 * input, {@code --date} and {@code SKILLGAP_LEARNER_KEY}) and shows here that nothing moved. Rows
 * are compared as multisets ({@code exceptAll} both ways), so the order Spark wrote them in does
 * not matter.
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
    Path snapBefore = latestSnapshot(before);
    Path snapAfter = latestSnapshot(after);
    int compared = 0;
    for (Path report : folders(snapBefore)) {
      compared++;
      compare(spark, report, snapAfter.resolve(report.getFileName()), differences);
    }
    if (!Files.readString(snapBefore.resolve("dashboard.html"))
        .equals(Files.readString(snapAfter.resolve("dashboard.html")))) {
      differences.add("dashboard.html differs");
    }
    for (Path table : folders(before.resolve("warehouse"))) {
      if (!table.getFileName().toString().startsWith("_")) {
        compared++;
        compare(spark, table, after.resolve("warehouse").resolve(table.getFileName()), differences);
      }
    }
    System.out.printf(
        "%s vs %s: %d folders and the dashboard compared, %d differ%n",
        before, after, compared, differences.size());
    differences.forEach(d -> System.out.println("  " + d));
    spark.stop();
    System.exit(differences.isEmpty() ? 0 : 1);
  }

  private static Path latestSnapshot(Path output) throws IOException {
    String latest = Files.readString(output.resolve("reports/LATEST")).trim();
    return output.resolve("reports/runs").resolve(latest);
  }

  private static List<Path> folders(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void compare(SparkSession spark, Path a, Path b, List<String> differences) {
    if (!Files.isDirectory(b)) {
      differences.add(a.getFileName() + ": missing in the second output");
      return;
    }
    // Where a record came from names the run's input folder, which two runs need not share.
    Dataset<Row> left = spark.read().parquet(a.toString()).drop("source_file");
    Dataset<Row> right = spark.read().parquet(b.toString()).drop("source_file");
    if (!left.schema().equals(right.schema())) {
      differences.add(
          a.getFileName() + ": schema " + left.schema().simpleString() + " vs " + right.schema());
      return;
    }
    long onlyLeft = left.exceptAll(right).count();
    long onlyRight = right.exceptAll(left).count();
    long rows = left.count();
    System.out.printf(
        "  %-24s %,9d rows, %d only before, %d only after%n",
        a.getFileName(), rows, onlyLeft, onlyRight);
    if (onlyLeft + onlyRight > 0) {
      differences.add(
          a.getFileName() + ": " + onlyLeft + " rows only before, " + onlyRight + " after");
    }
  }
}
