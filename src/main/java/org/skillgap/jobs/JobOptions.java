package org.skillgap.jobs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.Errors;
import org.skillgap.spark.warehouse.Storage;
import picocli.CommandLine.Option;

/** Options every pipeline job shares. */
public final class JobOptions {

  @Option(
      names = "--input",
      description =
          "Folder with postings/, enrollments/, credentials/ (default: ${DEFAULT-VALUE}). Any Hadoop file system URI.",
      defaultValue = "sample-data")
  String input;

  @Option(
      names = "--output",
      description =
          "Folder for warehouse/, quarantine/, reports/ and runs/ (default: ${DEFAULT-VALUE}).",
      defaultValue = "out")
  String output;

  @Option(names = "--date", description = "Run date, YYYY-MM-DD (default: today, UTC).")
  String date;

  @Option(
      names = "--config",
      description = "Properties file with settings (see docs/configuration.md).")
  String configFile;

  @Option(names = "--set", description = "Override one setting: --set key=value (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--verbose",
      description = "Show each step's figures, Spark's INFO logs and its progress bar.")
  boolean verbose;

  @Option(
      names = "--full-refresh",
      description = "Rebuild the warehouse from every input file, not only new or changed ones.")
  boolean fullRefresh;

  /** Validates every setting before Spark does any work. */
  PipelineConfig toConfig(SparkSession spark) {
    ConfigLoader loader = new ConfigLoader();
    if (configFile != null) {
      Storage storage = new Storage(spark);
      if (!storage.exists(configFile)) {
        throw Errors.unreadableFile("configuration file (--config)", configFile, null);
      }
      loader.withProperties(storage.readText(configFile), configFile);
    }
    loader.withOverrides(overrides);
    LocalDate runDate =
        date == null ? LocalDate.now(ZoneOffset.UTC) : ConfigLoader.parseRunDate(date);
    return loader.build(input, output, runDate).withFullRefresh(fullRefresh);
  }
}
