package org.skillgap.spark.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.SharedSpark;

/** The dashboard's "most demanded skills": a share of the whole year's postings of the industry. */
class DashboardTopSkillsTest {

  static final StructType QUARTERS =
      new StructType()
          .add("industry", "string")
          .add("year", "int")
          .add("period", "string")
          .add("skill_id", "string")
          .add("skill_name", "string")
          .add("skill_type", "string")
          .add("postings", "long")
          .add("industry_postings", "long");

  @Test
  void aSkillOfOneSmallQuarterIsNotAskedByEveryPostingOfTheYear() {
    SparkSession spark = SharedSpark.get();
    // 2017-Q1 held one tech posting, asking for PHP; 2017-Q4 held 99, 40 of them asking for SQL.
    Dataset<Row> quarters =
        spark.createDataFrame(
            List.of(
                RowFactory.create("tech", 2017, "2017-Q1", "php", "PHP", "technology", 1L, 1L),
                RowFactory.create("tech", 2017, "2017-Q4", "sql", "SQL", "technology", 40L, 99L),
                RowFactory.create("tech", 2016, "2016-Q4", "php", "PHP", "technology", 50L, 50L)),
            QUARTERS);
    Dataset<Row> latest =
        spark.createDataFrame(
            List.of(RowFactory.create("tech", 2017)),
            new StructType().add("industry", "string").add("year", "int"));
    List<Row> top = DashboardBuilder.topOfLatestYear(quarters, latest, 10).collectAsList();
    assertEquals(
        List.of("SQL", "PHP"), top.stream().map(r -> r.<String>getAs("skill_name")).toList());
    assertEquals(0.40, top.get(0).<Double>getAs("share"), 1e-9, "40 of the year's 100 postings");
    assertEquals(0.01, top.get(1).<Double>getAs("share"), 1e-9, "1 of 100, not 1 of 1");
  }
}
