package org.skillgap.core.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates one raw enrollment and replaces the learner id with its pseudonym. */
public final class EnrollmentRules implements Serializable {

  public static final Set<String> STATUSES =
      Set.of("enrolled", "in_progress", "completed", "withdrawn", "failed");

  private final Pseudonymizer pseudonymizer;
  private final LocalDate runDate;

  public EnrollmentRules(Pseudonymizer pseudonymizer, LocalDate runDate) {
    this.pseudonymizer = pseudonymizer;
    this.runDate = runDate;
  }

  public Validated<Enrollment> validate(Map<String, String> f) {
    for (String required :
        new String[] {"learner_id", "credential_id", "enrolled_date", "status"}) {
      if (Fields.get(f, required) == null) {
        return new Validated<>(null, Fields.missing("enrollment", required));
      }
    }
    Object enrolled = Fields.date(f, "enrolled_date", runDate);
    if (enrolled instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    Object completed = Fields.date(f, "completed_date", runDate);
    if (completed instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    if (completed != null && ((LocalDate) completed).isBefore((LocalDate) enrolled)) {
      return Validated.reject(
          RejectReason.DATE_OUT_OF_RANGE,
          "completed_date " + completed + " is before enrolled_date " + enrolled);
    }
    String status =
        Fields.get(f, "status").toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (!STATUSES.contains(status)) {
      return Validated.reject(
          RejectReason.INVALID_VALUE,
          "status '" + Fields.get(f, "status") + "' is not one of " + STATUSES);
    }
    Object paid = Fields.amount(f, "amount_paid");
    if (paid instanceof Rejection r) {
      return new Validated<>(null, r);
    }
    return Validated.ok(
        new Enrollment(
            pseudonymizer.pseudonym(Fields.get(f, "learner_id")),
            Fields.get(f, "credential_id"),
            (LocalDate) enrolled,
            (LocalDate) completed,
            status,
            (Double) paid));
  }
}
