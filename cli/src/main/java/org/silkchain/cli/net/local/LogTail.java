package org.silkchain.cli.net.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a node's log, for error messages. Reads at most {@value #MAX_BYTES} bytes. */
public final class LogTail {
  static final int MAX_BYTES = 16 * 1024;

  private LogTail() {}

  /** Up to {@code lines} last lines of {@code file}, or a note saying why there are none. */
  public static List<String> of(Path file, int lines) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      int size = (int) Math.min(length, MAX_BYTES);
      byte[] buf = new byte[size];
      in.seek(length - size);
      in.readFully(buf);
      List<String> all = new String(buf, StandardCharsets.UTF_8).lines().toList();
      if (size < length && !all.isEmpty()) {
        all = all.subList(1, all.size()); // the first line is cut
      }
      if (all.isEmpty()) {
        return List.of("(" + file + " is empty)");
      }
      return all.subList(Math.max(0, all.size() - lines), all.size());
    } catch (IOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
  }

  /** The tail indented, one line each, for appending to a reason. */
  public static String indented(Path file, int lines) {
    StringBuilder b = new StringBuilder();
    b.append("\n  last lines of ").append(file).append(':');
    for (String line : of(file, lines)) {
      b.append("\n    ").append(line);
    }
    return b.toString();
  }
}
