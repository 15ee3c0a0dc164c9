package org.skillgap.core.requirements;

import java.util.List;

/**
 * What a posting asks of a candidate beyond skills: the lowest degree that qualifies, whether
 * experience or a certificate is accepted instead, the years of experience its standard path asks,
 * and the licences and certifications it names.
 *
 * @param degree the lowest degree a qualifying path requires; NONE when no path requires one
 * @param degreePreferred a degree named only as preferred (NONE when none is)
 * @param experienceInstead a degree may be replaced by experience ("or equivalent experience")
 * @param certificateInstead a degree may be replaced by a certificate or licence
 * @param minYears the years of experience the standard (first) path asks for; null when none is
 *     stated
 * @param certifications licences and certifications named, each required or preferred
 */
public record Requirements(
    DegreeLevel degree,
    DegreeLevel degreePreferred,
    boolean experienceInstead,
    boolean certificateInstead,
    Integer minYears,
    List<Certification> certifications) {

  /** Degree levels, lowest first. */
  public enum DegreeLevel {
    NONE,
    ASSOCIATE,
    BACHELOR,
    MASTER,
    DOCTORATE
  }

  /** A licence or certification, and whether the posting requires it or only prefers it. */
  public record Certification(String name, boolean required) {}

  public boolean degreeRequired() {
    return degree != DegreeLevel.NONE;
  }
}
