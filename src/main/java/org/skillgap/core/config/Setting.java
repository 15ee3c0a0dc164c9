package org.skillgap.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One documented setting: its key, default, what it means and how its text is checked. Every
 * setting the pipeline reads is declared in {@link Settings}; docs/configuration.md lists the same
 * keys (a test keeps the two in step).
 */
public record Setting<T>(
    String key, String defaultValue, String allowed, String doc, Function<String, T> parser) {

  /**
   * Parses a value; the parser throws IllegalArgumentException on a value outside {@link #allowed}.
   */
  public T parse(String text) {
    return parser.apply(text.trim());
  }

  static Setting<Integer> intAtLeast(String key, int dflt, int min, String doc) {
    return new Setting<>(
        key,
        Integer.toString(dflt),
        "a whole number of at least " + min,
        doc,
        s -> {
          int v = Integer.parseInt(s);
          if (v < min) {
            throw new IllegalArgumentException();
          }
          return v;
        });
  }

  static Setting<Integer> intBetween(String key, int dflt, int min, int max, String doc) {
    return new Setting<>(
        key,
        Integer.toString(dflt),
        "a whole number from " + min + " to " + max,
        doc,
        s -> {
          int v = Integer.parseInt(s);
          if (v < min || v > max) {
            throw new IllegalArgumentException();
          }
          return v;
        });
  }

  static Setting<Double> ratio(String key, double dflt, String doc) {
    return new Setting<>(
        key,
        Double.toString(dflt),
        "a number from 0.0 to 1.0",
        doc,
        s -> {
          double v = Double.parseDouble(s);
          if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException();
          }
          return v;
        });
  }

  static Setting<String> oneOf(String key, String dflt, List<String> values, String doc) {
    return new Setting<>(
        key,
        dflt,
        "one of " + String.join(", ", values),
        doc,
        s -> {
          if (!values.contains(s)) {
            throw new IllegalArgumentException();
          }
          return s;
        });
  }

  /**
   * A column mapping written {@code source=target, source=target}: source is the feed's column
   * name, target one of the dataset's canonical fields. Empty means the feed already uses the
   * canonical names.
   */
  static Setting<Map<String, String>> columnMapping(String key, List<String> targets, String doc) {
    return new Setting<>(
        key,
        "",
        "pairs 'Feed Column=field' separated by commas, each field one of "
            + String.join(", ", targets),
        doc,
        s -> {
          Map<String, String> m = new LinkedHashMap<>();
          if (s.isBlank()) {
            return m;
          }
          for (String pair : s.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException();
            }
            String target = pair.substring(eq + 1).trim();
            if (!targets.contains(target) || m.containsValue(target)) {
              throw new IllegalArgumentException();
            }
            m.put(pair.substring(0, eq).trim(), target);
          }
          return m;
        });
  }

  /** A comma-separated, non-empty subset of the given values, in the order given. */
  static Setting<List<String>> subsetOf(String key, String dflt, List<String> values, String doc) {
    return new Setting<>(
        key,
        dflt,
        "one or more of " + String.join(", ", values) + ", separated by commas",
        doc,
        s -> {
          List<String> out = new ArrayList<>();
          for (String v : s.split(",")) {
            String t = v.trim();
            if (!values.contains(t) || out.contains(t)) {
              throw new IllegalArgumentException();
            }
            out.add(t);
          }
          return List.copyOf(out);
        });
  }

  static Setting<String> text(String key, String dflt, String doc) {
    return new Setting<>(
        key,
        dflt,
        "a non-empty text",
        doc,
        s -> {
          if (s.isEmpty()) {
            throw new IllegalArgumentException();
          }
          return s;
        });
  }
}
