package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgap.core.Json;
import org.skillgap.spark.ingest.DatasetCounts;

class RunSummaryJsonTest {
  @Test
  void theSummaryIsValidJsonWhateverItsTextsHold() {
    RunSummary s = new RunSummary(LocalDate.of(2026, 1, 15));
    s.versions("2026.1 \"custom\" \\ build\n2", "4.1.0");
    s.environment("spark://host:7077", "client");
    s.dataset(new DatasetCounts("postings", 10, 7, 1, Map.of("INVALID_SALARY", 2L)));
    s.stage("ingest", 10, 8, 1.25);
    s.outcome("failed: \"reject ratio\" exceeded");
    JsonNode j = Json.parse(s.toJson(), "summary");
    assertEquals("2026.1 \"custom\" \\ build\n2", j.get("taxonomy_version").asText());
    assertEquals("failed: \"reject ratio\" exceeded", j.get("outcome").asText());
    assertEquals(
        2, j.get("datasets").get(0).get("quarantined_by_reason").get("INVALID_SALARY").asLong());
    assertEquals(1.3, j.get("stages").get(0).get("seconds").asDouble(), 1e-9);
    assertTrue(
        s.toJson().contains("\"outcome\": \"failed"),
        "one field per line, as people and grep read it");
  }
}
