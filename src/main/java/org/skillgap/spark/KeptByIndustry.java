package org.skillgap.spark;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.skillgap.core.Json;

/**
 * A report's rows kept between nights per industry, for a report built from each industry's latest year
 * only (credential_paths): a night recomputes the industries whose latest year gained postings or changed,
 * and keeps the others' rows. Kept as a {@link ReportState}, so another taxonomy, industry model, catalogue
 * or setting ({@code basis}) recomputes every industry.
 */
final class KeptByIndustry {

  private final SparkSession spark;
  private final Layout layout;
  private final String name;
  private final StructType schema;
  private final Map<LocalDate, String> ids;
  private final String basis;
  private final Dataset<Row> postings;
  private final Map<String, Integer> latest;
  private int recomputed = -1;

  /**
   * @param ids each postings batch's facts id
   * @param basis what else the rows depend on (catalogue, settings)
   * @param postings industry, year, ingest_batch of every posting
   * @param latest each industry's latest year (from the merged facts)
   */
  KeptByIndustry(
      SparkSession spark, Layout layout, String name, StructType schema, Map<LocalDate, String> ids, String basis,
      Dataset<Row> postings, Map<String, Integer> latest) {
    this.spark = spark;
    this.layout = layout;
    this.name = name;
    this.schema = schema;
    this.ids = ids;
    this.basis = basis;
    this.postings = postings;
    this.latest = latest;
  }

  /** The rows of every industry, recomputing ({@code compute} of a set of industries; null: all) what changed. */
  Dataset<Row> rows(Function<Set<String>, Dataset<Row>> compute) {
    Storage storage = new Storage(spark);
    String dir = layout.reportState(name);
    ReportState.Plan plan = ReportState.plan(storage, dir, ids, basis);
    Json kept = new Json();
    latest.forEach(kept::put);
    if (!plan.incremental()) {
      recomputed = latest.size();
      ReportState.write(storage, dir, compute.apply(null), ids, basis, kept);
      return ReportState.read(spark, dir, schema);
    }
    Set<String> touched = new TreeSet<>();
    latest.forEach((industry, year) -> {
      if (plan.kept().path(industry).asInt(Integer.MIN_VALUE) != year) {
        touched.add(industry);
      }
    });
    if (!plan.fresh().isEmpty()) {
      // At most five industries by the years the new batches' postings fall in.
      for (Row r : postings.filter(col("ingest_batch").isin(SalaryMedians.dates(plan.fresh())))
          .select("industry", "year").distinct().collectAsList()) {
        if (latest.get(r.<String>getAs("industry")) != null
            && latest.get(r.<String>getAs("industry")).equals(r.<Integer>getAs("year"))) {
          touched.add(r.getAs("industry"));
        }
      }
    }
    recomputed = touched.size();
    if (plan.upToDate() && touched.isEmpty()) {
      return ReportState.read(spark, dir, schema);
    }
    Dataset<Row> next = ReportState.read(spark, dir, schema).filter(not(col("industry").isin(touched.toArray())));
    if (!touched.isEmpty()) {
      next = compute.apply(touched).select(Columns.of(schema)).unionByName(next);
    }
    ReportState.write(storage, dir, next, ids, basis, kept);
    return ReportState.read(spark, dir, schema);
  }

  /** Industries recomputed by the last {@link #rows} call (-1 before it). */
  int recomputed() {
    return recomputed;
  }

  /** Each industry's latest year, from the per-year postings (industry, year, industry_postings); a few rows. */
  static Map<String, Integer> latestYears(Dataset<Row> industryYears) {
    Map<String, Integer> out = new TreeMap<>();
    for (Row r : industryYears.groupBy("industry").agg(max("year").as("year")).collectAsList()) {
      out.put(r.getAs("industry"), r.getAs("year"));
    }
    return out;
  }
}
