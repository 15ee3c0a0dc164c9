package org.skillgap.spark.report;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;
import static org.skillgap.spark.warehouse.Schemas.POSTING_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.skillgap.core.Json;
import org.skillgap.core.classify.IndustryModel;
import org.skillgap.core.eval.ClassificationScore;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.common.Columns;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.VersionedFolders;
import org.skillgap.spark.warehouse.Warehouse;

/**
 * Every posting's industry for a night's reports. Titles and feed labels place most postings; the
 * classifier places the rest. It is trained only when it must: there is no model yet, the postings
 * placed by title or label have grown by {@code classify.retrain-growth} since it was trained, or
 * the taxonomy changed (a full refresh builds a new warehouse, so it trains too). Its predictions
 * are kept in the warehouse, one batch per night, so a night reads the text of the postings not
 * classified yet and of no other. The model is written after the predictions it made: a kill in
 * between leaves predictions a later night reuses or supersedes, never a model without them.
 */
public final class IndustryPlacement {
  private IndustryPlacement() {}

  /**
   * @param trained whether this night trained the classifier
   * @param textBatches ingest batches whose description text this night read to classify postings
   * @param modelId which model placed the classified postings: the same id, the same placements
   */
  public record Outcome(
      Dataset<Row> postings,
      ClassificationScore score,
      String note,
      boolean trained,
      int textBatches,
      String modelId) {}

  /** A trained model's id: when, and on how many placed postings. */
  private static String modelId(String trainedOn, long placedPostings) {
    return "trained " + trainedOn + " on " + placedPostings;
  }

  public static Outcome place(
      SparkSession spark,
      Layout layout,
      Warehouse warehouse,
      Dataset<Row> postings,
      double minConfidence,
      double retrainGrowth,
      String taxonomyVersion,
      LocalDate runDate) {
    Storage storage = new Storage(spark);
    long placedCount = postings.filter(IndustryClassifier.placed()).count();
    Optional<String> model = VersionedFolders.current(storage, layout.industryModel());
    String infoPath = model.map(dir -> Storage.join(dir, "model.json")).orElse(null);
    JsonNode info =
        infoPath != null && storage.exists(infoPath)
            ? Json.parse(storage.readText(infoPath), infoPath)
            : null;
    long trainedOn = info == null ? 0 : info.path("placed_postings").asLong();
    boolean mustTrain =
        info == null
            || !taxonomyVersion.equals(info.path("taxonomy_version").asText())
            || placedCount >= Math.ceil(trainedOn * (1 + retrainGrowth))
            || placedCount < trainedOn;
    if (mustTrain) {
      return train(
          storage,
          layout,
          warehouse,
          postings,
          minConfidence,
          taxonomyVersion,
          runDate,
          placedCount);
    }

    Dataset<Row> unplaced = postings.filter(not(IndustryClassifier.placed()));
    Dataset<Row> known = predictions(warehouse).select(POSTING_ID);
    // One row per batch that holds a posting never classified: at most one per night ingested.
    List<Object> batches =
        unplaced
            .select(POSTING_ID, StoredTable.BATCH)
            .join(known, new String[] {POSTING_ID}, "left_anti")
            .select(StoredTable.BATCH)
            .distinct()
            .as(Encoders.DATE())
            .collectAsList()
            .stream()
            .map(d -> (Object) d)
            .toList();
    if (!batches.isEmpty()) {
      // Loaded only when there is something to classify: reading a saved pipeline is some twenty
      // small jobs.
      PipelineModel trained = PipelineModel.load(Storage.join(model.orElseThrow(), "pipeline"));
      Dataset<Row> fresh =
          unplaced
              .filter(col(StoredTable.BATCH).isin(batches.toArray()))
              .join(known, new String[] {POSTING_ID}, "left_anti")
              .drop(StoredTable.BATCH);
      Dataset<Row> predicted =
          IndustryClassifier.predict(trained, fresh, minConfidence)
              .select(Columns.of(Tables.INDUSTRY_PREDICTIONS.schema()));
      Dataset<Row> tonight =
          warehouse.batches(Tables.INDUSTRY_PREDICTIONS).contains(runDate)
              // A second run of the same night adds to its batch, read before its new version is
              // committed.
              ? predictions(warehouse)
                  .filter(col("predicted_on").equalTo(lit(Date.valueOf(runDate))))
                  .select(Columns.of(Tables.INDUSTRY_PREDICTIONS.schema()))
                  .unionByName(predicted)
              : predicted;
      warehouse.writeBatch(Tables.INDUSTRY_PREDICTIONS, runDate, tonight);
    }
    String note =
        String.format(
            "reused the model trained on %s on %,d placed postings (placed now: %,d; it trains "
                + "again from %,d); classified the postings of %d new batch%s; held out then: %s",
            info.path("trained_on").asText(),
            trainedOn,
            placedCount,
            (long) Math.ceil(trainedOn * (1 + retrainGrowth)),
            batches.size(),
            batches.size() == 1 ? "" : "es",
            info.path("note").asText());
    return new Outcome(
        withPredictions(postings, predictions(warehouse)),
        score(info),
        note,
        false,
        batches.size(),
        modelId(info.path("trained_on").asText(), trainedOn));
  }

