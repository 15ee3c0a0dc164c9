package org.skillgap.core.requirements;

import static org.skillgap.core.requirements.CertificationRules.CERTIFICATION_CUE;
import static org.skillgap.core.requirements.DegreeRules.DEGREE_CUE;

/**
 * A clause, its lower case as the cues and the guarded patterns read it ({@link Guarded}, {@link
 * Opening}), and the cues it holds: a clause a rule rewrites is made anew, so the three stay in
 * step.
 */
record Clause(String text, String lower, int cued) {
  /** Both cues, read at once: bit 0 the degree cue's, bit 1 the licence cue's. */
  private static final Cues CUES = new Cues(DEGREE_CUE, CERTIFICATION_CUE);

  private static final int DEGREE_CUED = 1;
  private static final int CERTIFICATION_CUED = 2;

  /** A clause whose lower case is at hand: a slice of the whole text's, lower-cased once. */
  static Clause of(String text, String lower) {
    return new Clause(text, lower, CUES.scan(lower));
  }

  static Clause of(String text) {
    return of(text, Cue.asciiLower(text));
  }

  /** Whether {@link DegreeRules#DEGREE_CUE} passes the clause. */
  boolean degreeCued() {
    return (cued & DEGREE_CUED) != 0;
  }

  /** Whether {@link CertificationRules#CERTIFICATION_CUE} passes the clause. */
  boolean certificationCued() {
    return (cued & CERTIFICATION_CUED) != 0;
  }

  /** {@link Opening#first} of the clause. */
  char first() {
    return Opening.first(lower);
  }
}
