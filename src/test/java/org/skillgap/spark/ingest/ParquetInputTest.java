package org.skillgap.spark.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.core.config.ConfigLoader;
import org.skillgap.spark.Pipeline;
import org.skillgap.spark.RunSummary;
import org.skillgap.spark.SharedSpark;
import org.skillgap.spark.Stored;

/**
 * A typed Parquet feed with its own column names is read through the same contract as text feeds.
 */
class ParquetInputTest {

  @TempDir Path tmp;

  @Test
  void readsTypedParquetWithMappedColumns() throws Exception {
    SparkSession spark = SharedSpark.get();
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("enrollments"));
    Files.createDirectories(in.resolve("credentials"));
    StructType schema =
        new StructType()
            .add("job_key", DataTypes.LongType)
            .add("title", DataTypes.StringType)
            .add("posted", DataTypes.DateType)
            .add("body", DataTypes.StringType)
            .add("salary", DataTypes.DoubleType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    7L, "Nurse", Date.valueOf("2024-05-01"), "RN license required.", 64000.0),
                RowFactory.create(8L, "Clerk", Date.valueOf("2024-05-02"), null, null)),
            schema)
        .coalesce(1)
        .write()
        .parquet(in.resolve("postings/feed.parquet").toString());

    RunSummary s =
        new Pipeline(
                spark,
                new ConfigLoader()
                    .withOverrides(
                        List.of(
                            "ingest.max-reject-ratio=0.5",
                            "input.postings.columns=job_key=id, posted=posted_date, body=description"))
                    .build(in.toString(), tmp.resolve("out").toString(), LocalDate.of(2025, 1, 1)))
            .runIngest();

    assertEquals(2, s.datasets().get(0).read());
    assertEquals(1, s.datasets().get(0).accepted());
    Row p = Stored.table(tmp.resolve("out"), "postings").first();
    assertEquals("7", p.getAs("posting_id"));
    assertEquals(Date.valueOf("2024-05-01"), p.getAs("posted_date"));
    assertEquals(64000.0, p.<Double>getAs("salary_annual_min"));
    assertEquals(Map.of("MISSING_FIELD", 1L), s.datasets().get(0).quarantinedByReason());
  }
}
