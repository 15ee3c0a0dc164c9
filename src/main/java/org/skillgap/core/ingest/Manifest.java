package org.skillgap.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.skillgap.core.Json;

/**
 * The input files the warehouse has ingested, so a night reads only what is new or changed. One
 * JSON object per line; its size grows with the number of files, not of records.
 */
public final class Manifest {

  /** One ingested file. {@code batch} is the run date that ingested it. */
  public record Entry(String path, long size, long modified, String checksum, LocalDate batch) {}

  /** What a night does with a file. */
  public enum Decision {
    NEW,
    CHANGED,
    REDO,
    UNCHANGED
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public static Manifest parse(String text) {
    Manifest m = new Manifest();
    int lineNo = 0;
    for (String line : text.split("\n")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode f = Json.parse(line, "line " + lineNo + " of the warehouse manifest");
      if (f.has(KEY_FINGERPRINT)) {
        m.learnerKeyFingerprint = f.get(KEY_FINGERPRINT).asText();
        continue;
      }
      m.put(
          new Entry(
              f.get("path").asText(),
              f.get("size").asLong(),
              f.get("modified").asLong(),
              f.path("checksum").isNull() ? null : f.path("checksum").asText(null),
              LocalDate.parse(f.get("batch").asText())));
    }
    return m;
  }

  public String serialize() {
    StringBuilder sb = new StringBuilder();
    if (learnerKeyFingerprint != null) {
      sb.append(new Json().put(KEY_FINGERPRINT, learnerKeyFingerprint)).append('\n');
    }
    for (Entry e : entries.values()) {
      sb.append(
              new Json()
                  .put("path", e.path())
                  .put("size", e.size())
                  .put("modified", e.modified())
                  .put("checksum", e.checksum())
                  .put("batch", e.batch().toString()))
          .append('\n');
    }
    return sb.toString();
  }

  private static final String KEY_FINGERPRINT = "learner_key_fingerprint";

  /**
   * The fingerprint of the key the warehouse's learner ids were hashed with (never the key): a
   * night under another key would split every learner in two, so it must stop instead. Null in a
   * warehouse that holds no learner ids yet.
   */
  private String learnerKeyFingerprint;

  public String learnerKeyFingerprint() {
    return learnerKeyFingerprint;
  }

  public void learnerKeyFingerprint(String fingerprint) {
    this.learnerKeyFingerprint = fingerprint;
  }

  public Entry get(String path) {
    return entries.get(path);
  }

  public void put(Entry e) {
    entries.put(e.path(), e);
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  /**
   * Decides from size and modification time first; only when those differ is the checksum (computed
   * on demand, it reads the file) compared, so a touched but identical file is not ingested twice.
   */
  public Decision decide(
      String path, long size, long modified, LocalDate runDate, Supplier<String> checksum) {
    Entry e = entries.get(path);
    if (e == null) {
      return Decision.NEW;
    }
    if (e.batch().equals(runDate)) {
      return Decision.REDO;
    }
    if (e.size() == size && e.modified() == modified) {
      return Decision.UNCHANGED;
    }
    return checksum.get().equals(e.checksum()) ? Decision.UNCHANGED : Decision.CHANGED;
  }
}
