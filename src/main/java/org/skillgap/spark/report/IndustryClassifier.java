package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.classify.IndustryModel;
import org.skillgap.core.eval.ClassificationScore;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.common.NamedRow;
import org.skillgap.spark.common.RowIterators;

/**
 * Gives an industry to postings that neither their title nor their feed's label placed: TF-IDF over
 * the title (weighted twice), the employer (one token, so an employer's other postings inform it)
 * and the description, multinomial logistic regression with class weights that favour small
 * industries, trained on the postings that are placed. A fifth of those, chosen by a hash of the
 * posting id (the same fifth on every run), is held out to measure it. Below the confidence setting
 * a posting goes to 'other'.
 */
public final class IndustryClassifier {
  private IndustryClassifier() {}

  /**
   * @param postings with industry, industry_source and industry_confidence filled for every posting
   * @param score held-out accuracy, per-class F1 and support, macro F1; null when nothing was
   *     trained
   * @param note what was measured, or why nothing was: one line for the run summary
   * @param model the trained model; null when the shipped model placed the postings
   * @param confusion held-out (actual, predicted) counts behind {@code score}; empty when nothing
   *     was trained
   */
  public record Result(
      Dataset<Row> postings,
      ClassificationScore score,
      String note,
      PipelineModel model,
      Map<String, Map<String, Long>> confusion) {}

  /** Placed by the posting's title or its feed's label: the training labels. */
  public static Column placed() {
    return col("industry_source").isin(Industry.SOURCE_TITLE, Industry.SOURCE_LABEL);
  }

  /** What the model reads: the title twice, one employer token, the description. */
  private static Column text() {
    Column employer =
        concat(
            lit("employer_"),
            regexp_replace(lower(coalesce(col("company"), lit(""))), "[^a-z0-9]+", "_"));
    return concat_ws(" ", col("title"), col("title"), employer, col("description"));
  }

  /**
   * A trained model's industry for postings their title and label did not place (columns as given,
   * plus confidence).
   */
  public static Dataset<Row> predict(
      PipelineModel model, Dataset<Row> unlabelled, double minConfidence) {
    return decide(
        model
            .transform(
                unlabelled
                    .withColumn("text", text())
                    .withColumn(INDUSTRY, lit(null).cast("string")))
            .withColumn(
                "industry_confidence",
                array_max(functions.vector_to_array(col("probability"), "float64"))),
        minConfidence,
        unlabelled.columns());
  }

  private static final int MIN_LABELLED = 50;

  /**
   * The model is trained on at most this many labelled postings (a fixed hash sample by posting
   * id), so its cost does not grow with the warehouse: accuracy levels off long before, and
   * training on a million postings would cache gigabytes of feature vectors for 30 passes. 20,000
   * is four times the placed postings of the larger real feed (USAJOBS, 5,234), and a 40,000 cap
   * made training the largest step of a 100k full refresh after extraction.
   */
  static final long MAX_TRAINING_POSTINGS = 20_000;

  public static Result apply(Dataset<Row> postings, double minConfidence) {
    return apply(postings, minConfidence, MAX_TRAINING_POSTINGS);
  }

  /** Held out for measuring: the same fifth of the postings on every run and every machine. */
  public static Column heldOut() {
    return pmod(xxhash64(col(POSTING_ID)), lit(5L)).equalTo(0);
  }

  static Result apply(Dataset<Row> postings, double minConfidence, long maxTraining) {
    Split split =
        new Split(
            postings.filter(placed()).withColumn("text", text()), postings.filter(not(placed())));
    Dataset<Row> training = split.labelled().filter(not(heldOut()));
    long trainingCount = training.count();
    long classes = training.select(INDUSTRY).distinct().count();
    if (trainingCount < MIN_LABELLED || classes < 2) {
      return byShippedModel(split, postings.columns(), trainingCount, classes, minConfidence);
    }
    Dataset<Row> sample = sample(split.labelled(), trainingCount, maxTraining);
    PipelineModel model = IndustryTraining.fit(sample.filter(not(heldOut())));
    Measured measured = measure(model, sample.filter(heldOut()));
    sample.unpersist();
    Dataset<Row> predicted = predict(model, split.unlabelled(), minConfidence);
    return new Result(
        split.with(predicted), measured.score(), measured.note(), model, measured.confusion());
  }

  /** The postings placed by title or label (with the model's text), and the rest. */
  private record Split(Dataset<Row> labelled, Dataset<Row> unlabelled) {
    /** Every posting: the placed ones as placed, without a confidence, then the predicted. */
    Dataset<Row> with(Dataset<Row> predicted) {
      return labelled
          .drop("text")
          .withColumn("industry_confidence", lit(null).cast("double"))
          .unionByName(predicted);
    }
  }

  /** Too few of the feed's own labels: the model shipped in the jar places the rest. */
  private static Result byShippedModel(
      Split split, String[] columns, long trainingCount, long classes, double minConfidence) {
    Dataset<Row> heldOutPlaced = split.labelled().filter(heldOut());
    ClassificationScore score =
        ClassificationScore.of(
            confusion(
                heldOutPlaced
                    .select(POSTING_ID, INDUSTRY)
                    .join(shipped(heldOutPlaced), POSTING_ID)));
    String note =
        String.format(
            "trained on too few placed postings (%,d of %d industr%s; at least %d of 2 needed): "
                + "the shipped model (%s) placed the rest; on the held-out placed postings: %s",
            trainingCount,
            classes,
            classes == 1 ? "y" : "ies",
            MIN_LABELLED,
            IndustryModel.builtin().source(),
            score.describe());
    Dataset<Row> unlabelled = split.unlabelled();
    Dataset<Row> predicted =
        decide(unlabelled.join(shipped(unlabelled), POSTING_ID), minConfidence, columns);
    return new Result(
        split.with(predicted), score.meaningful() ? score : null, note, null, Map.of());
  }

