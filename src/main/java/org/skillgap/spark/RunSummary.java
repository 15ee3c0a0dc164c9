package org.skillgap.spark;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.skillgap.core.Json;
import org.skillgap.core.console.Console;
import org.skillgap.core.eval.ClassificationScore;
import org.skillgap.spark.ingest.DatasetCounts;

/** What a run did: per stage records in and out and time taken, per dataset the ingest counts. */
public final class RunSummary {

  /** One stage's figures. */
  public record Stage(String name, long recordsIn, long recordsOut, double seconds) {}

  private final LocalDate runDate;
  private final Instant started = Instant.now();
  private final List<Stage> stages = new ArrayList<>();
  private final List<DatasetCounts> datasets = new ArrayList<>();
  private String outcome = "running";
  private String taxonomyVersion = "";
  private String sparkVersion = "";
  private String master = "";
  private String classifier = "";
  private int filesSeen;
  private int filesIngested;
  private boolean fullRefresh;
  private Double classifierAccuracy;
  private Double classifierMacroF1;
  private Boolean classifierTrained;
  private Integer classifierTextBatches;
  private Json reportFacts;
  private Integer factsBatchesFolded;
  private Map<String, Map<String, Long>> placedBy = Map.of();
  private String deployMode = "";

  public RunSummary(LocalDate runDate) {
    this.runDate = runDate;
  }

  public void stage(String name, long in, long out, double seconds) {
    stages.add(new Stage(name, in, out, seconds));
    Console.get().stageDone(String.format("%,d in, %,d out", in, out));
  }

  public void dataset(DatasetCounts c) {
    datasets.add(c);
  }

  public void outcome(String outcome) {
    this.outcome = outcome;
  }

  public void versions(String taxonomyVersion, String sparkVersion) {
    this.taxonomyVersion = taxonomyVersion;
    this.sparkVersion = sparkVersion;
  }

  /** Input files looked at, and those ingested (new, changed, or this night's own on a re-run). */
  public void inputs(int seen, int ingested, boolean fullRefresh) {
    this.filesSeen = seen;
    this.filesIngested = ingested;
    this.fullRefresh = fullRefresh;
  }

  public int filesIngested() {
    return filesIngested;
  }

  /**
   * The industry classifier's held-out score (null when it was not trained or the held-out postings
   * hold one class), what it measured, and per industry how the postings were placed (title,
   * mapped, classified, low_confidence).
   */
  public void classifier(
      ClassificationScore score, String note, Map<String, Map<String, Long>> placedBy) {
    boolean meaningful = score != null && score.meaningful();
    this.classifierAccuracy = meaningful ? score.accuracy() : null;
    this.classifierMacroF1 = meaningful ? score.macroF1() : null;
    this.placedBy = placedBy;
    this.classifier = "industry classifier: " + note;
    Console.get().detail(classifier);
  }

  /**
   * Whether this night trained the industry classifier, and how many ingest batches' text it read
   * to classify postings (none on a night that adds no posting to classify).
   */
  public void classifierWork(boolean trained, int textBatches) {
    this.classifierTrained = trained;
    this.classifierTextBatches = textBatches;
  }

  /**
   * The report stage's incremental work: how many postings batches had their facts folded (new or
   * changed ones) out of all, and whether every salary median was recomputed or only the touched
   * cells' (count).
   */
  public void facts(int batchesFolded, int batches, boolean allMedians, long cellsRecomputed) {
    this.factsBatchesFolded = batchesFolded;
    this.reportFacts =
        new Json()
            .put("batches_folded", batchesFolded)
            .put("batches", batches)
            .put("medians_recomputed", allMedians ? "all" : cellsRecomputed + " cells");
  }

  public Integer factsBatchesFolded() {
    return factsBatchesFolded;
  }

  public Boolean classifierTrained() {
    return classifierTrained;
  }

  public Integer classifierTextBatches() {
    return classifierTextBatches;
  }

  public Double classifierAccuracy() {
    return classifierAccuracy;
  }

  public Double classifierMacroF1() {
    return classifierMacroF1;
  }

  /** Per industry, how many postings each source placed there. */
  public Map<String, Map<String, Long>> placedBy() {
    return placedBy;
  }

