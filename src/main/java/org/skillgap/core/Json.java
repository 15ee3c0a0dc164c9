package org.skillgap.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one way the pipeline writes and reads JSON (manifest, run summary, sample data, quarantined
 * raw records): Jackson underneath, so every string is escaped and every file parses back. A
 * builder for one object, fields in insertion order.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  // "key": value, one field per line, arrays of objects one per line too.
  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

  private final ObjectNode node = MAPPER.createObjectNode();

  /** A field: a string, number, boolean, null, or a nested {@link Json} or list of them. */
  public Json put(String key, Object value) {
    if (value instanceof Json nested) {
      node.set(key, nested.node);
    } else if (value instanceof List<?> list) {
      ArrayNode array = node.putArray(key);
      for (Object item : list) {
        array.add(item instanceof Json j ? j.node : MAPPER.valueToTree(item));
      }
    } else {
      node.set(key, MAPPER.valueToTree(value));
    }
    return this;
  }

  /** One line, no spaces. */
  @Override
  public String toString() {
    return write(node, false);
  }

  /** Indented, for files people read. */
  public String pretty() {
    return write(node, true) + "\n";
  }

  /** Parses a JSON text; a malformed one is an error naming what was read. */
  public static JsonNode parse(String text, String what) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(JsonNode node, boolean pretty) {
    try {
      return pretty ? PRETTY.writeValueAsString(node) : MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
