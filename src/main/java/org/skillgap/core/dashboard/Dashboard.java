package org.skillgap.core.dashboard;

import java.util.List;
import java.util.Map;

/**
 * Everything the HTML dashboard shows, already aggregated: small, bounded by industries, top-N lists and
 * periods, never by the number of postings.
 */
public record Dashboard(RunFacts facts, List<IndustryView> industries) {

  /** The run's facts. */
  public record RunFacts(
      String runDate, String taxonomyVersion, long postings, long enrollments, Map<String, Long> quarantined,
      Double classifierAccuracy) {}

  /** One industry's section. */
  public record IndustryView(
      String industry,
      String latestYear,
      List<Bar> topSkills,
      List<Series> topSkillTrends,
      List<Point> credentials,
      List<String> pathCredentialIds,
      List<Gap> gaps,
      List<Series> enrollmentByType,
      Map<String, Double> enrollmentGrowth,
      Series recognition,
      List<Bar> mostNamedCredentials) {}

  public record Bar(String label, double value) {}

  /** A line: x labels in order, one value per label (null where absent). */
  public record Series(String name, List<String> x, List<Double> y) {}

  /** A credential in the coverage-against-cost scatter. */
  public record Point(String id, String label, double cost, double coverage) {}

  public record Gap(String skill, double demandShare, int credentialsCovering, double gapScore) {}
}
