package org.skillgap.spark.common;

import java.util.List;
import org.skillgap.spark.report.ReportRegistry;

/**
 * A planted violation for ArchitectureTest: common, which report uses, using report back. Never
 * used.
 */
final class PlantedCycle {
  List<String> names() {
    return ReportRegistry.NAMES;
  }
}
