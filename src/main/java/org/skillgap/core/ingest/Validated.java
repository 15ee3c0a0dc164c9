package org.skillgap.core.ingest;

/** Either a clean value or the reason it was rejected. */
public record Validated<T>(T value, Rejection rejection) {
  public static <T> Validated<T> ok(T value) {
    return new Validated<>(value, null);
  }

  public static <T> Validated<T> reject(RejectReason reason, String message) {
    return new Validated<>(null, new Rejection(reason, message));
  }

  public boolean accepted() {
    return rejection == null;
  }
}