  /**
   * The placed postings to train and measure on, read from the warehouse once and kept (at most
   * some 1.25 x maxTraining rows): the indexer, the term counts and both held-out measures read
   * them, and every pass over the descriptions of all postings was the classifier's largest cost (a
   * million postings' text for each).
   */
  private static Dataset<Row> sample(Dataset<Row> labelled, long trainingCount, long maxTraining) {
    Dataset<Row> sample = labelled;
    if (trainingCount > maxTraining) {
      // The same fixed sample of both parts: measuring, like training, costs no more as the
      // warehouse grows.
      long perMillion = 1_000_000L * maxTraining / trainingCount;
      sample =
          sample.filter(
              pmod(xxhash64(col(POSTING_ID), lit("sample")), lit(1_000_000L)).lt(perMillion));
    }
    return sample
        .select(POSTING_ID, INDUSTRY, "industry_source", "text")
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** The held-out (actual, predicted) counts, their score, and the run summary's note. */
  private record Measured(
      Map<String, Map<String, Long>> confusion, ClassificationScore score, String note) {}

  /**
   * Measured twice on the held-out fifth: on every placed posting, and on those the feed's own
   * label placed. The second is the harder and more telling figure: a posting placed by its title
   * is easy to place again from its title, while the postings the classifier decides name no
   * occupation in their title either.
   */
  private static Measured measure(PipelineModel model, Dataset<Row> heldOutRows) {
    Dataset<Row> heldOut = model.transform(heldOutRows).cache();
    Map<String, Map<String, Long>> confusion = confusion(heldOut);
    ClassificationScore score = ClassificationScore.of(confusion);
    Dataset<Row> byLabel = heldOut.filter(col("industry_source").equalTo(Industry.SOURCE_LABEL));
    ClassificationScore labelScore = ClassificationScore.of(confusion(byLabel));
    String note =
        "held out, all placed postings: "
            + score.describe()
            + (labelScore.meaningful()
                ? "; placed by the feed's label only: " + labelScore.describe()
                : "");
    heldOut.unpersist();
    return new Measured(confusion, score, note);
  }

  /**
   * At or above the confidence setting the prediction counts; below it the posting counts in
   * 'other'.
   */
  private static Dataset<Row> decide(Dataset<Row> scored, double minConfidence, String[] columns) {
    Column sure = col("industry_confidence").geq(minConfidence);
    return scored
        .withColumn(INDUSTRY, when(sure, col("predicted_industry")).otherwise(lit(Industry.OTHER)))
        .withColumn(
            "industry_source",
            when(sure, lit(Industry.SOURCE_CLASSIFIED))
                .otherwise(lit(Industry.SOURCE_LOW_CONFIDENCE)))
        .select(withConfidence(columns));
  }

  private static final StructType SHIPPED =
      new StructType()
          .add(POSTING_ID, DataTypes.StringType, false)
          .add("predicted_industry", DataTypes.StringType, false)
          .add("industry_confidence", DataTypes.DoubleType, false);

  /**
   * The shipped model's prediction and confidence per posting (posting_id, predicted_industry,
   * industry_confidence); the model is read once per partition.
   */
  static Dataset<Row> shipped(Dataset<Row> postings) {
    return postings
        .select(POSTING_ID, "title", "description")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  IndustryModel model = IndustryModel.builtin();
                  List<String> classes = model.classes();
                  return RowIterators.map(
                      rows,
                      r -> {
                        double[] p = model.probabilities(r.getAs("title"), r.getAs("description"));
                        int best = 0;
                        for (int c = 1; c < p.length; c++) {
                          best = p[c] > p[best] ? c : best;
                        }
                        return new NamedRow(SHIPPED)
                            .put(POSTING_ID, r.getAs(POSTING_ID))
                            .put("predicted_industry", classes.get(best))
                            .put("industry_confidence", p[best])
                            .row();
                      });
                },
            Encoders.row(SHIPPED));
  }

  /** Counts of (actual, predicted) pairs: at most 25 rows whatever the input. */
  private static Map<String, Map<String, Long>> confusion(Dataset<Row> tested) {
    return countsByIndustry(tested, "predicted_industry");
  }

  /**
   * Per industry, how many rows hold each value of {@code column}: collected, so only for a column
   * of a few values (at most five industries by a few values).
   */
  static Map<String, Map<String, Long>> countsByIndustry(Dataset<Row> rows, String column) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Row r : rows.groupBy(INDUSTRY, column).count().collectAsList()) {
      counts
          .computeIfAbsent(r.<String>getAs(INDUSTRY), k -> new TreeMap<>())
          .put(r.getAs(column), r.<Long>getAs("count"));
    }
    return counts;
  }

  private static Column[] withConfidence(String[] columns) {
    Column[] out = new Column[columns.length + 1];
    for (int i = 0; i < columns.length; i++) {
      out[i] = col(columns[i]);
    }
    out[columns.length] = col("industry_confidence");
    return out;
  }
}
