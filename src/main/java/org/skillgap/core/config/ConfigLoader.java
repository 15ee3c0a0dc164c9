package org.skillgap.core.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.skillgap.core.error.Errors;

/**
 * Builds a {@link PipelineConfig} from, in rising priority: defaults, a properties file, key=value
 * overrides. Unknown keys and bad values stop the run with a message naming key, value and what is
 * allowed.
 */
public final class ConfigLoader {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> origins = new LinkedHashMap<>();

  public ConfigLoader() {
    for (Setting<?> s : Settings.ALL) {
      values.put(s.key(), s.defaultValue());
      origins.put(s.key(), "the defaults");
    }
  }

  /** Adds settings from properties text; {@code source} names it in error messages. */
  public ConfigLoader withProperties(String propertiesText, String source) {
    Properties props = new Properties();
    try (Reader r = new StringReader(propertiesText)) {
      props.load(r);
    } catch (IOException e) {
      throw Errors.unreadableFile("configuration file", source, e);
    }
    for (String key : props.stringPropertyNames()) {
      put(key, props.getProperty(key), source);
    }
    return this;
  }

  /** Adds command-line overrides written key=value. */
  public ConfigLoader withOverrides(List<String> overrides) {
    for (String o : overrides) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        throw Errors.malformedOverride(o);
      }
      put(o.substring(0, eq).trim(), o.substring(eq + 1), "--set " + o);
    }
    return this;
  }

  private void put(String key, String value, String source) {
    if (!values.containsKey(key)) {
      throw Errors.unknownSetting(key, source, values.keySet());
    }
    values.put(key, value);
    origins.put(key, source);
  }

  <T> T get(Setting<T> setting) {
    String raw = values.get(setting.key());
    try {
      return setting.parse(raw);
    } catch (RuntimeException e) {
      throw Errors.badSetting(setting.key(), raw, setting.allowed(), origins.get(setting.key()));
    }
  }

  /**
   * A night may run for a day as far as tomorrow (UTC, so a scheduler east of Greenwich can name
   * its local date); a date further ahead is a typo, and would quarantine every real posting as
   * future-dated.
   */
  public static final int MAX_DAYS_AHEAD = 1;

  public static LocalDate parseRunDate(String text) {
    return parseRunDate(text, LocalDate.now(ZoneOffset.UTC));
  }

  static LocalDate parseRunDate(String text, LocalDate today) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Errors.badSetting(
          "--date", text, "a date written YYYY-MM-DD, e.g. 2025-06-30", "the command line");
    }
    if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
      throw Errors.badSetting(
          "--date",
          text,
          "a date no later than "
              + today.plusDays(MAX_DAYS_AHEAD)
              + " (today in UTC is "
              + today
              + "; leave --date out to run for today)",
          "the command line");
    }
    return date;
  }

  /**
   * The run.lock setting, null for none. An object store cannot create a file only if it is absent,
   * so a lock there would not keep a second run out: refused, with the alternatives.
   */
  private String lock(String output) {
    String lock = get(Settings.LOCK);
    if (lock.equals(Settings.NO_LOCK)) {
      return null;
    }
    String where = lock.equals(Settings.LOCK_IN_OUTPUT) ? output : lock;
    if (Locations.isObjectStore(where)) {
      throw Errors.lockOnObjectStore(where, Settings.LOCK.key());
    }
    return lock;
  }

  public PipelineConfig build(String input, String output, LocalDate runDate) {
    if (Locations.overlap(input, output)) {
      throw Errors.overlappingFolders(input, output);
    }
    // Every value is checked first, in declaration order, so that of several bad values the same
    // one is reported whichever group reads it.
    Settings.ALL.forEach(this::get);
    return new PipelineConfig(
        new PipelineConfig.RunSettings(
            input, output, runDate, false, lock(output), get(Settings.LOCK_STALE_MINUTES)),
        PipelineConfig.InputSettings.read(this),
        PipelineConfig.IngestSettings.read(this),
        PipelineConfig.ExtractSettings.read(this),
        PipelineConfig.ReportSettings.read(this),
        PipelineConfig.PublishSettings.read(this));
  }
}
