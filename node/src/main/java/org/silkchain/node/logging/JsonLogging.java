package org.silkchain.node.logging;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Routes every log record of the process (System.Logger and java.util.logging, which the network
 * and RocksDB wrappers use too) to {@code out} as JSON lines. Called once by {@code NodeMain}; the
 * library code never configures logging.
 */
public final class JsonLogging {
  private JsonLogging() {}

  public static void install(String levelName, PrintStream out) {
    Level level = JsonLogFormatter.level(levelName);
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(level);
    JsonLogFormatter formatter = new JsonLogFormatter();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (isLoggable(record)) {
              synchronized (out) {
                out.print(formatter.format(record));
                out.flush();
              }
            }
          }

          @Override
          public void flush() {
            out.flush();
          }

          @Override
          public void close() {
            out.flush();
          }
        };
    handler.setLevel(level);
    root.addHandler(handler);
    // Netty's own internals log at DEBUG through JUL; keep them quiet unless asked.
    Logger.getLogger("io.netty")
        .setLevel(level.intValue() < Level.INFO.intValue() ? level : Level.WARNING);
  }
}
