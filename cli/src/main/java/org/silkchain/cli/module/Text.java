package org.silkchain.cli.module;

import java.util.List;
import java.util.Map;

/** Human-readable rendering of the mappers' maps: indented {@code name: value} lines. */
final class Text {
  private Text() {}

  static String lines(Object value) {
    StringBuilder s = new StringBuilder();
    append(s, value, "");
    return s.toString().stripTrailing();
  }

  private static void append(StringBuilder s, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      for (var e : map.entrySet()) {
        Object v = e.getValue();
        if (v instanceof Map<?, ?> || v instanceof List<?> l && !l.isEmpty()) {
          s.append(indent).append(e.getKey()).append(":\n");
          append(s, v, indent + "  ");
        } else {
          s.append(indent).append(e.getKey()).append(": ").append(scalar(v)).append('\n');
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?>) {
          s.append(indent).append("-\n");
          append(s, item, indent + "  ");
        } else {
          s.append(indent).append("- ").append(scalar(item)).append('\n');
        }
      }
    } else {
      s.append(indent).append(scalar(value)).append('\n');
    }
  }

  private static String scalar(Object v) {
    return v instanceof List<?> ? "[]" : String.valueOf(v);
  }
}
