package org.skillgap.core.ingest;

import java.util.List;

/** The industries reports are partitioned by. */
public final class Industry {
  private Industry() {}

  public static final String TECH = "tech";
  public static final String HEALTHCARE = "healthcare";
  public static final String FINANCE = "finance";
  public static final String EDUCATION = "education";
  public static final String OTHER = "other";

  public static final List<String> ALL = List.of(TECH, HEALTHCARE, FINANCE, EDUCATION, OTHER);

  // Where a posting's industry came from (warehouse column industry_source); docs/reports.md has
  // the rule.
  /** The occupation its job title names. */
  public static final String SOURCE_TITLE = "title";

  /** The feed's label: a job category, or the employer's sector. */
  public static final String SOURCE_LABEL = "mapped";

  /** Neither: the report stage's classifier decides. */
  public static final String SOURCE_NONE = "unmapped";

  /** Predicted by the classifier with at least classify.min-confidence. */
  public static final String SOURCE_CLASSIFIED = "classified";

  /** Predicted below classify.min-confidence: counted in 'other'. */
  public static final String SOURCE_LOW_CONFIDENCE = "low_confidence";
}
