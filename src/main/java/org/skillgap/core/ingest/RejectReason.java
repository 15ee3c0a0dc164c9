package org.skillgap.core.ingest;

/** Why a record went to quarantine. The codes are stable: reports and alerts key on them. */
public enum RejectReason {
  MALFORMED_RECORD("the line could not be parsed as a record of the dataset's format"),
  MISSING_FIELD("a required field is empty or absent"),
  INVALID_DATE("a date is not a valid calendar date in a known format"),
  DATE_OUT_OF_RANGE(
      "a date lies before 2000 or more than a year after the run date, or a completion before its enrollment"),
  AFTER_RUN_DATE(
      "a date lies up to a year after the run date; the file is read again on later nights, when it is valid"),
  INVALID_SALARY("the salary is negative, reversed or implausible"),
  INVALID_NUMBER("a numeric field holds text that is no number, or a negative amount"),
  INVALID_VALUE("a field holds a value outside its allowed set"),
  TEXT_TOO_LONG("a text field is longer than the configured limit"),
  DUPLICATE_ID("another record of the same run has the same id");

  public final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }
}
