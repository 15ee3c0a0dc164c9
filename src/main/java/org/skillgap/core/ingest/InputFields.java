package org.skillgap.core.ingest;

import java.util.List;

/** The canonical input field names of each dataset (README.md, "Input contract"). */
public final class InputFields {
  private InputFields() {}

  public static final List<String> POSTINGS =
      List.of(
          "id",
          "title",
          "company",
          "location",
          "posted_date",
          "description",
          "industry",
          "salary",
          "source",
          "url",
          "salary_min",
          "salary_max",
          "salary_period");

  public static final List<String> ENROLLMENTS =
      List.of(
          "learner_id",
          "credential_id",
          "enrolled_date",
          "completed_date",
          "status",
          "amount_paid");

  public static final List<String> CREDENTIALS =
      List.of(
          "id",
          "name",
          "provider",
          "type",
          "cost",
          "hours",
          "level",
          "description",
          "skills",
          "enrollment_count",
          "accredited",
          "rating",
          "review_count");

  /** Fields a record cannot be accepted without. */
  public static List<String> required(String dataset) {
    return switch (dataset) {
      case "postings" -> List.of("id", "title", "posted_date", "description");
      case "enrollments" -> List.of("learner_id", "credential_id", "enrolled_date", "status");
      case "credentials" -> List.of("id", "name", "type");
      default -> throw new IllegalArgumentException("unknown dataset " + dataset);
    };
  }

  public static List<String> of(String dataset) {
    return switch (dataset) {
      case "postings" -> POSTINGS;
      case "enrollments" -> ENROLLMENTS;
      case "credentials" -> CREDENTIALS;
      default -> throw new IllegalArgumentException("unknown dataset " + dataset);
    };
  }
}
