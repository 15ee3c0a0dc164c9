package org.skillgap.core.requirements;

import java.util.List;

/**
 * A figure of years the standard path asks, and whether it is one tool's or duty's ("1 year with a
 * public cloud", "+1 years leading a team") rather than the posting's general figure ("6 years in
 * software engineering").
 */
record YearsFigure(int years, boolean perTool, boolean opensLine) {
  /**
   * The posting's minimum: the smallest general figure (each line states a floor; the lowest is the
   * one a candidate must meet), or with only per-tool figures the largest of them (each tool's
   * floor must be met).
   */
  static Integer minimum(List<YearsFigure> figures) {
    Integer general = null;
    Integer perTool = null;
    for (YearsFigure f : figures) {
      if (!f.perTool()) {
        general = general == null ? f.years() : Math.min(general, f.years());
      } else {
        perTool = perTool == null ? f.years() : Math.max(perTool, f.years());
      }
    }
    return general != null ? general : perTool;
  }
}
