package org.skillgap.core.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GreedyCoverTest {

  @Test
  void picksMostDemandPerDollarFirstAndStopsWhenNothingIsGained() {
    Map<String, Double> demand = GreedyCover.ordered();
    demand.put("python", 50.0);
    demand.put("sql", 30.0);
    demand.put("aws", 20.0);
    demand.put("cobol", 5.0); // nobody teaches it
    List<GreedyCover.Option> options =
        List.of(
            new GreedyCover.Option("bootcamp", 10_000, 400, Set.of("python", "sql", "aws")),
            new GreedyCover.Option("cheap-python-sql", 100, 40, Set.of("python", "sql")),
            new GreedyCover.Option("aws-course", 0, 6, Set.of("aws")),
            new GreedyCover.Option("useless", 10, 1, Set.of("excel")));
    List<GreedyCover.Step> steps = GreedyCover.cover(demand, options);
    assertEquals(
        List.of("aws-course", "cheap-python-sql"),
        steps.stream().map(s -> s.option().id()).toList());
    assertEquals(List.of("aws"), steps.get(0).newlyCovered());
    assertEquals(20.0 / 105, steps.get(0).coverageReached(), 1e-9);
    assertEquals(100.0 / 105, steps.get(1).coverageReached(), 1e-9);
    assertEquals(100.0, steps.get(1).totalCost());
    assertEquals(46.0, steps.get(1).totalHours());
  }

  @Test
  void emptyDemandOrNoOptionsGiveNoSteps() {
    assertEquals(
        List.of(),
        GreedyCover.cover(Map.of(), List.of(new GreedyCover.Option("a", 1, 1, Set.of("x")))));
    assertEquals(List.of(), GreedyCover.cover(Map.of("x", 1.0), List.of()));
  }

  @Test
  void jobFamiliesDropSeniority() {
    assertEquals("data engineer", JobFamily.of("Senior Data Engineer II"));
    assertEquals("registered nurse", JobFamily.of("Registered Nurse - Remote"));
    assertEquals("icu registered nurse", JobFamily.of("ICU Registered Nurse"));
  }
}
