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
}
