package org.skillgap.spark.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.skillgap.core.config.PipelineConfig;
import org.skillgap.core.error.Errors;
import org.skillgap.core.ingest.Manifest;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;
import org.skillgap.spark.warehouse.StoredTable;
import org.skillgap.spark.warehouse.Tables;

/**
 * The input files a night ingests, decided against the manifest of the files ingested before: new
 * ones, changed ones, and this night's own again when it is re-run.
 *
 * @param toRead per dataset, the files to read
 * @param superseded per earlier batch, its files changed since: their rows there give way to the
 *     new version
 * @param ingested the manifest entries of the files to read, recorded once the night is written
 * @param seen input files listed
 * @param newBytes the size of the files to read
 */
record NightInputs(
    Map<String, List<String>> toRead,
    Map<LocalDate, Set<String>> superseded,
    List<Manifest.Entry> ingested,
    int seen,
    long newBytes) {

  /** The manifest of the files ingested before; empty on the output's first night. */
  static Manifest manifest(Storage storage, Layout layout) {
    return storage.exists(layout.manifest())
        ? Manifest.parse(storage.readText(layout.manifest()))
        : new Manifest();
  }

  /**
   * Lists every input dataset's folder and keeps the files the manifest does not have as they are.
   */
  static NightInputs find(
      SparkSession spark, Storage storage, PipelineConfig config, Manifest manifest) {
    Map<String, List<String>> toRead = new LinkedHashMap<>();
    Map<LocalDate, Set<String>> superseded = new LinkedHashMap<>();
    List<Manifest.Entry> ingested = new ArrayList<>();
    int seen = 0;
    long newBytes = 0;
    for (StoredTable table : Tables.INPUTS) {
      List<String> files = new ArrayList<>();
      for (InputListing.InputFile f : listed(spark, storage, config, table.name())) {
        seen++;
        Manifest.Entry entry = decide(storage, manifest, f, config.run().date(), superseded);
        if (entry != null) {
          files.add(f.path());
          newBytes += f.size();
          ingested.add(entry);
        }
      }
      toRead.put(table.name(), files);
    }
    return new NightInputs(toRead, superseded, ingested, seen, newBytes);
  }

  /** The files of one dataset to read. */
  List<String> files(StoredTable table) {
    return toRead.get(table.name());
  }

  /** Every file changed since an earlier night ingested it. */
  Set<String> changedFiles() {
    Set<String> changed = new HashSet<>();
    superseded.values().forEach(changed::addAll);
    return changed;
  }

  /**
   * Records the files ingested, less those waiting for a later night, and writes the manifest. It
   * moves last: a run that dies before this point ingests the same files again next time.
   *
   * @param waiting files with records dated after the run date (a backfill of an older night, or an
   *     early delivery): not marked done, so a later night reads them again, when those records are
   *     valid
   */
  void record(Manifest manifest, Set<String> waiting, Storage storage, Layout layout) {
    ingested.stream().filter(f -> !waiting.contains(f.path())).forEach(manifest::put);
    storage.replaceText(layout.manifest(), manifest.serialize());
  }

  private static List<InputListing.InputFile> listed(
      SparkSession spark, Storage storage, PipelineConfig config, String dataset) {
    String folder = Storage.join(config.run().input(), dataset);
    if (!storage.exists(folder)) {
      throw Errors.missingInput(dataset, folder);
    }
    return InputListing.list(spark, folder);
  }

  /**
   * The file's manifest entry when the night reads it, else null. A changed file is also noted
   * under the batch that holds its old version.
   */
  private static Manifest.Entry decide(
      Storage storage,
      Manifest manifest,
      InputListing.InputFile f,
      LocalDate runDate,
      Map<LocalDate, Set<String>> superseded) {
    // The checksum reads the whole file: computed at most once, and only when size and time differ.
    String[] checksum = new String[1];
    Supplier<String> sum =
        () -> checksum[0] != null ? checksum[0] : (checksum[0] = storage.checksum(f.path()));
    Manifest.Decision d = manifest.decide(f.path(), f.size(), f.modified(), runDate, sum);
    if (d == Manifest.Decision.UNCHANGED) {
      return null;
    }
    if (d == Manifest.Decision.CHANGED) {
      superseded
          .computeIfAbsent(manifest.get(f.path()).batch(), k -> new HashSet<>())
          .add(f.path());
    }
    return new Manifest.Entry(f.path(), f.size(), f.modified(), sum.get(), runDate);
  }
}
