package org.skillgap.spark.warehouse;

import java.util.List;

/**
 * The one test hook for fault injection: the points between two file operations of every publish
 * and warehouse write, and between the nightly's stages. A test names one in the system property
 * {@value #PROPERTY}; reaching it throws, as a process killed there would stop. Without the
 * property, a point costs one property lookup.
 */
public final class KillPoints {
  private KillPoints() {}

  public static final String PROPERTY = "skillgap.test.kill-at";

  /** Optional: only a write whose path contains this text is killed. */
  public static final String SUBJECT_PROPERTY = "skillgap.test.kill-in";

  /** Every point, in the order a write reaches them. */
  public static final List<String> ALL =
      List.of(
          "replace:written",
          "replace:committed",
          "replace:old-dropped",
          "publish:tagged",
          "publish:dashboard-written",
          "publish:night-committed",
          "publish:main-moved",
          "publish:tags-dropped",
          "refresh:built",
          "refresh:committed",
          "facts:grouped",
          "stage:after-ingest",
          "stage:after-extract",
          "report:staged");

  /** Thrown at a kill point. */
  public static final class Killed extends RuntimeException {
    Killed(String point) {
      super("killed at " + point + " (test hook " + PROPERTY + ")");
    }
  }

  public static void reached(String point) {
    reached(point, "");
  }

  public static void reached(String point, String subject) {
    if (point.equals(System.getProperty(PROPERTY))
        && subject.contains(System.getProperty(SUBJECT_PROPERTY, ""))) {
      throw new Killed(point + " of " + subject);
    }
  }
}
