package org.skillgap.core.ingest;

/** A rejected record's reason code and a message that says which field and what was wrong. */
public record Rejection(RejectReason reason, String message) {
  /**
   * Messages quote the value they reject; contact details in it are masked like any stored text.
   */
  public Rejection {
    message = TextCleaner.maskContacts(message);
  }

  public static Rejection of(RejectReason reason, String message) {
    return new Rejection(reason, message);
  }
}
