package org.skillgap.core;

/** Minimal JSON writing for the generator: one flat object per line, fields in insertion order. */
public final class Json {
  private final StringBuilder sb = new StringBuilder(256).append('{');
  private boolean first = true;

  public Json put(String key, Object value) {
    if (!first) {
      sb.append(',');
    }
    first = false;
    quote(key);
    sb.append(':');
    if (value == null) {
      sb.append("null");
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else {
      quote(value.toString());
    }
    return this;
  }

  /** A value that is already JSON (a nested object built with this class). */
  public Json putRaw(String key, String json) {
    if (!first) {
      sb.append(',');
    }
    first = false;
    quote(key);
    sb.append(':').append(json);
    return this;
  }

  @Override
  public String toString() {
    return sb + "}";
  }

  private void quote(String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