  private static Outcome train(
      Storage storage,
      Layout layout,
      Warehouse warehouse,
      Dataset<Row> postings,
      double minConfidence,
      String taxonomyVersion,
      LocalDate runDate,
      long placedCount) {
    IndustryClassifier.Result r = IndustryClassifier.apply(postings, minConfidence);
    int allBatches = warehouse.batches(Tables.POSTINGS).size();
    // Kept whichever model placed them, so that the warehouse alone says where each posting
    // counted (the evidence command reads it): older predictions came from older models, and
    // every posting has tonight's now.
    Dataset<Row> predicted =
        r.postings()
            .filter(not(IndustryClassifier.placed()))
            .select(Columns.of(Tables.INDUSTRY_PREDICTIONS.schema()));
    warehouse.writeBatch(Tables.INDUSTRY_PREDICTIONS, runDate, predicted);
    for (LocalDate batch : warehouse.batches(Tables.INDUSTRY_PREDICTIONS)) {
      if (!batch.equals(runDate)) {
        VersionedFolders.drop(storage, layout.warehouseBatch(Tables.INDUSTRY_PREDICTIONS, batch));
      }
    }
    if (r.model() == null) {
      // The shipped model placed them: nothing trained, no model to keep. A later night trains
      // again (there is no model.json) and so writes its own predictions.
      return new Outcome(
          r.postings(),
          r.score(),
          r.note(),
          false,
          allBatches,
          "shipped " + IndustryModel.builtin().source());
    }
    Json confusion = new Json();
    r.confusion()
        .forEach(
            (actual, row) -> {
              Json counts = new Json();
              row.forEach(counts::put);
              confusion.put(actual, counts);
            });
    String info =
        new Json()
            .put("trained_on", runDate.toString())
            .put("placed_postings", placedCount)
            .put("taxonomy_version", taxonomyVersion)
            .put("note", r.note())
            .put("confusion", confusion)
            .toString();
    VersionedFolders.replace(
        storage,
        layout.industryModel(),
        dir -> {
          try {
            r.model().write().save(Storage.join(dir, "pipeline"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          storage.writeText(Storage.join(dir, "model.json"), info + "\n");
        });
    return new Outcome(
        withPredictions(postings, predictions(warehouse)),
        r.score(),
        r.note(),
        true,
        allBatches,
        modelId(runDate.toString(), placedCount));
  }

  /**
   * Every posting of the warehouse with the industry the last night's reports counted it in: placed
   * by title or label as it is, the others by their kept prediction ('other' without one).
   */
  public static Dataset<Row> current(Warehouse warehouse) {
    return withPredictions(warehouse.table(Tables.POSTINGS), predictions(warehouse));
  }

  /** The latest prediction of every posting, with the night that made it (predicted_on). */
  private static Dataset<Row> predictions(Warehouse warehouse) {
    return warehouse
        .table(Tables.INDUSTRY_PREDICTIONS)
        .withColumnRenamed(StoredTable.BATCH, "predicted_on")
        .withColumn(
            "_rn",
            row_number().over(Window.partitionBy(POSTING_ID).orderBy(col("predicted_on").desc())))
        .filter("_rn = 1")
        .drop("_rn");
  }

  /** Postings placed by title or label as they are; the others with their kept prediction. */
  private static Dataset<Row> withPredictions(Dataset<Row> postings, Dataset<Row> predictions) {
    Dataset<Row> placed =
        postings
            .filter(IndustryClassifier.placed())
            .withColumn("industry_confidence", lit(null).cast("double"));
    Dataset<Row> classified =
        postings
            .filter(not(IndustryClassifier.placed()))
            .drop(INDUSTRY, "industry_source")
            .join(
                predictions.select(POSTING_ID, INDUSTRY, "industry_source", "industry_confidence"),
                new String[] {POSTING_ID},
                "left")
            .withColumn(INDUSTRY, coalesce(col(INDUSTRY), lit(Industry.OTHER)))
            .withColumn(
                "industry_source",
                coalesce(col("industry_source"), lit(Industry.SOURCE_LOW_CONFIDENCE)));
    return placed.unionByName(classified);
  }

  /** The held-out score the model was trained with, from model.json. */
  private static ClassificationScore score(JsonNode info) {
    Map<String, Map<String, Long>> confusion = new TreeMap<>();
    info.path("confusion")
        .fields()
        .forEachRemaining(
            actual -> {
              Map<String, Long> row = new TreeMap<>();
              actual
                  .getValue()
                  .fields()
                  .forEachRemaining(p -> row.put(p.getKey(), p.getValue().asLong()));
              confusion.put(actual.getKey(), row);
            });
    ClassificationScore score = ClassificationScore.of(confusion);
    return score.meaningful() ? score : null;
  }
}
