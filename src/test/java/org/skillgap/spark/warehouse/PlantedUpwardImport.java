package org.skillgap.spark.warehouse;

import java.util.List;
import org.skillgap.spark.report.ReportRegistry;

/** A planted violation for ArchitectureTest: the warehouse reaching up to a stage. Never used. */
final class PlantedUpwardImport {
  List<String> names() {
    return ReportRegistry.NAMES;
  }
}
