package org.skillgap.core.ingest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillgap.core.Json;

/**
 * The input files the warehouse has ingested, so a night reads only what is new or changed. One JSON object
 * per line; its size grows with the number of files, not of records.
 */
public final class Manifest {

  /** One ingested file. {@code batch} is the run date that ingested it. */
  public record Entry(String path, long size, long modified, String checksum, LocalDate batch) {}

  /** What a night does with a file. */
  public enum Decision { NEW, CHANGED, REDO, UNCHANGED }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public static Manifest parse(String text) {
    Manifest m = new Manifest();
    Pattern field = Pattern.compile("\"(\\w+)\":(\"((?:\\\\.|[^\"\\\\])*)\"|-?\\d+)");
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> f = new LinkedHashMap<>();
      Matcher mm = field.matcher(line);
      while (mm.find()) {
        f.put(mm.group(1), mm.group(3) != null ? mm.group(3).replace("\\\"", "\"").replace("\\\\", "\\") : mm.group(2));
      }
      m.put(new Entry(f.get("path"), Long.parseLong(f.get("size")), Long.parseLong(f.get("modified")),
          f.get("checksum"), LocalDate.parse(f.get("batch"))));
    }
    return m;
  }

  public String serialize() {
    StringBuilder sb = new StringBuilder();
    for (Entry e : entries.values()) {
      sb.append(new Json().put("path", e.path()).put("size", e.size()).put("modified", e.modified())
          .put("checksum", e.checksum()).put("batch", e.batch().toString())).append('\n');
    }
    return sb.toString();
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
   * Decides from size and modification time first; only when those differ is the checksum (computed on
   * demand, it reads the file) compared, so a touched but identical file is not ingested twice.
   */
  public Decision decide(String path, long size, long modified, LocalDate runDate,
      java.util.function.Supplier<String> checksum) {
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
