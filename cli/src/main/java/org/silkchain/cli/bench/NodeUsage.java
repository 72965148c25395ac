package org.silkchain.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time and resident memory of a process from Linux {@code /proc}: {@code utime + stime} of
 * {@code /proc/<pid>/stat} (clock ticks, 100 per second on Linux) and {@code VmRSS} of {@code
 * /proc/<pid>/status}. Empty where {@code /proc} is not there or the process is gone.
 */
final class NodeUsage {
  /** USER_HZ: the kernel's unit for /proc times, 100 on every mainstream Linux build. */
  static final long TICKS_PER_SECOND = 100;

  private NodeUsage() {}

  /** utime + stime of {@code pid}, in clock ticks. */
  static OptionalLong cpuTicks(long pid) {
    try {
      return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Parses a {@code /proc/<pid>/stat} line: the command name (field 2) may hold spaces and
   * parentheses, so fields are counted after its last ')': utime and stime are fields 14 and 15.
   */
  static OptionalLong cpuTicks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      return OptionalLong.empty();
    }
    String[] f = stat.substring(close + 1).trim().split("\\s+");
    // f[0] is field 3 (state), so field k is f[k - 3].
    if (f.length < 13) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(f[11]) + Long.parseLong(f[12]));
  }

  /** VmRSS of {@code pid}, in bytes. */
  static OptionalLong rssBytes(long pid) {
    try {
      return rssBytesOf(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** Parses the {@code VmRSS: 123456 kB} line of a {@code /proc/<pid>/status} text. */
  static OptionalLong rssBytesOf(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String[] f = line.substring(6).trim().split("\\s+");
        return OptionalLong.of(Long.parseLong(f[0]) * 1024);
      }
    }
    return OptionalLong.empty();
  }
}
