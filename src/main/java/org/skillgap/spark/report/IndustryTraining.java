package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.List;
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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.skillgap.core.console.Console;

/**
 * Fits {@link IndustryClassifier}'s model on placed postings (industry and text): TF-IDF over the
 * text, then multinomial logistic regression with class weights that favour small industries. The
 * fitted model reads a text column and writes probability and predicted_industry.
 */
final class IndustryTraining {
  private IndustryTraining() {}

  /**
   * Hashed term features. Saving the model writes the IDF's weights and document counts (a double
   * and a long per feature) as one row inside a Spark task: at 2^16 features that task was 1,054
   * KiB, over the 1,000 KiB at which Spark warns on every training night. 2^15 keeps it near half
   * that; the held-out accuracy and macro F1 on both real feeds moved by at most 0.004
   * (docs/configuration.md).
   */
  static final int HASHED_FEATURES = 1 << 15;

  /** Both fitted halves, term counts and scoring, as one model. */
  static PipelineModel fit(Dataset<Row> training) {
    Dataset<Row> weighted = training.withColumn("class_weight", classWeights(training));
    sayWhichBlas();
    StringIndexerModel indexer =
        new StringIndexer()
            .setInputCol(INDUSTRY)
            .setOutputCol("label")
            // Postings to classify have no industry; their label is never used, and must not fail
            // the transform.
            .setHandleInvalid("keep")
            .fit(weighted);
    // The text is tokenised and hashed once, into cached term counts that the IDF and the
    // regression's first pass both read: fitted as one pipeline, each re-read and re-tokenised 40k
    // descriptions (about 15 s each at 100k postings on two cores).
    PipelineModel features = termCounts(indexer).fit(weighted);
    Dataset<Row> counted =
        features
            .transform(weighted)
            .select("label", "class_weight", "tf")
            .persist(StorageLevel.MEMORY_AND_DISK());
    PipelineModel scoring = scoring(indexer.labelsArray()[0]).fit(counted);
    counted.unpersist();
    // A pipeline of transformers only: fitting it reads no data.
    return new Pipeline().setStages(new PipelineStage[] {features, scoring}).fit(weighted);
  }

  /** The label index, then the text's words less stop words, hashed into term counts (tf). */
  private static Pipeline termCounts(StringIndexerModel indexer) {
    return new Pipeline()
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
            });
  }

  /** IDF over the term counts, the weighted regression, and the predicted label's industry. */
  private static Pipeline scoring(String[] industries) {
    return new Pipeline()
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
                  .setLabels(industries)
            });
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
}
