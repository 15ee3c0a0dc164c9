package org.skillgap.spark.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.spark.Pipeline;
import org.skillgap.spark.RunSummary;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.Stored;

/**
 * A CSV whose first header cell is blank, as a pandas index leaves it (the Coursera catalogue):
 * read without Spark's header warning, its unnamed column still mapped as {@code _c0}.
 */
class CsvBlankHeaderTest {

  /** Where Spark's CSV header check logs. */
  static final String CSV_LOGGER = "org.apache.spark.sql.catalyst.csv";

  @TempDir Path tmp;

  @Test
  void anUnnamedFirstColumnReadsWithoutAHeaderWarning() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("postings"));
    Files.createDirectories(in.resolve("enrollments"));
    Files.createDirectories(in.resolve("credentials"));
    Files.writeString(
        in.resolve("credentials/catalogue.csv"),
        ",course_title,course_Certificate_type\n"
            + "134,\"Python, for everybody\",COURSE\n743,SQL for Data Science,SPECIALIZATION\n");
    PipelineConfig config =
        new ConfigLoader()
            .withOverrides(
                List.of(
                    "input.credentials.columns=_c0=id, course_title=name, course_Certificate_type=type"))
            .build(in.toString(), tmp.resolve("out").toString(), LocalDate.of(2025, 1, 1));

    List<String> warnings = new CopyOnWriteArrayList<>();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration logging = context.getConfiguration();
    AbstractAppender capture =
        new AbstractAppender("csv-warnings", null, null, true, Property.EMPTY_ARRAY) {
          @Override
          public void append(LogEvent event) {
            warnings.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
          }
        };
    capture.start();
    LoggerConfig csvLogger = new LoggerConfig(CSV_LOGGER, Level.WARN, false);
    csvLogger.addAppender(capture, Level.WARN, null);
    logging.addLogger(CSV_LOGGER, csvLogger);
    context.updateLoggers();
    RunSummary summary;
    try {
      summary = new Pipeline(SharedSpark.get(), config).runIngest();
    } finally {
      logging.removeLogger(CSV_LOGGER);
      context.updateLoggers();
      capture.stop();
    }

    assertEquals(List.of(), warnings, "Spark's CSV header check");
    assertEquals(2, summary.datasets().get(2).accepted(), summary.datasets().get(2).toString());
    List<Row> rows =
        Stored.table(tmp.resolve("out"), "credentials")
            .orderBy("credential_id")
            .select("credential_id", "name")
            .collectAsList();
    assertEquals("134", rows.get(0).getString(0), "the unnamed column, mapped as _c0");
    assertEquals("Python, for everybody", rows.get(0).getString(1));
  }
}
