package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.SharedSpark;

class IndustryClassifierTest {

  private static final SparkSession spark = SharedSpark.get();

  private static final StructType SCHEMA =
      new StructType()
          .add("posting_id", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, false)
          .add("company", DataTypes.StringType, true)
          .add("description", DataTypes.StringType, false)
          .add("industry", DataTypes.StringType, true)
          .add("industry_source", DataTypes.StringType, false);

  private static Dataset<Row> postings() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      boolean tech = i % 2 == 0;
      rows.add(
          RowFactory.create(
              "p" + i,
              tech ? "Software Engineer" : "Registered Nurse",
              tech ? "Initech" : "Mercy",
              tech
                  ? "Build services in Java and Kubernetes, review code, deploy to the cloud."
                  : "Patient care on the ward, medication administration, BLS certification.",
              tech ? "tech" : "healthcare",
              "mapped"));
    }
    rows.add(
        RowFactory.create(
            "u1",
            "Backend Engineer",
            null,
            "Java services on Kubernetes in the cloud.",
            null,
            "unmapped"));
    rows.add(
        RowFactory.create(
            "u2",
            "Staff Nurse",
            null,
            "Patient care and medication on a busy ward.",
            null,
            "unmapped"));
    return spark.createDataFrame(rows, SCHEMA);
  }

  @Test
  void trainsOnABoundedSampleAndStillClassifiesEveryPosting() {
    IndustryClassifier.Result r = IndustryClassifier.apply(postings(), 0.6, 100);
    Map<String, String> industry =
        r.postings().collectAsList().stream()
            .collect(Collectors.toMap(x -> x.getAs("posting_id"), x -> x.getAs("industry")));
    assertEquals(302, industry.size(), "every posting comes out, labelled or classified");
    assertEquals("tech", industry.get("u1"));
    assertEquals("healthcare", industry.get("u2"));
    assertTrue(
        r.score().examples() > 5 && r.score().examples() < 45,
        "a fifth of a ~100-posting sample is held out, not a fifth of all 300: "
            + r.score().examples());
    assertEquals(1.0, r.score().accuracy(), 1e-9);
    assertEquals(1.0, r.score().macroF1(), 1e-9);
    assertEquals(2, r.score().classes().size(), "per-class support is reported");
  }

  /**
   * A feed whose labelled postings are all of one industry: nothing to train on, no "accuracy
   * 1.000", and the model shipped in the jar places the rest.
   */
  @Test
  void oneLabelledIndustryFallsBackToTheShippedModelAndSaysSo() {
    IndustryClassifier.Result r =
        IndustryClassifier.apply(postings().filter("industry is null or industry = 'tech'"), 0.6);
    assertNull(r.score(), "the held-out postings are of one industry: no figure");
    assertTrue(
        r.note().startsWith("trained on too few") && r.note().contains("shipped model"), r.note());
    Map<String, String> industry =
        r.postings().collectAsList().stream()
            .collect(Collectors.toMap(x -> x.getAs("posting_id"), x -> x.getAs("industry")));
    assertEquals("healthcare", industry.get("u2"));
    assertEquals("tech", industry.get("u1"));
  }
}
