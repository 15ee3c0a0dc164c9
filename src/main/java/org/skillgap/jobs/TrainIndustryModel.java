package org.skillgap.jobs;

import static org.apache.spark.sql.functions.*;
import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.classify.IndustryModel;
import org.skillgap.core.ingest.Industry;
import org.skillgap.spark.Sessions;
import org.skillgap.spark.report.IndustryClassifier;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.Tables;
import org.skillgap.spark.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the industry model shipped in the jar ({@link IndustryModel}) on the placed postings (by
 * title or by the feed's label) of nightly outputs, leaving out the fifth every night holds out for
 * measuring, so that a night on the same feed measures the shipped model on postings it never saw.
 */
@Command(
    name = "train-industry-model",
    mixinStandardHelpOptions = true,
    description = "Trains the default industry model on the placed postings of pipeline outputs.")
public final class TrainIndustryModel implements Callable<Integer> {

  @Option(
      names = "--warehouse",
      required = true,
      description = "A pipeline output folder whose warehouse holds labelled postings. Repeatable.")
  List<String> outputs;

  @Option(
      names = "--min-documents",
      description = "Words in fewer postings are left out (default: ${DEFAULT-VALUE}).",
      defaultValue = "3")
  int minDocuments;

  @Option(
      names = "--source",
      description = "What the model was trained on, recorded in it.",
      defaultValue = "")
  String source;

  @Option(names = "--output", required = true, description = "Model file to write (.tsv.gz).")
  Path output;

  @Override
  public Integer call() throws Exception {
    SparkSession spark = Sessions.create("skillgap-train-industry-model");
    try {
      IndustryModel.Trainer trainer = new IndustryModel.Trainer(Industry.ALL);
      long n = 0;
      for (String out : outputs) {
        // Streamed to the driver a partition at a time: only the counts are kept.
        Iterator<Row> rows =
            new Warehouse(spark, Layout.live(new Storage(spark), out))
                .table(Tables.POSTINGS)
                .filter(col("industry_source").isin(Industry.SOURCE_TITLE, Industry.SOURCE_LABEL))
                .filter(not(IndustryClassifier.heldOut()))
                .select("title", "description", INDUSTRY)
                .toLocalIterator();
        while (rows.hasNext()) {
          Row r = rows.next();
          trainer.add(r.getAs("title"), r.getAs("description"), r.getAs(INDUSTRY));
          n++;
        }
      }
      IndustryModel model =
          trainer.build(minDocuments, source.isEmpty() ? String.join(" + ", outputs) : source);
      if (output.getParent() != null) {
        Files.createDirectories(output.getParent());
      }
      try (Writer w =
          new OutputStreamWriter(
              new GZIPOutputStream(Files.newOutputStream(output)), StandardCharsets.UTF_8)) {
        model.write(w);
      }
      System.out.printf(
          "trained on %,d placed postings; %,d words kept; wrote %s (%,d kB)%n",
          n, model.vocabulary(), output, Files.size(output) / 1024);
      return 0;
    } finally {
      spark.stop();
    }
  }

  public static void main(String[] args) {
    System.exit(JobRunner.main(new TrainIndustryModel(), args));
  }
}
