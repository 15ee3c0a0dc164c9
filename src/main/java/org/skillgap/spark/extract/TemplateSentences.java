package org.skillgap.spark.extract;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;
import static org.skillgap.spark.warehouse.Schemas.TEMPLATE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Schemas;

/**
 * Marks the mentions whose sentence is a template: a sentence of at least {@code minWords} words
 * found, word for word, in postings of at least {@code minTitles} distinct titles. Such a sentence
 * is the employer's or the feed's own text, reused across its jobs: the agency's self-description
 * ("Our lifestyle is adventurous, community oriented and focused on ... problem solving", in 241
 * USAJOBS postings of 198 titles), hiring and legal text, a civil-service list of acceptable
 * degrees. It says nothing about what the one job asks. A requirement worded alike across many jobs
 * is short ("Proficiency in Excel."), hence the word minimum.
 *
 * <p>The titles are counted over the batch being extracted and the warehouse's earlier batches, so
 * a template is recognised across nights. A batch extracted before a sentence reached the threshold
 * keeps its mentions counted: at most the postings of {@code minTitles - 1} titles per template, a
 * bounded error that a full refresh removes.
 *
 * <p>Cost: a night reads the sentences of the warehouse's earlier mentions (one column scan), but
 * joins titles to and groups only those that recur in its own batch.
 *
 * <p>The sentence is compared as the mention keeps it (a long one as its review window), lower
 * case: the same template gives the same text wherever it is copied.
 */
public final class TemplateSentences {
  private TemplateSentences() {}

  private static final String KEY = "_sentence_key";
  private static final String TITLE = "_title";

  /**
   * {@code mentions} with {@link Schemas#TEMPLATE} set.
   *
   * @param mentions the batch's mentions (MENTIONS schema)
   * @param postings the batch's postings (posting_id, title)
   * @param earlierMentions the warehouse's mentions of other batches
   * @param earlierPostings the warehouse's postings of other batches
   * @param minTitles distinct titles that make a template; 0 marks none
   * @param minWords words a template has at least
   */
  public static Dataset<Row> mark(
      Dataset<Row> mentions,
      Dataset<Row> postings,
      Dataset<Row> earlierMentions,
      Dataset<Row> earlierPostings,
      int minTitles,
      int minWords) {
    if (minTitles == 0) {
      return mentions.withColumn(TEMPLATE, lit(false)).select(Columns.of(Schemas.MENTIONS));
    }
    Dataset<Row> tonight = keyed(mentions, minWords);
    // Only the earlier sentences that recur tonight can decide tonight's marks: the rest of the
    // warehouse is read for its sentences but joins to no title and is never grouped.
    Dataset<Row> earlier =
        keyed(earlierMentions, minWords).join(tonight.select(KEY).distinct(), KEY, "left_semi");
    Dataset<Row> templates =
        titled(tonight, postings)
            .union(titled(earlier, earlierPostings))
            .groupBy(KEY)
            .agg(countDistinct(TITLE).as("titles"))
            .filter(col("titles").geq(minTitles))
            .select(col(KEY), lit(true).as(TEMPLATE));
    return mentions
        .drop(TEMPLATE)
        .withColumn(KEY, key())
        .join(templates, KEY, "left")
        .withColumn(TEMPLATE, coalesce(col(TEMPLATE), lit(false)))
        .select(Columns.of(Schemas.MENTIONS));
  }

  /** (posting_id, sentence key) of each long enough sentence a posting's mentions name. */
  private static Dataset<Row> keyed(Dataset<Row> mentions, int minWords) {
    return mentions
        .filter(size(split(trim(col("sentence")), "\\s+")).geq(minWords))
        .select(col(POSTING_ID), key().as(KEY))
        .distinct();
  }

  /** (sentence key, lower-case title) of keyed sentences. */
  private static Dataset<Row> titled(Dataset<Row> keyed, Dataset<Row> postings) {
    return keyed
        .join(postings.select(col(POSTING_ID), lower(trim(col("title"))).as(TITLE)), POSTING_ID)
        .select(KEY, TITLE);
  }

  private static Column key() {
    return xxhash64(lower(col("sentence")));
  }
}
