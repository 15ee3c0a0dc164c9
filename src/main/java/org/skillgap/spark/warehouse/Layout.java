package org.skillgap.spark.warehouse;

import static org.skillgap.spark.warehouse.Schemas.INDUSTRY;

import java.time.LocalDate;

/**
 * Where everything lives under the output folder. Documented in README.md; changing a path here is
 * a breaking change for readers.
 *
 * <pre>
 *   warehouse/_CURRENT, _v-&lt;id&gt;/                 after a full refresh: the live warehouse's version
 *   [warehouse]/&lt;table&gt;/ingest_batch=&lt;date&gt;/   clean records, one partition per night that ingested them
 *   [warehouse]/_facts/ingest_batch=&lt;date&gt;/   per-batch partial aggregates the reports merge (ReportFacts)
 *   [warehouse]/_facts/group=&lt;first&gt;_&lt;last&gt;/  older batches' aggregates, merged into one folder
 *   [warehouse]/_state/salary_medians/          exact medians kept between nights (SalaryMedians)
 *   [warehouse]/_models/industry/               the industry classifier (IndustryPlacement)
 *   [warehouse]/_manifest.jsonl                  input files already ingested (path, size, mtime, checksum, batch)
 *   quarantine/&lt;dataset&gt;/run_date=&lt;date&gt;/   rejected and duplicate records
 *   reports/catalog/reports/&lt;report&gt;/          the embedded Iceberg catalog: one table per report, and
 *   reports/catalog/reports/published_nights/   the log of published nights (ReportCatalog)
 *   reports/dashboards/&lt;run id&gt;.html            a published run's dashboard
 *   runs/&lt;date&gt;/summary.json                  the run's summary
 *   _lock                                      held while a run is in progress
 *   _secrets/learner.key                       the generated learner key (owner-only), when none is given
 *   _unpacked/&lt;date&gt;/                          data files of zipped inputs, while a night ingests them
 * </pre>
 *
 * <p>[warehouse] is the live warehouse ({@link #live}). Every folder under it that is replaced
 * whole (a batch, a facts folder, a state, the model, a quarantine night) holds a pointer file
 * {@code _CURRENT} and the version it names, {@code _v-<id>/} ({@link VersionedFolders}).
 */
public record Layout(String output, String warehouseRoot) {

  public Layout(String output) {
    this(output, Storage.join(output, "warehouse"));
  }

  /**
   * The output's layout with its live warehouse resolved: the version {@code warehouse/_CURRENT}
   * names (a full refresh's), else {@code warehouse/} itself.
   */
  public static Layout live(Storage storage, String output) {
    Layout plain = new Layout(output);
    return VersionedFolders.current(storage, plain.liveWarehouse()).map(plain::at).orElse(plain);
  }

  /** Where the live warehouse's versions and pointer are ({@link VersionedFolders}). */
  public String liveWarehouse() {
    return Storage.join(output, "warehouse");
  }

  /** The same layout with the warehouse at {@code root} (a version a full refresh writes). */
  public Layout at(String root) {
    return new Layout(output, root);
  }

  public String warehouse(StoredTable table) {
    return warehouse(table.name());
  }

  public String warehouseBatch(StoredTable table, LocalDate batch) {
    return warehouseBatch(table.name(), batch);
  }

  public String warehouse(String table) {
    return Storage.join(warehouseRoot, table);
  }

  /** The industry classifier the reports last trained, with what it was trained on (model.json). */
  public String industryModel() {
    return Storage.join(warehouseRoot, "_models", INDUSTRY);
  }

  /** The report facts of one postings batch (ReportFacts), one folder replaced whole. */
  public String factsBatch(LocalDate batch) {
    return Storage.join(warehouseRoot, "_facts", "ingest_batch=" + batch);
  }

  /**
   * Prefix of a folder under {@link #facts()} holding several batches' facts merged
   * (FactsFolders.compact).
   */
  public static final String FACTS_GROUP = "group=";

  /** The report facts of the batches from {@code first} to {@code last}, merged into one folder. */
  public String factsGroup(LocalDate first, LocalDate last) {
    return Storage.join(warehouseRoot, "_facts", FACTS_GROUP + first + "_" + last);
  }

  /** Where the report facts live, one folder per postings batch or group of batches. */
  public String facts() {
    return Storage.join(warehouseRoot, "_facts");
  }

  /** What the reports keep between nights that does not merge from facts (SalaryMedians). */
  public String reportState(String name) {
    return Storage.join(reportStates(), name);
  }

  /** Where every report state lives, one folder each. */
  public String reportStates() {
    return Storage.join(warehouseRoot, "_state");
  }

  public String warehouseBatch(String table, LocalDate batch) {
    return Storage.join(warehouseRoot, table, "ingest_batch=" + batch);
  }

  public String manifest() {
    return Storage.join(warehouseRoot, "_manifest.jsonl");
  }

  /** Where every dataset's quarantine folders are. */
  public String quarantineRoot() {
    return Storage.join(output, "quarantine");
  }

  public String quarantine(String dataset, LocalDate runDate) {
    return Storage.join(quarantineRoot(), dataset, "run_date=" + runDate);
  }

  public String reportsRoot() {
    return Storage.join(output, "reports");
  }

  /**
   * The warehouse of the embedded Iceberg catalog that holds the reports, when no catalog is
   * configured for the session (ReportCatalog).
   */
  public String reportCatalog() {
    return Storage.join(output, "reports", "catalog");
  }

  /**
   * A run's self-contained dashboard page; run ids begin with the night's date. Named by run, not
   * by night, so a night published again never replaces the page of the run readers still see.
   */
  public String dashboard(String runId) {
    return Storage.join(output, "reports", "dashboards", runId + ".html");
  }

  public String dashboards() {
    return Storage.join(output, "reports", "dashboards");
  }

  public String runSummary(LocalDate runDate) {
    return Storage.join(output, "runs", runDate.toString(), "summary.json");
  }

  /** Where a night unpacks the data files of zipped inputs; removed when ingest ends. */
  public String unpacked(LocalDate runDate) {
    return Storage.join(output, "_unpacked", runDate.toString());
  }

  /** The learner key generated on the first night when SKILLGAP_LEARNER_KEY is not set. */
  public String learnerKeyFile() {
    return Storage.join(output, "_secrets", "learner.key");
  }

  /** The run lock's file when run.lock is 'output', the default. */
  public String lock() {
    return Storage.join(output, "_lock");
  }
}
