package org.skillgap.spark.report;

import java.util.Map;
import org.skillgap.core.eval.ClassificationScore;

/**
 * Where the report stage's figures go as it reaches them: the run summary, which its caller keeps.
 * Told as they are reached, not at the end: the classifier's line is printed where it is recorded,
 * a failed night's summary keeps what was reached, and the dashboard reads the summary as it stands
 * once the reports are staged.
 */
public interface ReportProgress {

  /** The postings are placed by industry. */
  void placed(Placement placement);

  /** The stale batches are folded and the kept states updated. */
  void folded(Folding folding);

  /** Every report is staged; the dashboard, built next, reads what was recorded so far. */
  void staged();

  /**
   * How the postings were placed by industry.
   *
   * @param score the industry classifier's held-out score, or null when it has none
   * @param note what the classifier did this night
   * @param trained whether this night trained the classifier
   * @param textBatches ingest batches whose description text this night read to classify postings
   * @param placedBy per industry, how many postings each source (title, mapped, ...) placed there
   */
  record Placement(
      ClassificationScore score,
      String note,
      boolean trained,
      int textBatches,
      Map<String, Map<String, Long>> placedBy) {}

  /**
   * The night's incremental work on the facts and medians.
   *
   * @param batchesFolded postings batches whose facts were folded (new or changed ones)
   * @param batches every postings batch
   * @param allMedians whether every salary median was recomputed
   * @param cellsRecomputed else, how many cells' medians were
   */
  record Folding(int batchesFolded, int batches, boolean allMedians, long cellsRecomputed) {}
}
