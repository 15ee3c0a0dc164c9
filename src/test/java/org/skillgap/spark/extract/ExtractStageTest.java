package org.skillgap.spark.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.skillgap.core.taxonomy.Taxonomy;
import org.skillgap.spark.SharedSpark;

class ExtractStageTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void extractsMentionsOfEveryPostingAcrossPartitions() {
    StructType schema =
        new StructType()
            .add("posting_id", DataTypes.StringType)
            .add("industry", DataTypes.StringType)
            .add("description", DataTypes.StringType);
    Dataset<Row> postings =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a", "tech", "Requirements:\nPython and Docker required."),
                RowFactory.create(
                    "b", "healthcare", "BLS certification required. EHR experience preferred."),
                RowFactory.create("c", "tech", "We are hiring."),
                RowFactory.create("d", "tech", "")),
            schema);

    List<Row> rows =
        ExtractStage.mentions(spark, postings, Taxonomy.builtin(), 3)
            .orderBy("posting_id", "begin_offset")
            .collectAsList();

    assertEquals(
        List.of("a:python", "a:docker", "b:basic-life-support", "b:electronic-health-records"),
        rows.stream().map(r -> r.getString(0) + ":" + r.getString(1)).toList());
    Row ehr = rows.get(3);
    assertEquals("preferred", ehr.getAs("requirement"));
    assertEquals("knowledge", ehr.getAs("skill_type"));
    assertEquals("EHR", ehr.getAs("surface"));
    assertEquals(Taxonomy.builtin().version(), ehr.getAs("taxonomy_version"));
  }
}
