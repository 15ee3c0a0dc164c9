package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IndexToString;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.StringIndexerModel;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.classify.IndustryModel;
import org.skillgap.core.console.Console;
import org.skillgap.core.eval.ClassificationScore;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.common.NamedRow;

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
   * Hashed term features. Saving the model writes the IDF's weights and document counts (a double
   * and a long per feature) as one row inside a Spark task: at 2^16 features that task was 1,054
   * KiB, over the 1,000 KiB at which Spark warns on every training night. 2^15 keeps it near half
   * that; the held-out accuracy and macro F1 on both real feeds moved by at most 0.004
   * (docs/configuration.md).
   */
  static final int HASHED_FEATURES = 1 << 15;

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
    Dataset<Row> labelled = postings.filter(placed()).withColumn("text", text());
    Dataset<Row> unlabelled = postings.filter(not(placed()));
    Dataset<Row> training = labelled.filter(not(heldOut()));
    long trainingCount = training.count();
    long classes = training.select(INDUSTRY).distinct().count();
    if (trainingCount < MIN_LABELLED || classes < 2) {
      // Too few of the feed's own labels: the model shipped in the jar places the rest.
      Dataset<Row> heldOutPlaced = labelled.filter(heldOut());
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
      Dataset<Row> predicted =
          decide(
              unlabelled.join(shipped(unlabelled), POSTING_ID), minConfidence, postings.columns());
      return new Result(
          labelled
              .drop("text")
              .withColumn("industry_confidence", lit(null).cast("double"))
              .unionByName(predicted),
          score.meaningful() ? score : null,
          note,
          null,
          Map.of());
    }
    Dataset<Row> sample = labelled;
    if (trainingCount > maxTraining) {
      // The same fixed sample of both parts: measuring, like training, costs no more as the
      // warehouse grows.
      long perMillion = 1_000_000L * maxTraining / trainingCount;
      sample =
          sample.filter(
              pmod(xxhash64(col(POSTING_ID), lit("sample")), lit(1_000_000L)).lt(perMillion));
    }
    // The sample's text is read from the warehouse once and kept (at most some 1.25 x maxTraining
    // rows): the
    // indexer, the term counts and both held-out measures read it, and every pass over the
    // descriptions of
    // all postings was the classifier's largest cost (a million postings' text for each).
    sample =
        sample
            .select(POSTING_ID, INDUSTRY, "industry_source", "text")
            .persist(StorageLevel.MEMORY_AND_DISK());
    training = sample.filter(not(heldOut()));
    Dataset<Row> heldOutRows = sample.filter(heldOut());
    training = training.withColumn("class_weight", classWeights(training));
    sayWhichBlas();
    StringIndexerModel indexer =
        new StringIndexer()
            .setInputCol(INDUSTRY)
            .setOutputCol("label")
            // Postings to classify have no industry; their label is never used, and must not fail
            // the transform.
            .setHandleInvalid("keep")
            .fit(training);
    // The text is tokenised and hashed once, into cached term counts that the IDF and the
    // regression's first
    // pass both read: fitted as one pipeline, each re-read and re-tokenised 40k descriptions (about
    // 15 s each at
    // 100k postings on two cores).
    PipelineModel features =
        new Pipeline()
            .setStages(
                new PipelineStage[] {
                  indexer,
                  new RegexTokenizer()
                      .setInputCol("text")
                      .setOutputCol("words")
                      .setPattern("[^\\p{L}\\p{N}+#_]+")
                      .setMinTokenLength(2),
                  new StopWordsRemover().setInputCol("words").setOutputCol("terms"),
                  new HashingTF()
                      .setInputCol("terms")
                      .setOutputCol("tf")
                      .setNumFeatures(HASHED_FEATURES)
                })
            .fit(training);
    Dataset<Row> counted =
        features
            .transform(training)
            .select("label", "class_weight", "tf")
            .persist(StorageLevel.MEMORY_AND_DISK());
    PipelineModel scoring =
        new Pipeline()
            .setStages(
                new PipelineStage[] {
                  new IDF().setInputCol("tf").setOutputCol("features").setMinDocFreq(2),
                  new LogisticRegression()
                      .setMaxIter(30)
                      .setRegParam(0.01)
                      .setFamily("multinomial")
                      .setWeightCol("class_weight"),
                  new IndexToString()
                      .setInputCol("prediction")
                      .setOutputCol("predicted_industry")
                      .setLabels(indexer.labelsArray()[0])
                })
            .fit(counted);
    counted.unpersist();
    // Both fitted halves as one model (a pipeline of transformers only: fitting it reads no data).
    PipelineModel model =
        new Pipeline().setStages(new PipelineStage[] {features, scoring}).fit(training);

    // Measured twice on the held-out fifth: on every placed posting, and on those the feed's own
    // label placed.
    // The second is the harder and more telling figure: a posting placed by its title is easy to
    // place again
    // from its title, while the postings the classifier decides name no occupation in their title
    // either.
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
    sample.unpersist();

    Dataset<Row> predicted = predict(model, unlabelled, minConfidence);
    Dataset<Row> placedRows =
        labelled.drop("text").withColumn("industry_confidence", lit(null).cast("double"));
    return new Result(placedRows.unionByName(predicted), score, note, model, confusion);
  }

  /**
   * Under --verbose, once per training: which BLAS the regression runs on. Without a native library
   * (the usual case, and no loss at this size) MLlib uses a pure-Java one.
   */
  private static void sayWhichBlas() {
    if (!Console.get().verbose()) {
      return;
    }
    String pureJava = JavaBLAS.getInstance().getClass().getSimpleName();
    String nativeBlas;
    try {
      nativeBlas = NativeBLAS.getInstance().getClass().getSimpleName();
    } catch (RuntimeException e) { // netlib's way of saying no native library was found
      nativeBlas = null;
    }
    Console.get()
        .detail(
            nativeBlas == null
                ? "industry classifier: no native BLAS library; MLlib uses the pure-Java "
                    + pureJava
                    + ", as expected"
                : "industry classifier: MLlib uses the native BLAS " + nativeBlas);
  }

  /**
   * Small industries weigh more in training: weight sqrt(n / (classes x postings of the class)).
   * Real feeds are lopsided (NYC: 73 % 'other', 7 % finance), and unweighted the model learns to
   * call the small industries 'other', which the reports would then undercount. Fully balanced
   * weights (no square root) overshoot on USAJOBS, where healthcare is large and finance tiny.
   * Chosen by 4-fold cross validation on the training postings (the held-out fifth untouched),
   * macro F1 unweighted / balanced / square root: NYC 0.737 / 0.749 / 0.740, USAJOBS 0.850 / 0.750
   * / 0.856.
   */
  private static Column classWeights(Dataset<Row> training) {
    // One row per industry: at most five, whatever the input.
    List<Row> counts = training.groupBy(INDUSTRY).count().collectAsList();
    long total = counts.stream().mapToLong(r -> r.<Long>getAs("count")).sum();
    Column weight = lit(1.0);
    for (Row r : counts) {
      long n = r.getAs("count");
      weight =
          when(
                  col(INDUSTRY).equalTo(r.<String>getAs(INDUSTRY)),
                  lit(Math.sqrt((double) total / (counts.size() * n))))
              .otherwise(weight);
    }
    return weight;
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
    Dataset<Row> predicted =
        postings
            .select(POSTING_ID, "title", "description")
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>)
                    rows -> {
                      IndustryModel model = IndustryModel.builtin();
                      List<String> classes = model.classes();
                      return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                          return rows.hasNext();
                        }

                        @Override
                        public Row next() {
                          Row r = rows.next();
                          double[] p =
                              model.probabilities(r.getAs("title"), r.getAs("description"));
                          int best = 0;
                          for (int c = 1; c < p.length; c++) {
                            best = p[c] > p[best] ? c : best;
                          }
                          return new NamedRow(SHIPPED)
                              .put(POSTING_ID, r.getAs(POSTING_ID))
                              .put("predicted_industry", classes.get(best))
                              .put("industry_confidence", p[best])
                              .row();
                        }
                      };
                    },
                Encoders.row(SHIPPED));
    return predicted;
  }

  /** Counts of (actual, predicted) pairs: at most 25 rows whatever the input. */
  private static Map<String, Map<String, Long>> confusion(Dataset<Row> tested) {
    Map<String, Map<String, Long>> confusion = new TreeMap<>();
    for (Row r : tested.groupBy(INDUSTRY, "predicted_industry").count().collectAsList()) {
      confusion
          .computeIfAbsent(r.<String>getAs(INDUSTRY), k -> new TreeMap<>())
          .put(r.getAs("predicted_industry"), r.<Long>getAs("count"));
    }
    return confusion;
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
