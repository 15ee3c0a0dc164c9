package org.skillgap.spark.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.Table;
import org.skillgap.spark.warehouse.KillPoints;
import org.skillgap.spark.warehouse.Layout;
import org.skillgap.spark.warehouse.Storage;

/**
 * publish.keep-runs as Iceberg snapshot expiry. The newest run of each of the newest {@code
 * keepRuns} nights stays published; any other run is forgotten once the run published after it is
 * older than the grace period, so a reader that resolved it just before the switch can finish.
 * Forgetting drops the run's rows from the nights table, its night's tag when no kept run has that
 * night, and its dashboard page (and the pages of runs killed before their commit); expiry then
 * removes the snapshots no tag or branch holds (forgotten runs, runs killed before their commit)
 * once they are older than the grace period, and their files with them.
 */
final class Retention {
  private final ReportCatalog catalog;
  private final NightsTable nights;
  private final Storage storage;
  private final Layout layout;

  Retention(ReportCatalog catalog, NightsTable nights, Storage storage, Layout layout) {
    this.catalog = catalog;
    this.nights = nights;
    this.storage = storage;
    this.layout = layout;
  }

  void apply(int keepRuns, long graceMs) {
    List<PublishedNight> runs = nights.runs(); // newest first
    Set<LocalDate> keptNights = new LinkedHashSet<>();
    Set<String> kept = new HashSet<>();
    for (PublishedNight run : runs) {
      if (!keptNights.contains(run.night()) && keptNights.size() < keepRuns) {
        keptNights.add(run.night());
        kept.add(run.runId());
      }
    }
    long now = System.currentTimeMillis();
    List<PublishedNight> forgotten = new ArrayList<>();
    for (int i = 1; i < runs.size(); i++) {
      PublishedNight run = runs.get(i);
      // runs.get(i - 1) was published after it, or is of a later night: either superseded it.
      if (!kept.contains(run.runId())
          && now - runs.get(i - 1).publishedAt().toEpochMilli() >= graceMs) {
        forgotten.add(run);
      }
    }
    nights.forget(forgotten.stream().map(PublishedNight::runId).toList());
    Set<LocalDate> stillPublished = new HashSet<>();
    runs.stream().filter(r -> !forgotten.contains(r)).forEach(r -> stillPublished.add(r.night()));
    Set<String> tables = new LinkedHashSet<>();
    runs.forEach(r -> tables.addAll(r.snapshots().keySet()));
    for (String name : tables) {
      if (!catalog.exists(name)) {
        continue;
      }
      Table table = catalog.load(name);
      for (PublishedNight run : forgotten) {
        if (!stillPublished.contains(run.night()) && table.refs().containsKey(run.tag())) {
          table.manageSnapshots().removeTag(run.tag()).commit();
        }
      }
      KillPoints.reached("publish:tags-dropped", name);
      table.expireSnapshots().expireOlderThan(now - graceMs).retainLast(1).commit();
    }
    catalog
        .load(NightsTable.NAME)
        .expireSnapshots()
        .expireOlderThan(now - graceMs)
        .retainLast(1)
        .commit();
    // Pages of forgotten runs, and of runs killed before their commit.
    Set<String> published = new HashSet<>();
    runs.stream().filter(r -> !forgotten.contains(r)).forEach(r -> published.add(r.runId()));
    for (String file : storage.list(layout.dashboards())) {
      if (!published.contains(file.replaceFirst("\\.html$", ""))) {
        storage.delete(Storage.join(layout.dashboards(), file));
      }
    }
  }
}
