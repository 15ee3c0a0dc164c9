package org.skillgap.core.requirements;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgap.core.Json;
import org.skillgap.core.ingest.TextCleaner;

/**
 * Requirements read from real postings (NYC Jobs and USAJOBS, seven sets of 30 annotated by hand:
 * see SOURCE.md beside the resources) against the hand annotations. Precision and recall per field:
 * a posting's degree counts when one is required, right only at the right level; its minimum years
 * when stated, right only when equal; its required certifications as (posting, name) pairs.
 */
class RequirementsRealPostingsTest {

  record Score(String field, int truePositives, int predicted, int actual) {
    double precision() {
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    @Override
    public String toString() {
      return String.format(
          "%s: precision %.2f (%d/%d), recall %.2f (%d/%d)",
          field, precision(), truePositives, predicted, recall(), truePositives, actual);
    }
  }

  static List<JsonNode> postings(String resource) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                RequirementsRealPostingsTest.class.getResourceAsStream(
                    "/org/skillgap/requirements/" + resource),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(Json.parse(line, resource));
      }
    }
    return out;
  }

  static List<Score> score(String resource, List<String> misses) throws Exception {
    int[] degree = new int[3];
    int[] years = new int[3];
    int[] certs = new int[3];
    for (JsonNode p : postings(resource)) {
      // As ingest reads them: entities decoded, mojibake repaired (PostingRules).
      Requirements got = RequirementRules.read(TextCleaner.clean(p.get("text").asText()));
      String id = p.get("source").asText() + " " + p.get("id").asText();
      String wantDegree = p.get("degree").asText();
      tally(
          degree,
          got.degree() != Requirements.DegreeLevel.NONE,
          !wantDegree.equals("NONE"),
          got.degree().name().equals(wantDegree));
      if (!got.degree().name().equals(wantDegree)) {
        misses.add(id + " degree " + got.degree() + ", annotated " + wantDegree);
      }
      JsonNode wantYears = p.get("min_years");
      Integer want = wantYears.isNull() ? null : wantYears.asInt();
      tally(years, got.minYears() != null, want != null, Objects.equals(got.minYears(), want));
      if (!Objects.equals(got.minYears(), want)) {
        misses.add(id + " years " + got.minYears() + ", annotated " + want);
      }
      Set<String> wantCerts = annotatedRequiredCertifications(p);
      Set<String> gotCerts = requiredCertifications(got);
      tallyPairs(certs, gotCerts, wantCerts);
      if (!gotCerts.equals(wantCerts)) {
        misses.add(id + " certifications " + gotCerts + ", annotated " + wantCerts);
      }
    }
    return List.of(
        new Score("degree", degree[0], degree[1], degree[2]),
        new Score("min_years", years[0], years[1], years[2]),
        new Score("required certifications", certs[0], certs[1], certs[2]));
  }

  /**
   * The annotation's required certifications, each by the rules' name where it is only spelled
   * otherwise.
   */
  private static Set<String> annotatedRequiredCertifications(JsonNode posting) {
    Set<String> names = new TreeSet<>();
    posting
        .get("required_certifications")
        .forEach(c -> names.add(ANNOTATED_TO_RULES_NAME.getOrDefault(c.asText(), c.asText())));
    return names;
  }

  private static Set<String> requiredCertifications(Requirements got) {
    Set<String> names = new TreeSet<>();
    got.certifications().stream()
        .filter(Requirements.Certification::required)
        .forEach(c -> names.add(c.name()));
    return names;
  }

  /** (posting, name) pairs: right, read, annotated. */
  private static void tallyPairs(int[] t, Set<String> got, Set<String> want) {
    Set<String> both = new HashSet<>(got);
    both.retainAll(want);
    t[0] += both.size();
    t[1] += got.size();
    t[2] += want.size();
  }

  private static void tally(int[] t, boolean predicted, boolean actual, boolean right) {
    t[1] += predicted ? 1 : 0;
    t[2] += actual ? 1 : 0;
    t[0] += predicted && actual && right ? 1 : 0;
  }

  /**
   * Seven sets of 30, each annotated before the rules had seen it; sets 2 to 7 were then tuned on
   * in turn, so their first-contact scores (SOURCE.md) are the honest figure for unseen postings,
   * and this test keeps every set at or above 0.9 as the rules change.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "real-postings.jsonl",
        "real-postings-2.jsonl",
        "real-postings-3.jsonl",
        "real-postings-4.jsonl",
        "real-postings-5.jsonl",
        "real-postings-6.jsonl",
        "real-postings-7.jsonl"
      })
  void requirementsOfThirtyHandCheckedRealPostings(String resource) throws Exception {
    assertScores(resource);
  }

  /**
   * The private-sector set (SkillSpan job-board and company postings, annotated by hand before the
   * rules ran on it: SOURCE.md), scored per posting: a field agrees when the rules read what the
   * annotator wrote. Required certifications are also scored as (posting, name) pairs, since most
   * postings name none. Degree, experience-instead, minimum years and required certifications must
   * each agree on at least 90 % of postings.
   */
  @Test
  void requirementsOfFortyHandCheckedPrivateSectorPostings() throws Exception {
    List<JsonNode> postings = postings(PRIVATE_SET);
    assertEquals(40, postings.size());
    List<String> misses = new ArrayList<>();
    PrivateScores scores = scorePrivate(postings, misses);
    System.out.println(
        "[figures] requirements on "
            + PRIVATE_SET
            + " (40 hand-checked private-sector postings): "
            + scores
            + "; misses: "
            + misses);
    // Precision and recall as the government sets are scored, for SOURCE.md's first-contact table.
    System.out.println(
        "[figures] "
            + PRIVATE_SET
            + " scored as the government sets: "
            + score(PRIVATE_SET, new ArrayList<>()));
    // Issue 35's bar. The set was tuned on after its first contact (SOURCE.md): these are not
    // unseen-posting figures.
    for (String field :
        List.of("degree", "experience_instead", "min_years", "required_certifications")) {
      assertTrue(
          scores.agreement(field).rate() >= 0.9,
          PRIVATE_SET + " " + scores.agreement(field) + "; misses: " + misses);
    }
  }

  static final String PRIVATE_SET = "private-postings.jsonl";

  /**
   * Annotated certification names that are the rules' own names for the same credential under
   * another spelling: a renaming, never a change of judgement (SOURCE.md). Empty while the
   * annotator's names are the rules'.
   */
  static final Map<String, String> ANNOTATED_TO_RULES_NAME = Map.of();

  /** Agreement per field: postings whose field the rules read as annotated, of all postings. */
  record Agreement(String field, int agreeing, int postings) {
    double rate() {
      return (double) agreeing / postings;
    }

    @Override
    public String toString() {
      return String.format("%s %.2f (%d/%d)", field, rate(), agreeing, postings);
    }
  }

  record PrivateScores(List<Agreement> agreements, Score requiredCertifications) {
    Agreement agreement(String field) {
      return agreements.stream().filter(a -> a.field().equals(field)).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
      return "agreement: " + agreements + "; " + requiredCertifications;
    }
  }

  static PrivateScores scorePrivate(List<JsonNode> postings, List<String> misses) {
    Map<String, int[]> agreeing = new LinkedHashMap<>();
    int[] certs = new int[3];
    for (JsonNode p : postings) {
      Requirements got = RequirementRules.read(TextCleaner.clean(p.get("text").asText()));
      String id = p.get("id").asText();
      Set<String> wantCerts = annotatedRequiredCertifications(p);
      Set<String> gotCerts = requiredCertifications(got);
      tallyPairs(certs, gotCerts, wantCerts);
      JsonNode years = p.get("min_years");
      Map<String, List<Object>> fields = new LinkedHashMap<>();
      fields.put("degree", List.of(got.degree().name(), p.get("degree").asText()));
      fields.put(
          "degree_preferred",
          List.of(got.degreePreferred().name(), p.get("degree_preferred").asText()));
      fields.put(
          "experience_instead",
          List.of(got.experienceInstead(), p.get("experience_instead").asBoolean()));
      fields.put(
          "certificate_instead",
          List.of(got.certificateInstead(), p.get("certificate_instead").asBoolean()));
      fields.put("min_years", Arrays.asList(got.minYears(), years.isNull() ? null : years.asInt()));
      fields.put("required_certifications", List.of(gotCerts, wantCerts));
      fields.forEach(
          (field, gotAndWant) -> {
            boolean agrees = Objects.equals(gotAndWant.get(0), gotAndWant.get(1));
            agreeing.computeIfAbsent(field, f -> new int[1])[0] += agrees ? 1 : 0;
            if (!agrees) {
              misses.add(
                  id + " " + field + " " + gotAndWant.get(0) + ", annotated " + gotAndWant.get(1));
            }
          });
    }
    List<Agreement> agreements = new ArrayList<>();
    agreeing.forEach((field, n) -> agreements.add(new Agreement(field, n[0], postings.size())));
    return new PrivateScores(
        agreements,
        new Score("required certifications (posting, name)", certs[0], certs[1], certs[2]));
  }

  private static void assertScores(String resource) throws Exception {
    assertEquals(30, postings(resource).size());
    List<String> misses = new ArrayList<>();
    List<Score> scores = score(resource, misses);
    System.out.println(
        "[figures] requirements on "
            + resource
            + " (30 hand-checked real postings): "
            + scores
            + "; misses: "
            + misses);
    for (Score s : scores) {
      assertTrue(
          s.precision() >= 0.9 && s.recall() >= 0.9, resource + " " + s + "; misses: " + misses);
    }
  }
}