  /**
   * Where the run executed; deploy mode is set by spark-submit and 'none' when the job was not
   * submitted.
   */
  public void environment(String master, String deployMode) {
    this.master = master;
    this.deployMode = deployMode;
  }

  public List<Stage> stages() {
    return List.copyOf(stages);
  }

  public List<DatasetCounts> datasets() {
    return List.copyOf(datasets);
  }

  public String outcome() {
    return outcome;
  }

  /** The summary a person reads at the end of a run. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%nskillgap run %s: %s%n", runDate, outcome));
    sb.append(
        String.format(
            "  input files: %d seen, %d ingested%s%n",
            filesSeen, filesIngested, fullRefresh ? " (full refresh)" : ""));
    sb.append(
        String.format(
            "  %-12s %10s %10s %10s %12s%n",
            "dataset", "read", "accepted", "duplicates", "quarantined"));
    for (DatasetCounts d : datasets) {
      sb.append(
          String.format(
              "  %-12s %,10d %,10d %,10d %,12d%s%n",
              d.dataset(),
              d.read(),
              d.accepted(),
              d.duplicates(),
              d.quarantined(),
              d.quarantinedByReason().isEmpty() ? "" : "  " + d.quarantinedByReason()));
    }
    sb.append(String.format("  %-12s %10s %10s %10s%n", "stage", "in", "out", "seconds"));
    double total = 0;
    for (Stage s : stages) {
      sb.append(
          String.format(
              "  %-12s %,10d %,10d %10.1f%n",
              s.name(), s.recordsIn(), s.recordsOut(), s.seconds()));
      total += s.seconds();
    }
    sb.append(String.format("  %-12s %10s %10s %10.1f%n", "total", "", "", total));
    if (!classifier.isEmpty()) {
      sb.append("  ").append(classifier).append('\n');
    }
    if (!placedBy.isEmpty()) {
      sb.append("  postings per industry, by what placed them:\n");
      placedBy.forEach(
          (industry, bySource) -> sb.append(String.format("    %-11s %s%n", industry, bySource)));
    }
    sb.append("  taxonomy ")
        .append(taxonomyVersion)
        .append(", Spark ")
        .append(sparkVersion)
        .append(", master ")
        .append(master)
        .append('\n');
    return sb.toString();
  }

  static String appVersion() {
    try (var in = RunSummary.class.getResourceAsStream("/org/skillgap/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The machine-readable summary written next to the run's outputs. */
  public String toJson() {
    Json placed = new Json();
    placedBy.forEach(
        (industry, bySource) -> {
          Json counts = new Json();
          bySource.forEach(counts::put);
          placed.put(industry, counts);
        });
    List<Json> datasetRows = new ArrayList<>();
    for (DatasetCounts d : datasets) {
      Json reasons = new Json();
      d.quarantinedByReason().forEach(reasons::put);
      datasetRows.add(
          new Json()
              .put("dataset", d.dataset())
              .put("read", d.read())
              .put("accepted", d.accepted())
              .put("duplicates", d.duplicates())
              .put("quarantined", d.quarantined())
              .put("quarantined_by_reason", reasons));
    }
    List<Json> stageRows = new ArrayList<>();
    for (Stage st : stages) {
      stageRows.add(
          new Json()
              .put("name", st.name())
              .put("records_in", st.recordsIn())
              .put("records_out", st.recordsOut())
              .put("seconds", Math.round(st.seconds() * 10) / 10.0));
    }
    return new Json()
        .put("run_date", runDate.toString())
        .put("started", String.valueOf(started))
        .put("outcome", outcome)
        .put("taxonomy_version", taxonomyVersion)
        .put("spark_version", sparkVersion)
        .put("master", master)
        .put("deploy_mode", deployMode)
        .put("classifier_accuracy", classifierAccuracy)
        .put("classifier_macro_f1", classifierMacroF1)
        .put("classifier_trained", classifierTrained)
        .put("classifier_text_batches", classifierTextBatches)
        .put("report_facts", reportFacts)
        .put("industry_sources", placed)
        .put("app_version", appVersion())
        .put("full_refresh", fullRefresh)
        .put("input_files", new Json().put("seen", filesSeen).put("ingested", filesIngested))
        .put("datasets", datasetRows)
        .put("stages", stageRows)
        .pretty();
  }
}
