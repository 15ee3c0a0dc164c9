package org.skillgap.core.dashboard;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts that read at a glance: no plot over five lines, one small chart per top skill. */
class ChartsTest {

  static final List<String> QUARTERS =
      List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2");

  static Dashboard.Series series(String name, Double... y) {
    return new Dashboard.Series(name, QUARTERS.subList(0, y.length), Arrays.asList(y));
  }

  static int count(String html, String what) {
    return html.split(what, -1).length - 1;
  }

  @Test
  void aPlotRefusesMoreThanFiveLines() {
    List<Dashboard.Series> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(series("type " + i, 1.0, 2.0));
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Charts.lines("Enrollments", "year", "enrollments", six, Html::count));
    assertTrue(e.getMessage().contains("6 lines in one plot, at most 5"), e.getMessage());
    assertEquals(
        5,
        count(
            Charts.lines("Enrollments", "year", "enrollments", six.subList(0, 5), Html::count),
            "<polyline class='series'"));
  }

  @Test
  void aPlotWithNothingToDrawSaysSo() {
    assertTrue(
        Charts.lines("Enrollments", "year", "enrollments", List.of(), Html::count)
            .contains("no data for this"));
    assertFalse(
        Charts.lines(
                "Enrollments", "year", "enrollments", List.of(series("course", 1.0)), Html::count)
            .contains("no data for this"));
  }

  @Test
  void linesBeyondFiveAreFoldedIntoOne() {
    List<Dashboard.Series> seven =
        List.of(
            series("a", 1.0, 70.0),
            series("b", 1.0, 60.0),
            series("c", 1.0, 50.0),
            series("d", 1.0, 40.0),
            series("e", null, 30.0),
            series("f", 3.0, null),
            series("g", null, 10.0),
            series("h", null, null));
    List<Dashboard.Series> five = Charts.atMost(5, seven, "other types");
    assertEquals(
        List.of("a", "b", "c", "d", "other types (4)"),
        five.stream().map(Dashboard.Series::name).toList());
    assertEquals(
        Arrays.asList(3.0, 40.0), five.get(4).y(), "e to h summed per period; nulls skipped");
    List<Dashboard.Series> noValues =
        Charts.atMost(1, List.of(series("x", null, 1.0), series("y", null, 2.0)), "all");
    assertEquals(
        Arrays.asList(null, 3.0), noValues.get(0).y(), "a period with no value stays empty");
    List<Dashboard.Series> firstFive = seven.subList(0, 5);
    assertSame(firstFive, Charts.atMost(5, firstFive, "other types"), "five stay as they are");
  }

  @Test
  void eachTopSkillGetsItsOwnSmallChartOnOneScale() {
    List<Dashboard.Series> top =
        List.of(
            series("Python", 0.30, 0.31, 0.33, 0.32, 0.35, 0.40),
            series("SQL", 0.20, 0.20, 0.21, 0.19, 0.18, 0.15),
            series("Kubernetes", 0.02, null));
    String html = Charts.smallMultiples("How the top skills moved", top, Html::percent);
    assertEquals(3, count(html, "<svg "), "one chart per skill");
    assertEquals(3, count(html, "<polyline class='series'"), "one line in each");
    assertTrue(
        html.contains("2025-Q2: 40% · +9.0 pts on a year before"),
        "Python: share now, change over four quarters");
    assertTrue(html.contains("2025-Q2: 15% · -5.0 pts on a year before"), "SQL");
    assertTrue(html.contains(">2024-Q1: 2%</text>"), "Kubernetes: no year before, no change shown");
    assertTrue(html.contains("one scale: 0 to 40%"), "the shared scale is said");
    // On one scale, SQL's last point (15 %) sits lower than Python's (40 %) by the same pixels per
    // point.
    assertTrue(html.contains("242.0,34.0"), "Python's 40 % at the top of its plot: " + html);
  }
}
