package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator;
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

/**
 * Gives an industry to postings whose own data did not map to one: TF-IDF over title (weighted twice) and
 * description, multinomial logistic regression, trained on the postings that do have a mapped industry.
 * A fifth of those is held out to measure accuracy. Below the confidence setting a posting goes to 'other'.
 */
public final class IndustryClassifier {
  private IndustryClassifier() {}

  /**
   * @param postings with industry, industry_source and industry_confidence filled for every posting
   * @param heldOutAccuracy accuracy on the held-out labelled postings, NaN when there was too little to train
   */
  public record Result(Dataset<Row> postings, double heldOutAccuracy, long testedOn) {}

  private static final int MIN_LABELLED = 50;

  /**
   * The model is trained on at most this many labelled postings (a fixed hash sample by posting id), so its
   * cost does not grow with the warehouse: accuracy levels off long before, and training on a million
   * postings would cache gigabytes of feature vectors for 30 passes.
   */
  static final long MAX_TRAINING_POSTINGS = 40_000;

  public static Result apply(Dataset<Row> postings, double minConfidence) {
    return apply(postings, minConfidence, MAX_TRAINING_POSTINGS);
  }

  static Result apply(Dataset<Row> postings, double minConfidence, long maxTraining) {
    Column text = concat_ws(" ", col("title"), col("title"), col("description"));
    Dataset<Row> labelled = postings.filter(col("industry_source").equalTo("mapped")).withColumn("text", text);
    Dataset<Row> unlabelled = postings.filter(col("industry_source").notEqual("mapped"));
    long labelledCount = labelled.count();
    if (labelledCount < MIN_LABELLED || labelled.select("industry").distinct().count() < 2) {
      return new Result(
          postings.withColumn("industry_confidence", lit(null).cast("double")), Double.NaN, 0);
    }
    Dataset<Row> sample = labelled;
    if (labelledCount > maxTraining) {
      long perMillion = 1_000_000L * maxTraining / labelledCount;
      sample = labelled.filter(pmod(xxhash64(col("posting_id")), lit(1_000_000L)).lt(perMillion));
    }
    StringIndexerModel indexer = new StringIndexer().setInputCol("industry").setOutputCol("label")
        // Postings to classify have no industry; their label is never used, and must not fail the transform.
        .setHandleInvalid("keep").fit(sample);
    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {
        indexer,
        new RegexTokenizer().setInputCol("text").setOutputCol("words").setPattern("[^\\p{L}\\p{N}+#]+").setMinTokenLength(2),
        new StopWordsRemover().setInputCol("words").setOutputCol("terms"),
        new HashingTF().setInputCol("terms").setOutputCol("tf").setNumFeatures(1 << 16),
        new IDF().setInputCol("tf").setOutputCol("features").setMinDocFreq(2),
        new LogisticRegression().setMaxIter(30).setRegParam(0.01).setFamily("multinomial"),
        new IndexToString().setInputCol("prediction").setOutputCol("predicted_industry").setLabels(indexer.labelsArray()[0])
    });
    Dataset<Row>[] split = sample.randomSplit(new double[] {0.8, 0.2}, 20_261_128L);
    PipelineModel model = pipeline.fit(split[0]);
    Dataset<Row> tested = model.transform(split[1]);
    double accuracy = new MulticlassClassificationEvaluator().setMetricName("accuracy").evaluate(tested);
    long testedOn = tested.count();

    Dataset<Row> predicted = model.transform(unlabelled.withColumn("text", text).withColumn("industry", lit(null).cast("string")))
        .withColumn("industry_confidence", array_max(org.apache.spark.ml.functions.vector_to_array(col("probability"), "float64")))
        .withColumn("industry", when(col("industry_confidence").geq(minConfidence), col("predicted_industry")).otherwise(lit("other")))
        .withColumn("industry_source", when(col("industry_confidence").geq(minConfidence), lit("classified")).otherwise(lit("low_confidence")))
        .select(withConfidence(postings.columns()));
    Dataset<Row> mapped = labelled.drop("text").withColumn("industry_confidence", lit(null).cast("double"));
    return new Result(mapped.unionByName(predicted), accuracy, testedOn);
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
