package org.silkchain.node.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One JSON object per line: {@code ts} (ISO-8601 UTC), {@code level}, {@code node}, {@code height},
 * {@code round}, {@code msg}, then {@code logger} and, for a failure, {@code error} (the
 * exception's one-line description; stack traces stay out of the node's log stream).
 */
public final class JsonLogFormatter extends Formatter {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String format(LogRecord record) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("ts", Instant.ofEpochMilli(record.getMillis()).toString());
    line.put("level", levelName(record.getLevel()));
    line.put("node", LogContext.node());
    line.put("height", LogContext.height());
    line.put("round", LogContext.round());
    line.put("msg", formatMessage(record));
    line.put("logger", record.getLoggerName());
    if (record.getThrown() != null) {
      line.put("error", record.getThrown().toString());
    }
    try {
      return JSON.writeValueAsString(line) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      return "{\"level\":\"error\",\"msg\":\"unloggable record\"}" + System.lineSeparator();
    }
  }

  /** error, warn, info, debug, trace: the names the configuration uses. */
  static String levelName(Level level) {
    int v = level.intValue();
    if (v >= Level.SEVERE.intValue()) {
      return "error";
    }
    if (v >= Level.WARNING.intValue()) {
      return "warn";
    }
    if (v >= Level.INFO.intValue()) {
      return "info";
    }
    if (v >= Level.FINE.intValue()) {
      return "debug";
    }
    return "trace";
  }

  /** The java.util.logging level of a configured name. */
  public static Level level(String name) {
    return switch (name) {
      case "error" -> Level.SEVERE;
      case "warn" -> Level.WARNING;
      case "debug" -> Level.FINE;
      case "trace" -> Level.FINEST;
      default -> Level.INFO;
    };
  }
}
