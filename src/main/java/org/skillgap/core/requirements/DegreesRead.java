package org.skillgap.core.requirements;

import org.skillgap.core.requirements.Requirements.DegreeLevel;

/**
 * The degrees a posting names, required and preferred: of each the lowest. A degree with no level
 * named ("a degree in Computer Science", null here) is a first degree, a bachelor's, only where the
 * posting names no level: elsewhere the level named says which degree is meant ("a doctoral degree
 * in psychology ... an applicant with a degree in school psychology is not eligible").
 */
final class DegreesRead {
  private DegreeLevel required;
  private DegreeLevel preferred;
  private boolean unlevelledRequired;
  private boolean unlevelledPreferred;

  /** A degree asked or preferred; {@code level} null for one with no level named. */
  void add(DegreeLevel level, boolean isPreferred) {
    if (level == null) {
      unlevelledRequired |= !isPreferred;
      unlevelledPreferred |= isPreferred;
    } else if (isPreferred) {
      preferred = preferred == null || level.compareTo(preferred) < 0 ? level : preferred;
    } else {
      required = required == null || level.compareTo(required) < 0 ? level : required;
    }
  }

  boolean anyRequired() {
    return required != null || unlevelledRequired;
  }

  DegreeLevel required() {
    return required != null
        ? required
        : unlevelledRequired ? DegreeLevel.BACHELOR : DegreeLevel.NONE;
  }

  DegreeLevel preferred() {
    return preferred != null
        ? preferred
        : unlevelledPreferred ? DegreeLevel.BACHELOR : DegreeLevel.NONE;
  }
}
