package org.skillgap.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgap.spark.report.ReportRegistry;

/**
 * The published reports read back by readers that share no code with Spark: DuckDB (SQL over the
 * Parquet files) and parquet-hadoop's own footer reader. Every documented column is there with its
 * documented type.
 */
class ReportReadersTest {

  private static Path reports;

  @BeforeAll
  static void run() {
    reports = PipelineFixture.get().out().resolve("reports/runs/2026-01-15");
  }

  private static final Map<String, StructType> SCHEMAS = new LinkedHashMap<>();

  static {
    ReportRegistry.ALL.forEach(r -> SCHEMAS.put(r.name(), r.schema()));
  }

  /** DuckDB's name for a documented Spark type. */
  private static String duckType(String sparkType) {
    return switch (sparkType) {
      case "string" -> "VARCHAR";
      case "bigint" -> "BIGINT";
      case "int" -> "INTEGER";
      case "double" -> "DOUBLE";
      case "date" -> "DATE";
      case "boolean" -> "BOOLEAN";
      case "array<string>" -> "VARCHAR[]";
      default -> throw new IllegalArgumentException(sparkType);
    };
  }

  @Test
  void duckDbSeesEveryDocumentedColumnWithItsType() throws Exception {
    Class.forName("org.duckdb.DuckDBDriver");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (Map.Entry<String, StructType> e : SCHEMAS.entrySet()) {
        String glob = reports.resolve(e.getKey()).toString() + "/*/*.parquet";
        Map<String, String> seen = new LinkedHashMap<>();
        try (ResultSet rs =
            st.executeQuery(
                "DESCRIBE SELECT * FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
          while (rs.next()) {
            seen.put(rs.getString("column_name"), rs.getString("column_type"));
          }
        }
        for (StructField f : e.getValue().fields()) {
          String expected =
              f.name().equals("industry") ? "VARCHAR" : duckType(f.dataType().simpleString());
          assertEquals(expected, seen.get(f.name()), e.getKey() + "." + f.name());
        }
      }
      // And the numbers agree with Spark's: shares are shares, postings add up per industry and
      // month.
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM read_parquet('"
                  + reports.resolve("skill_demand")
                  + "/*/*.parquet', hive_partitioning = true) WHERE share <= 0 OR share > 1 OR postings > industry_postings")) {
        rs.next();
        assertEquals(0, rs.getLong(1));
      }
    }
  }

  @Test
  void parquetFootersDeclareTheColumns() throws Exception {
    Configuration conf = new Configuration();
    for (Map.Entry<String, StructType> e : SCHEMAS.entrySet()) {
      Path file;
      try (Stream<Path> s = Files.walk(reports.resolve(e.getKey()))) {
        file = s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
      }
      MessageType schema;
      try (ParquetFileReader r =
          ParquetFileReader.open(
              HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))) {
        schema = r.getFooter().getFileMetaData().getSchema();
      }
      for (StructField f : e.getValue().fields()) {
        if (f.name().equals("industry")) {
          assertFalse(schema.containsField("industry"), "industry lives in the folder name");
          continue;
        }
        assertTrue(schema.containsField(f.name()), e.getKey() + " lacks " + f.name());
        Type t = schema.getType(f.name());
        String type = f.dataType().simpleString();
        if (type.startsWith("array")) {
          assertFalse(t.isPrimitive(), e.getKey() + "." + f.name());
        } else {
          String expected =
              switch (type) {
                case "string", "date", "int", "boolean" ->
                    type.equals("string") ? "BINARY" : type.equals("boolean") ? "BOOLEAN" : "INT32";
                case "bigint" -> "INT64";
                case "double" -> "DOUBLE";
                default -> throw new IllegalArgumentException(type);
              };
          assertEquals(
              expected,
              t.asPrimitiveType().getPrimitiveTypeName().name(),
              e.getKey() + "." + f.name());
        }
      }
    }
  }
}
