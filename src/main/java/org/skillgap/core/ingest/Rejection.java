package org.skillgap.core.ingest;

/** A rejected record's reason code and a message that says which field and what was wrong. */
public record Rejection(RejectReason reason, String message) {
  public static Rejection of(RejectReason reason, String message) {
    return new Rejection(reason, message);
  }
}
