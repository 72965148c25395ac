package org.silkchain.cli.net.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds and signals node processes through their pid files.
 *
 * <p>A pid file can outlive its process and the pid be reused, so a pid counts as the node only
 * while a live process with that pid runs {@code node start --config <that node's node.yaml>}: the
 * commands never signal a process they did not start.
 */
public final class NodeProcesses {
  private static final Duration POLL = Duration.ofMillis(50);

  private NodeProcesses() {}

  /** The node's process, if it is running. */
  public static Optional<ProcessHandle> running(NodeHome node) {
    return readPid(node.pidFile())
        .flatMap(ProcessHandle::of)
        .filter(NodeProcesses::isAlive)
        .filter(p -> runsConfig(p, node.config()));
  }

  /**
   * Alive and not a zombie. A node whose parent (a finished {@code net up}) is gone is reaped by
   * init; where init does not reap (some containers), a killed node stays a zombie that {@link
   * ProcessHandle#isAlive} still reports alive.
   */
  public static boolean isAlive(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      int end = stat.lastIndexOf(')');
      return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
    } catch (IOException e) {
      // No procfs (not Linux) or the process just exited: trust the JDK's answer.
      return process.isAlive();
    }
  }

  /**
   * Sends SIGTERM ({@code hard} false: the node finishes its store write and exits) or SIGKILL and
   * waits up to {@code timeout} for the process to exit. Removes the pid file once it has.
   *
   * @return false if the node was not running
   * @throws NetException if it is still running after {@code timeout}
   */
  public static boolean stop(NodeHome node, boolean hard, Duration timeout) throws NetException {
    Optional<ProcessHandle> process = running(node);
    if (process.isEmpty()) {
      clearPidFile(node);
      return false;
    }
    ProcessHandle p = process.get();
    if (hard) {
      p.destroyForcibly();
    } else {
      p.destroy();
    }
    if (!awaitExit(p, timeout)) {
      throw new NetException(
          node.label()
              + " (pid "
              + p.pid()
              + ") still running "
              + timeout.toSeconds()
              + " s after "
              + (hard ? "SIGKILL" : "SIGTERM; use --hard"));
    }
    clearPidFile(node);
    return true;
  }

  /**
   * Waits up to {@code timeout} for the process to exit; true once it has. Polls rather than using
   * {@link ProcessHandle#onExit}, which never completes for a zombie that is not our child.
   */
  public static boolean awaitExit(ProcessHandle process, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isAlive(process)) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      try {
        process.onExit().get(POLL.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // Poll again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !isAlive(process);
      }
    }
    return true;
  }

  /** Deletes the pid file if present; a stale one is harmless but misleading. */
  public static void clearPidFile(NodeHome node) {
    try {
      Files.deleteIfExists(node.pidFile());
    } catch (IOException e) {
      // Stale pid files are ignored by running(): nothing to report.
    }
  }

  static Optional<Long> readPid(Path pidFile) {
    try {
      String text = Files.readString(pidFile).trim();
      return text.matches("[1-9][0-9]{0,18}")
          ? Optional.of(Long.parseLong(text))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean runsConfig(ProcessHandle process, Path config) {
    Optional<String[]> args = process.info().arguments();
    if (args.isPresent()) {
      return List.of(args.get()).contains(config.toString());
    }
    return process.info().commandLine().map(c -> c.contains(config.toString())).orElse(false);
  }
}
