package org.skillgap.core.requirements;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgap.core.Json;

/**
 * Requirements read from 30 real postings (NYC Jobs and USAJOBS, annotated by hand: see SOURCE.md beside
 * the resource) against the hand annotations. Precision and recall per field: a posting's degree counts
 * when one is required, right only at the right level; its minimum years when stated, right only when
 * equal; its required certifications as (posting, name) pairs.
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
      return String.format("%s: precision %.2f (%d/%d), recall %.2f (%d/%d)", field, precision(), truePositives,
          predicted, recall(), truePositives, actual);
    }
  }

  static List<JsonNode> postings() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(RequirementsRealPostingsTest.class
        .getResourceAsStream("/org/skillgap/requirements/real-postings.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(Json.parse(line, "real-postings.jsonl"));
      }
    }
    return out;
  }

  static List<Score> score(List<String> misses) throws Exception {
    int[] degree = new int[3];
    int[] years = new int[3];
    int[] certs = new int[3];
    for (JsonNode p : postings()) {
      Requirements got = RequirementRules.read(p.get("text").asText());
      String id = p.get("source").asText() + " " + p.get("id").asText();
      String wantDegree = p.get("degree").asText();
      tally(degree, got.degree() != Requirements.DegreeLevel.NONE, !wantDegree.equals("NONE"),
          got.degree().name().equals(wantDegree));
      if (!got.degree().name().equals(wantDegree)) {
        misses.add(id + " degree " + got.degree() + ", annotated " + wantDegree);
      }
      JsonNode wantYears = p.get("min_years");
      Integer want = wantYears.isNull() ? null : wantYears.asInt();
      tally(years, got.minYears() != null, want != null, java.util.Objects.equals(got.minYears(), want));
      if (!java.util.Objects.equals(got.minYears(), want)) {
        misses.add(id + " years " + got.minYears() + ", annotated " + want);
      }
      Set<String> wantCerts = new HashSet<>();
      p.get("required_certifications").forEach(c -> wantCerts.add(c.asText()));
      Set<String> gotCerts = new HashSet<>();
      got.certifications().stream().filter(Requirements.Certification::required).forEach(c -> gotCerts.add(c.name()));
      Set<String> both = new HashSet<>(gotCerts);
      both.retainAll(wantCerts);
      certs[0] += both.size();
      certs[1] += gotCerts.size();
      certs[2] += wantCerts.size();
      if (!gotCerts.equals(wantCerts)) {
        misses.add(id + " certifications " + gotCerts + ", annotated " + wantCerts);
      }
    }
    return List.of(new Score("degree", degree[0], degree[1], degree[2]), new Score("min_years", years[0], years[1], years[2]),
        new Score("required certifications", certs[0], certs[1], certs[2]));
  }

  private static void tally(int[] t, boolean predicted, boolean actual, boolean right) {
    t[1] += predicted ? 1 : 0;
    t[2] += actual ? 1 : 0;
    t[0] += predicted && actual && right ? 1 : 0;
  }

  @Test
  void requirementsOfThirtyHandCheckedRealPostings() throws Exception {
    assertEquals(30, postings().size());
    List<String> misses = new ArrayList<>();
    List<Score> scores = score(misses);
    System.out.println("[figures] requirements on 30 hand-checked real postings: " + scores + "; misses: " + misses);
    for (Score s : scores) {
      assertTrue(s.precision() >= 0.9 && s.recall() >= 0.9, s + "; misses: " + misses);
    }
  }
}
