package org.silkchain.cli.net.dsl;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.silkchain.cli.net.local.NodeLauncher;

/**
 * The packaged command line, run as its own process exactly as {@code ./silkchain} runs it: {@code
 * java -cp target/silkchain-cli-*.jar:target/lib/* org.silkchain.cli.Main ...}. Failsafe runs after
 * {@code package}, so the jar and {@code lib/} exist.
 */
public final class Cli {
  /** What a run printed (stdout and stderr interleaved) and its exit code. */
  public record Result(int exitCode, String output) {}

  private Cli() {}

  /** The module directory (failsafe sets {@code basedir}; an IDE runs in it). */
  static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
  }

  /** {@code target/silkchain-cli-<version>.jar:target/lib/*}. */
  public static String classpath() {
    Path target = moduleDir().resolve("target");
    try (Stream<Path> files = Files.list(target)) {
      Path jar =
          files
              .filter(p -> p.getFileName().toString().matches("silkchain-cli-[^-]+.*\\.jar"))
              .filter(p -> !p.getFileName().toString().matches(".*-(tests|sources|javadoc)\\.jar"))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("no CLI jar in " + target + ": run mvn package"));
      return jar + File.pathSeparator + target.resolve("lib") + File.separator + "*";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The launcher the tests use to restart nodes: the packaged CLI, default node JVM options. */
  public static NodeLauncher nodeLauncher() {
    return new NodeLauncher(java(), classpath(), NodeLauncher.DEFAULT_JVM_OPTIONS);
  }

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * Runs {@code silkchain args...} and waits up to {@code timeout}. The output goes to a file in
   * {@code logDir} (a full pipe could block the CLI) and is returned too.
   */
  public static Result run(Path logDir, Duration timeout, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java().toString());
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(classpath());
    cmd.add(NodeLauncher.MAIN_CLASS);
    cmd.addAll(List.of(args));
    try {
      Files.createDirectories(logDir);
      Path log = Files.createTempFile(logDir, "cli-" + args[0] + "-" + args[1], ".log");
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor();
        throw new AssertionError(
            "silkchain "
                + String.join(" ", args)
                + " did not finish within "
                + timeout
                + ":\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
