package org.skillgap.core.requirements;

import com.univocity.parsers.common.record.Record;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import org.skillgap.core.ingest.TextCleaner;

/**
 * Writes the requirements read from every posting of both real feeds, one line per posting ("feed,
 * row, id, requirements"), so that two versions of the rules can be compared posting by posting
 * without a pipeline run. The description is built as the examples' mappings build it
 * (jobs/examples/*.properties: the columns joined with a blank line, as ingest joins them) and
 * cleaned as ingest cleans it.
 *
 * <p>Usage (test classpath): {@code RequirementsOfRealFeeds <real-postings folder> <output file>}.
 */
public final class RequirementsOfRealFeeds {
  private RequirementsOfRealFeeds() {}

  record Feed(String name, String file, String idColumn, List<String> descriptionColumns) {}

  static final List<Feed> FEEDS =
      List.of(
          new Feed(
              "nyc-jobs",
              "nyc-jobs.csv.zip",
              "Job ID",
              List.of("Job Description", "Minimum Qual Requirements", "Preferred Skills")),
          new Feed(
              "usajobs",
              "usajobs_dec2017_dedup.csv.gz",
              "PositionID",
              List.of("JobSummary", "QualificationSummary")));

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Feed feed : FEEDS) {
        write(feed, folder.resolve(feed.file()), out);
      }
    }
  }

  private static void write(Feed feed, Path file, BufferedWriter out) throws IOException {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setHeaderExtractionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.getFormat().setLineSeparator("\n");
    CsvParser parser = new CsvParser(settings);
    try (InputStream in = open(file)) {
      parser.beginParsing(new InputStreamReader(in, StandardCharsets.UTF_8));
      int row = 0;
      for (Record record; (record = parser.parseNextRecord()) != null; row++) {
        List<String> parts = new ArrayList<>();
        for (String column : feed.descriptionColumns()) {
          String value = record.getString(column);
          if (value != null) {
            parts.add(value);
          }
        }
        String description = TextCleaner.clean(String.join("\n\n", parts));
        out.write(
            feed.name()
                + "\t"
                + row
                + "\t"
                + record.getString(feed.idColumn())
                + "\t"
                + RequirementRules.read(description)
                + "\n");
      }
      parser.stopParsing();
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      return new GZIPInputStream(raw);
    }
    ZipInputStream zip = new ZipInputStream(raw);
    zip.getNextEntry(); // the archive holds the one CSV file
    return zip;
  }
}
