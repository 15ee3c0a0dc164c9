package org.skillgap.core.dashboard;

import java.util.List;

/**
 * Where a series ends: its last period with a value. Lines are ranked, and small multiples
 * captioned, by that value, not by the last period, which may have none yet.
 */
final class SeriesEnds {
  private SeriesEnds() {}

  /** The period of the series' last value; empty when it has none. */
  static String lastPeriod(Dashboard.Series s) {
    int last = lastIndex(s.y());
    return last < 0 ? "" : s.x().get(last);
  }

  /**
   * The value {@code back} periods before the last one that has a value; null when there is none.
   */
  static Double lastValue(List<Double> y, int back) {
    int last = lastIndex(y);
    return last - back >= 0 && last >= 0 ? y.get(last - back) : null;
  }

  /** The index of the last period with a value; -1 when none has one. */
  private static int lastIndex(List<Double> y) {
    int i = y.size() - 1;
    while (i >= 0 && y.get(i) == null) {
      i--;
    }
    return i;
  }
}
