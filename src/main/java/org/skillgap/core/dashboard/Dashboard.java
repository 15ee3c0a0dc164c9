package org.skillgap.core.dashboard;

import java.util.List;
import java.util.Map;

/**
 * Everything the HTML dashboard shows, already aggregated: small, bounded by industries, top-N
 * lists and periods, never by the number of postings.
 */
public record Dashboard(RunFacts facts, List<IndustryView> industries) {

  /** The run's facts. */
  public record RunFacts(
      String runDate,
      String taxonomyVersion,
      long postings,
      long enrollments,
      Map<String, Long> quarantined,
      Double classifierAccuracy) {}

  /** One industry's section. */
  public record IndustryView(
      String industry,
      String latestYear,
      List<Bar> topSkills,
      List<Example> examples,
      List<Series> topSkillTrends,
      List<Point> credentials,
      List<String> pathCredentialIds,
      List<Gap> gaps,
      List<Series> enrollmentByType,
      Map<String, Double> enrollmentGrowth,
      Series recognition,
      List<Bar> mostNamedCredentials,
      WorthIt worthIt) {}

  /**
   * "Is it worth it?": the industry's credentials ranked by value (credential_value, latest year)
   * and what its postings ask besides skills over the years (requirement_trends).
   *
   * @param requirementTrends shares per year: degree required, bachelor or higher, alternative
   *     accepted, certification named
   * @param medianMinYears median minimum years of experience asked for, per year (null where none
   *     stated)
   */
  public record WorthIt(List<Value> ranked, List<Series> requirementTrends, Series medianMinYears) {
    public static final WorthIt NONE = new WorthIt(List.of(), List.of(), null);
  }

  /**
   * One credential_value row, as shown. Null figures are unknown (cost, hours, premium, rating).
   */
  public record Value(
      int rank,
      String credential,
      String type,
      Double cost,
      Double hours,
      double demandCovered,
      Double premium,
      Double valuePer1000Usd,
      double recognition,
      Double completionRate,
      Boolean accredited,
      Double rating,
      Long reviewCount) {}

  public record Bar(String label, double value) {}

  /**
   * A posting counted for a top skill, as shown beside the figure: the skill, the posting's title,
   * the sentence it was counted from and the words matched there.
   */
  public record Example(String skill, String title, String sentence, String matched) {}

  /** A line: x labels in order, one value per label (null where absent). */
  public record Series(String name, List<String> x, List<Double> y) {}

  /** A credential in the coverage-against-cost scatter. */
  public record Point(String id, String label, double cost, double coverage) {}

  public record Gap(String skill, double demandShare, int credentialsCovering, double gapScore) {}
}
