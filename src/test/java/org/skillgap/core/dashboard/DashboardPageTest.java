package org.skillgap.core.dashboard;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard page without Spark or a browser: escaping, self-containment, formatting. */
public class DashboardPageTest {

  static final String HOSTILE = "<script>alert(1)</script>";
  static final String HOSTILE_IMG =
      "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

  /** A small dashboard whose every text field carries markup. */
  public static Dashboard hostile() {
    Dashboard.Series line =
        new Dashboard.Series(HOSTILE, List.of("2024-Q1", "2024-Q2"), List.of(0.1, 0.25));
    Dashboard.IndustryView v =
        new Dashboard.IndustryView(
            "tech",
            "2025",
            List.of(new Dashboard.Bar(HOSTILE, 0.342), new Dashboard.Bar(HOSTILE_IMG, 0.1)),
            List.of(
                new Dashboard.Example(HOSTILE, HOSTILE_IMG, "Know " + HOSTILE + " well.", HOSTILE)),
            List.of(line),
            List.of(
                new Dashboard.Point("c1", HOSTILE_IMG, 49, 0.3),
                new Dashboard.Point("c2", "Boot camp", 12_500, 0.5)),
            List.of("c1"),
            List.of(new Dashboard.Gap(HOSTILE, 0.45, 0, 0.45)),
            List.of(
                new Dashboard.Series(
                    "course", List.of("2019", "2020"), Arrays.asList(12_500.0, null))),
            Map.of(HOSTILE, 3.0),
            new Dashboard.Series("any credential", List.of("2024", "2025"), List.of(0.2, 0.3)),
            List.of(new Dashboard.Bar(HOSTILE_IMG, 0.05)),
            new Dashboard.WorthIt(
                List.of(
                    new Dashboard.Value(
                        1,
                        HOSTILE,
                        "professional_certificate",
                        0.0,
                        40.0,
                        0.31,
                        0.12,
                        null,
                        0.05,
                        null,
                        true,
                        4.7,
                        12_500L),
                    new Dashboard.Value(
                        2,
                        HOSTILE_IMG,
                        "course",
                        1250.0,
                        null,
                        0.2,
                        -0.04,
                        0.16,
                        0.0,
                        0.42,
                        null,
                        null,
                        null)),
                List.of(
                    new Dashboard.Series(
                        "degree required", List.of("2024", "2025"), List.of(0.6, 0.5))),
                new Dashboard.Series(
                    "median minimum years", List.of("2024", "2025"), Arrays.asList(3.0, null))));
    return new Dashboard(
        new Dashboard.RunFacts("2026-01-15", HOSTILE, 12_500, 1_500_000, Map.of(HOSTILE, 3L), 0.97),
        List.of(v));
  }

  @Test
  void everyValueFromDataIsEscaped() {
    String html = DashboardPage.render(hostile());
    assertFalse(html.contains(HOSTILE), "raw script tag");
    assertFalse(html.contains("<img"), "raw img tag");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=&quot;"));
    assertEquals(1, html.split("<script>", -1).length - 1, "only the page's own measuring script");
  }

  @Test
  void eachTopSkillShowsTheSentenceItWasCountedFromWithTheWordsMarked() {
    String html = DashboardPage.render(hostile());
    assertTrue(html.contains("What was counted"), "the evidence card");
    assertTrue(
        html.contains("Know <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> well."),
        "the matched words marked, escaped");
    assertTrue(html.contains("evidence --industry tech --skill NAME"), "how to draw more");
  }

  @Test
  void thePageNeedsNoNetwork() {
    String html = DashboardPage.render(hostile());
    assertFalse(
        Pattern.compile("(src|href)\\s*=\\s*['\"]?\\s*(https?:)?//", Pattern.CASE_INSENSITIVE)
            .matcher(html)
            .find(),
        "no external resource");
    assertTrue(html.contains("Content-Security-Policy"));
    assertEquals(7, html.split("<svg ", -1).length - 1, "seven charts for the industry");
  }

  @Test
  void numbersAreFormattedForPeople() {
    assertEquals("12.5k", Html.count(12_500));
    assertEquals("1.5M", Html.count(1_500_000));
    assertEquals("950", Html.count(950));
    assertEquals("34%", Html.percent(0.342));
    assertEquals("0.5%", Html.percent(0.005));
    assertEquals("$1,250", Html.money(1250));
    String html = DashboardPage.render(hostile());
    assertTrue(
        html.contains("12.5k postings")
            && html.contains("1.5M enrollments")
            && html.contains("34%"));
    assertTrue(html.contains("cost (USD, log scale"), "axes are titled with units");
  }

  @Test
  void theWorthItSectionShowsEachFigureAndSaysWhatIsUnknown() {
    String html = DashboardPage.render(hostile());
    int section = html.indexOf("Is it worth it?");
    assertTrue(section > 0, "the section is there");
    String worth = html.substring(section);
    assertTrue(worth.contains("<td class='n'>free</td>"), "a free credential says so");
    assertTrue(worth.contains("+12%") && worth.contains("-4%"), "premiums are signed");
    assertTrue(worth.contains("$1,250") && worth.contains("0.16") && worth.contains("42%"), worth);
    assertTrue(worth.contains("4.7 (12.5k)"), "rating with its review count");
    assertTrue(worth.contains("accredited"), "accreditation shown where the catalogue says so");
    assertTrue(worth.contains("&ndash;"), "unknown figures show a dash, not 0");
    assertTrue(worth.contains("What postings ask besides skills"), "the requirement trends chart");
    assertTrue(worth.contains("2024 3.0; 2025 n/a"), "median years per year");
    assertTrue(worth.contains("a correlation, not earnings"), "the caveat is on the page");
  }
}
