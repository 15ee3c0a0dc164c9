package org.skillgap.spark.warehouse;

import java.util.List;

/**
 * Every table the warehouse stores, declared once. Stages read and write them by these
 * declarations; the warehouse recovers them all after a killed run without knowing the stages.
 */
public final class Tables {
  private Tables() {}

  /** Clean postings, with the requirements read from them (ingest). */
  public static final StoredTable POSTINGS = new StoredTable("postings", Schemas.POSTINGS);

  /** Clean enrollment records, learner ids replaced by a keyed hash (ingest). */
  public static final StoredTable ENROLLMENTS = new StoredTable("enrollments", Schemas.ENROLLMENTS);

  /** The credential catalogue (ingest). */
  public static final StoredTable CREDENTIALS = new StoredTable("credentials", Schemas.CREDENTIALS);

  /** The skills found in each posting, with the sentence that names them (extract). */
  public static final StoredTable MENTIONS = new StoredTable("mentions", Schemas.MENTIONS);

  /** The industry the classifier gave postings that neither title nor label placed (report). */
  public static final StoredTable INDUSTRY_PREDICTIONS =
      new StoredTable("industry_predictions", Schemas.INDUSTRY_PREDICTIONS);

  /** The tables ingest fills from the input datasets, in the order it reads them. */
  public static final List<StoredTable> INPUTS = List.of(POSTINGS, ENROLLMENTS, CREDENTIALS);

  /** Every stored table. */
  public static final List<StoredTable> ALL =
      List.of(POSTINGS, ENROLLMENTS, CREDENTIALS, MENTIONS, INDUSTRY_PREDICTIONS);
}
