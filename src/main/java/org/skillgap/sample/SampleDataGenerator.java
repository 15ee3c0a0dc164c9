package org.skillgap.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.skillgap.core.Json;
import org.skillgap.sample.CredentialCatalog.Criteria;
import org.skillgap.sample.CredentialCatalog.Entry;

/**
 * Writes realistic, deterministic inputs: job postings 2019-2025 across five industries, a
 * credential catalogue, and enrollment records growing over the years. Same seed and size, same
 * bytes. Records are streamed to disk one by one, so any size fits in memory. Postings are written
 * by {@link PostingWriter}, enrollments by {@link EnrollmentWriter}; the catalogue is its table,
 * written here.
 */
public final class SampleDataGenerator {

  /** How much of each dataset to write. */
  public record Size(int postings, int enrollments) {
    public static Size ofPostings(int postings) {
      return new Size(postings, Math.max(200, postings * 3));
    }
  }

  /** What was written, for the caller's summary. */
  public record Written(
      long postings, long malformedPostings, long enrollments, long credentials) {}

  private final long seed;

  public SampleDataGenerator(long seed) {
    this.seed = seed;
  }

  public Written write(Path folder, Size size) throws IOException {
    Path postings = Files.createDirectories(folder.resolve("postings"));
    Path enrollments = Files.createDirectories(folder.resolve("enrollments"));
    Path credentials = Files.createDirectories(folder.resolve("credentials"));
    long malformed =
        new PostingWriter(seed)
            .write(postings.resolve("postings.jsonl"), size.postings(), new Random(seed));
    long c = writeCredentials(credentials.resolve("catalog.jsonl"));
    long e =
        EnrollmentWriter.write(
            enrollments.resolve("enrollments.jsonl"), size.enrollments(), new Random(seed + 1));
    return new Written(size.postings(), malformed, e, c);
  }

  private static long writeCredentials(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Entry e : CredentialCatalog.ENTRIES) {
        Criteria c = e.criteria();
        w.write(
            new Json()
                .put("id", e.id())
                .put("name", e.name())
                .put("provider", e.provider())
                .put("type", e.type())
                .put("cost", e.cost())
                .put("hours", e.hours() == 0 ? null : e.hours())
                .put("level", e.level())
                .put("description", e.description())
                .put("skills", e.skills().isEmpty() ? null : e.skills())
                .put("enrollment_count", null)
                .put("accredited", c.accredited())
                .put("rating", c.rating())
                .put("review_count", c.reviewCount())
                .toString());
        w.write('\n');
      }
    }
    return CredentialCatalog.ENTRIES.size();
  }
}
