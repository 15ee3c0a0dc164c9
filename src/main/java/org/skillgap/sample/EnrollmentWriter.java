package org.skillgap.sample;

import static org.skillgap.sample.Draws.weighted;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.skillgap.core.Json;
import org.skillgap.sample.CredentialCatalog.Entry;

/**
 * Writes the sample enrollments: learners enrolling in the catalogue's credentials, more each year,
 * and completing or withdrawing as learners do.
 */
final class EnrollmentWriter {
  private EnrollmentWriter() {}

  /** Enrollments per year from 2019, relative to 2019. */
  private static final double[] ENROLLMENT_GROWTH = {1.0, 1.8, 2.2, 2.5, 3.0, 3.4, 4.0};

  /** The last day of the sample: a learner due to complete later is still in progress. */
  private static final LocalDate DATA_END = LocalDate.of(2025, 12, 31);

  /** Writes {@code count} enrollments and six planted ones; returns how many lines it wrote. */
  static long write(Path file, int count, Random rnd) throws IOException {
    List<Entry> entries = CredentialCatalog.ENTRIES;
    double[] popularity = new double[entries.size()];
    for (int k = 0; k < popularity.length; k++) {
      popularity[k] = entries.get(k).popularity();
    }
    int learners = Math.max(50, count * 2 / 3);
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      // Planted: a rare credential with six learners, below the k=10 privacy threshold.
      Entry rare = entries.get(entries.size() - 1);
      for (int k = 0; k < 6; k++) {
        w.write(
            enrollment(
                    String.format("learner-%06d", learners + k),
                    rare,
                    LocalDate.of(2024, 2 + k, 10),
                    rnd)
                .toString());
        w.write('\n');
        written++;
      }
      for (int i = 0; i < count; i++) {
        Entry e = entries.get(weighted(popularity, rnd));
        int year = IndustryProfiles.FIRST_YEAR + weighted(ENROLLMENT_GROWTH, rnd);
        LocalDate enrolled = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String learner = String.format("learner-%06d", rnd.nextInt(learners));
        String line = enrollment(learner, e, enrolled, rnd).toString();
        if (i > 10 && rnd.nextInt(200) == 0) {
          line =
              switch (rnd.nextInt(3)) {
                case 0 -> line.substring(0, line.length() / 3);
                case 1 -> line.replaceFirst("\"status\":\"[^\"]*\"", "\"status\":\"graduated?\"");
                default -> line.replaceFirst("\"learner_id\":\"[^\"]*\"", "\"learner_id\":\"\"");
              };
        }
        w.write(line);
        w.write('\n');
        written++;
      }
    }
    return written;
  }

  private static Json enrollment(String learner, Entry e, LocalDate enrolled, Random rnd) {
    double completionOdds =
        switch (e.type()) {
          case "Boot camp" -> 0.7;
          case "Certification exam" -> 0.6;
          case "Course" -> 0.45;
          case "MicroMasters" -> 0.2;
          default -> 0.35;
        };
    String status;
    LocalDate completed = null;
    double r = rnd.nextDouble();
    if (r < completionOdds) {
      completed = enrolled.plusDays(7 + Math.max(1, e.hours()) / 2 + rnd.nextInt(120));
      status = completed.isAfter(DATA_END) ? "in_progress" : "completed";
      if (completed.isAfter(DATA_END)) {
        completed = null;
      }
    } else if (r < completionOdds + 0.15) {
      status = "withdrawn";
    } else {
      status = enrolled.isAfter(DATA_END.minusMonths(8)) ? "in_progress" : "withdrawn";
    }
    double paid = rnd.nextInt(10) < 2 && e.type().equals("Course") ? 0 : e.cost();
    return new Json()
        .put("learner_id", learner)
        .put("credential_id", e.id())
        .put("enrolled_date", enrolled.toString())
        .put("completed_date", completed == null ? null : completed.toString())
        .put("status", status)
        .put("amount_paid", paid);
  }
}
