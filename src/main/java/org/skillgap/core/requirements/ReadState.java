package org.skillgap.core.requirements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgap.core.requirements.Requirements.Certification;

/**
 * What the clauses read so far say a posting asks, and where in the posting the next clause stands:
 * {@link RequirementRules#read} reads the clauses in order, and a clause's meaning depends on the
 * headings and paths before it.
 */
final class ReadState {
  final DegreesRead degrees = new DegreesRead();
  boolean experienceInstead;
  boolean certificateInstead;
  final List<YearsFigure> figures = new ArrayList<>();

  /** Each certification named, and whether a clause requires it, in the order first named. */
  final Map<String, Boolean> certifications = new LinkedHashMap<>();

  /** Under a "Preferred skills" heading, until a licence section. */
  boolean preferredSection;

  /** Past criteria that rank qualified applicants ("Best Qualified Criteria"): all prefers. */
  boolean strictPreference;

  /**
   * In a path after the standard (first) one, until a licence section or a clause for every path.
   */
  boolean laterPath;

  /** Past a grade's heading: the next grade's is a later path. */
  boolean gradeSeen;

  /** In a list of certifications ("... the following certifications:"). */
  boolean listOfCertifications;

  /** The clause before ended in "or": a numbered clause after it is another path. */
  boolean previousEndsWithOr;

  /** A certification named; one required anywhere is required. */
  void certify(String name, boolean required) {
    certifications.merge(name, required, Boolean::logicalOr);
  }

  Requirements requirements() {
    List<Certification> named = new ArrayList<>();
    certifications.forEach((name, required) -> named.add(new Certification(name, required)));
    return new Requirements(
        degrees.required(),
        degrees.preferred(),
        experienceInstead,
        certificateInstead,
        YearsFigure.minimum(figures),
        List.copyOf(named));
  }
}
