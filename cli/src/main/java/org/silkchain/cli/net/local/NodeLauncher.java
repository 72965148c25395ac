package org.silkchain.cli.net.local;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Starts {@code silkchain node start --config DIR/nodes/<n>/node.yaml} as a detached JVM: stdin
 * from {@code /dev/null}, stdout and stderr appended to {@code node.log}, its pid written to {@code
 * node.pid}. The process outlives the JVM that started it (the JDK never kills children on exit).
 *
 * @param java the {@code java} executable
 * @param classpath the node's class path: this CLI's own
 * @param jvmOptions options before the main class
 */
public record NodeLauncher(Path java, String classpath, List<String> jvmOptions) {
  /** Replaces {@link #DEFAULT_JVM_OPTIONS} when set (split at whitespace). */
  public static final String JAVA_OPTS_ENV = "SILKCHAIN_NODE_JAVA_OPTS";

  /**
   * Small enough that four nodes and a client share two cores: a 256 MiB heap bounds memory, the
   * serial collector needs no GC threads, C1 only keeps start-up and compile threads cheap.
   */
  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of(
          "-Xmx256m",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "--enable-native-access=ALL-UNNAMED");

  public static final String MAIN_CLASS = "org.silkchain.cli.Main";

  /**
   * Node settings the launcher's own environment must not pass on: they take precedence over
   * node.yaml, so one value would send every node to the same port, directory or passphrase.
   */
  static final List<String> PER_NODE_ENVIRONMENT =
      List.of(
          "SILKCHAIN_DATA_DIR",
          "SILKCHAIN_P2P_LISTEN",
          "SILKCHAIN_API_LISTEN",
          "SILKCHAIN_PASSPHRASE");

  public NodeLauncher {
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(classpath, "classpath");
    jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * The launcher for this installation: the running JVM's {@code java}, this CLI's class path, and
   * JVM options from {@value #JAVA_OPTS_ENV} or the defaults.
   */
  public static NodeLauncher ofThisInstallation(Map<String, String> environment) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String opts = environment.get(JAVA_OPTS_ENV);
    List<String> jvm =
        opts == null || opts.isBlank()
            ? DEFAULT_JVM_OPTIONS
            : Arrays.stream(opts.trim().split("\\s+")).toList();
    return new NodeLauncher(java, ownClasspath(), jvm);
  }

  /**
   * The class path this CLI runs from. Run from its jar (the launcher and the packaged build), that
   * is the jar and the {@code lib/} next to it; otherwise ({@code target/classes} in an IDE) the
   * JVM's {@code java.class.path}.
   */
  public static String ownClasspath() {
    try {
      var source = NodeLauncher.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path location = Path.of(source.getLocation().toURI());
        Path lib = location.resolveSibling("lib");
        if (Files.isRegularFile(location)
            && location.toString().endsWith(".jar")
            && Files.isDirectory(lib)) {
          return location + File.pathSeparator + lib + File.separator + "*";
        }
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      // Fall through: the JVM's own class path is always a valid answer.
    }
    return System.getProperty("java.class.path");
  }

  /** The node's command line. */
  public List<String> command(NodeHome node) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(MAIN_CLASS);
    cmd.addAll(List.of("node", "start", "--config", node.config().toString()));
    return cmd;
  }

  /**
   * Starts the node and records its pid. It does not wait for the node to come up.
   *
   * @throws NetException if the JVM cannot be started or the pid file cannot be written
   */
  public Process launch(NodeHome node) throws NetException {
    ProcessBuilder builder =
        new ProcessBuilder(command(node))
            .directory(node.dir().toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(node.logFile().toFile()))
            .redirectErrorStream(true);
    PER_NODE_ENVIRONMENT.forEach(builder.environment()::remove);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new NetException(node.label() + ": cannot start " + java + ": " + e.getMessage());
    }
    try {
      writePid(node.pidFile(), process.pid());
    } catch (IOException e) {
      process.destroyForcibly();
      throw new NetException(node.label() + ": cannot write " + node.pidFile(), e);
    }
    return process;
  }

  private static void writePid(Path pidFile, long pid) throws IOException {
    // Write-then-rename: a reader never sees a half-written pid.
    Path tmp = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
    Files.writeString(tmp, pid + "\n");
    Files.move(tmp, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
