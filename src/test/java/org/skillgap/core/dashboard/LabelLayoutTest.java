package org.skillgap.core.dashboard;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Point labels placed without overlap: on the sample's crowded case and on a planted, much worse
 * one.
 */
class LabelLayoutTest {

  static final LabelLayout.Box PLOT = new LabelLayout.Box(60, 36, 480, 234);

  static void assertLaidOutCleanly(List<LabelLayout.Label> labels, LabelLayout.Layout layout) {
    assertEquals(
        labels.size(),
        layout.placed().size() + layout.dropped().size(),
        "every label placed or dropped");
    List<LabelLayout.Box> markers = labels.stream().map(LabelLayout::marker).toList();
    for (int i = 0; i < layout.placed().size(); i++) {
      LabelLayout.Placed a = layout.placed().get(i);
      assertTrue(a.box().inside(PLOT), a + " leaves the plot");
      for (int j = i + 1; j < layout.placed().size(); j++) {
        LabelLayout.Placed b = layout.placed().get(j);
        assertFalse(a.box().intersects(b.box()), a + " overlaps " + b);
      }
      for (LabelLayout.Box m : markers) {
        assertFalse(
            !m.equals(LabelLayout.marker(a.label())) && a.box().intersects(m),
            a + " covers the point " + m);
      }
    }
  }

  /**
   * The sample's recommended paths as the scatter draws them (jobs/nightly.sh on sample-data/:
   * point centres from the dashboard), tech and finance: six credentials each, several a label's
   * height apart.
   */
  @Test
  void theSamplesRecommendedPathsAreLabelledWithoutOverlap() {
    List<List<LabelLayout.Label>> industries =
        List.of(
            List.of(
                label("AWS Cloud Practitioner Essentials", 60.0, 205.5),
                label("Generative AI for Everyone", 160.4, 173.3),
                label("Google Data Analytics Professional…", 273.5, 120.1),
                label("Kubernetes for Developers", 274.6, 145.3),
                label("Machine Learning Specialization", 229.7, 146.7),
                label("SQL for Data Science", 160.4, 194.3)),
            List.of(
                label("CAMS Anti-Money Laundering Certifi…", 394.6, 189.2),
                label("Accounting Fundamentals MicroMaste…", 376.4, 130.7),
                label("CPA Exam Review Course", 429.9, 119.6),
                label("Excel Skills for Business Speciali…", 247.9, 111.2),
                label("Financial Modeling & Valuation Ana…", 306.7, 44.4),
                label("Intuit Bookkeeping Professional Ce…", 247.9, 203.1)));
    for (List<LabelLayout.Label> labels : industries) {
      LabelLayout.Layout layout =
          LabelLayout.place(labels, 11, PLOT, labels.stream().map(LabelLayout::marker).toList());
      assertLaidOutCleanly(labels, layout);
      assertTrue(layout.placed().size() >= 5, "most of six labels fit: " + layout.dropped());
    }
  }

  static LabelLayout.Label label(String text, double x, double y) {
    return new LabelLayout.Label(text, x, y, 7);
  }

  @Test
  void aCrowdOfLabelsIsNudgedOrDroppedNeverOverlapped() {
    Random random = new Random(7);
    List<LabelLayout.Label> labels = new ArrayList<>();
    for (int i = 0; i < 40; i++) { // forty credentials in one corner, a few pixels apart
      labels.add(
          new LabelLayout.Label(
              "Credential number " + i + " with a long name",
              300 + random.nextGaussian() * 12,
              150 + random.nextGaussian() * 12,
              7));
    }
    labels.add(new LabelLayout.Label("At the plot's right edge", 538, 40, 7));
    LabelLayout.Layout layout =
        LabelLayout.place(labels, 11, PLOT, labels.stream().map(LabelLayout::marker).toList());
    assertLaidOutCleanly(labels, layout);
    assertFalse(layout.dropped().isEmpty(), "forty long labels cannot all fit around one spot");
    assertTrue(layout.placed().size() >= 4, "but the first few do: " + layout.placed().size());
    assertTrue(
        layout.placed().stream()
            .anyMatch(p -> p.label().text().startsWith("At the plot's right edge")),
        "a label at the edge goes to the free side");
  }

  @Test
  void theFirstLabelsWinTheirPlace() {
    List<LabelLayout.Label> labels =
        List.of(
            new LabelLayout.Label("first", 200, 150, 7),
            new LabelLayout.Label("second", 200, 150, 7));
    LabelLayout.Layout layout = LabelLayout.place(labels, 11, PLOT, List.of());
    assertEquals(
        200 + 10,
        layout.placed().get(0).box().x(),
        1e-9,
        "the first label sits right of its point");
    assertFalse(layout.placed().get(0).leader());
    assertNotEquals(layout.placed().get(0).box(), layout.placed().get(1).box());
  }
}
