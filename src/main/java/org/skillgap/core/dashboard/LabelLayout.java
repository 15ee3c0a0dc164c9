package org.skillgap.core.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels on a chart so that no two overlap and none leaves the plot. Each label, in
 * the order given (most important first), takes the first free place of a fixed list around its
 * point: beside it right or left, above or below, then the same again a label's height further out
 * (drawn with a leader line). A label with no free place is dropped, and the chart lists the
 * dropped ones in a table under it. Greedy and bounded: at most {@link #CANDIDATES} tries per label
 * against the labels already placed.
 *
 * <p>Boxes are estimated from the text's length: the dashboard's font (system-ui, 11 px, semibold)
 * averages under 0.6 of its size per character, so the estimate errs wide, never narrow.
 */
final class LabelLayout {
  private LabelLayout() {}

  /**
   * Average advance per character, as a share of the font size: wide of system-ui's, on purpose.
   */
  static final double CHAR_WIDTH = 0.62;

  static final int CANDIDATES = 12;

  /** An axis-aligned box: left, top, width, height. */
  record Box(double x, double y, double w, double h) {
    boolean intersects(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean inside(Box o) {
      return x >= o.x && y >= o.y && x + w <= o.x + o.w && y + h <= o.y + o.h;
    }
  }

  /** A label to place at a point, whose marker has the given radius. */
  record Label(String text, double x, double y, double radius) {}

  /**
   * A placed label: its box, and whether it sits away from its point (drawn with a leader line).
   */
  record Placed(Label label, Box box, boolean leader) {
    /** Where an SVG text starting at the box's left draws its baseline. */
    double baseline() {
      return box.y + box.h * 0.78;
    }
  }

  record Layout(List<Placed> placed, List<Label> dropped) {}

  static double textWidth(String text, double fontPx) {
    return text.length() * fontPx * CHAR_WIDTH;
  }

  /**
   * @param bounds where labels may go (the plot area)
   * @param obstacles what labels must not cover besides each other (the labelled points' markers)
   */
  static Layout place(List<Label> labels, double fontPx, Box bounds, List<Box> obstacles) {
    List<Placed> placed = new ArrayList<>();
    List<Label> dropped = new ArrayList<>();
    for (Label label : labels) {
      Placed spot = firstFree(label, fontPx, bounds, obstacles, placed);
      if (spot == null) {
        dropped.add(label);
      } else {
        placed.add(spot);
      }
    }
    return new Layout(placed, dropped);
  }

  private static Placed firstFree(
      Label l, double fontPx, Box bounds, List<Box> obstacles, List<Placed> placed) {
    double w = textWidth(l.text(), fontPx);
    double h = fontPx * 1.3;
    double gap = l.radius() + 3;
    for (int i = 0; i < CANDIDATES; i++) {
      Box box = candidate(i, l, w, h, gap);
      if (box.inside(bounds)
          && placed.stream().noneMatch(p -> p.box().intersects(box))
          && obstacles.stream().noneMatch(o -> o.intersects(box) && !o.equals(marker(l)))) {
        return new Placed(l, box, i >= 4);
      }
    }
    return null;
  }

  /** The label's own marker: it may touch that, never another's. */
  static Box marker(Label l) {
    return new Box(l.x() - l.radius(), l.y() - l.radius(), 2 * l.radius(), 2 * l.radius());
  }

  /** The i-th place tried: beside, above, below; then the same a label's height further out. */
  private static Box candidate(int i, Label l, double w, double h, double gap) {
    double far = i >= 4 ? 1 : 0;
    double lift = h * (1 + far);
    return switch (i % 4 + (i >= 8 ? 4 : 0)) {
      case 0 ->
          new Box(l.x() + gap, l.y() - h / 2 - far * lift, w, h); // right (then right, higher)
      case 1 ->
          new Box(l.x() - gap - w, l.y() - h / 2 - far * lift, w, h); // left (then left, higher)
      case 2 -> new Box(l.x() - w / 2, l.y() - gap - h - far * h, w, h); // above
      case 3 -> new Box(l.x() - w / 2, l.y() + gap + far * h, w, h); // below
      case 4 -> new Box(l.x() + gap, l.y() + h / 2, w, h); // right, lower
      case 5 -> new Box(l.x() - gap - w, l.y() + h / 2, w, h); // left, lower
      case 6 -> new Box(l.x() + gap, l.y() + h / 2 + h, w, h); // right, lower still
      default -> new Box(l.x() - gap - w, l.y() + h / 2 + h, w, h); // left, lower still
    };
  }
}
