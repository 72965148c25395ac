package org.silkchain.node;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.silkchain.node.config.ConfigException;
import org.silkchain.node.config.ConfigLoader;
import org.silkchain.node.config.ConfigOverrides;
import org.silkchain.node.config.NodeConfig;
import org.silkchain.node.logging.JsonLogging;
import sun.misc.Signal;

/**
 * {@code silkchain node start}: runs one node in the foreground until SIGTERM or SIGINT, logging
 * JSON lines to stdout. Exit codes: 0 after a clean shutdown on a signal, 1 if the node refused to
 * start or failed while running, 2 for an unusable configuration. A refusal is also printed as one
 * line on stderr.
 */
public final class NodeMain {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_CONFIG = 2;

  private NodeMain() {}

  public static int run(Path configFile, ConfigOverrides flags, PrintStream out, PrintStream err) {
    NodeConfig config;
    try {
      config = ConfigLoader.load(configFile, flags);
    } catch (ConfigException e) {
      err.println("silkchain node: " + e.getMessage());
      return BAD_CONFIG;
    }
    JsonLogging.install(config.logLevel(), out);
    System.Logger log = System.getLogger(NodeMain.class.getName());
    CountDownLatch stop = new CountDownLatch(1);
    // Our own handlers, so that SIGTERM ends in an orderly close and exit code 0.
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), s -> stop.countDown());
      } catch (IllegalArgumentException unsupported) {
        // Not on this platform: the shutdown hook below still closes the node.
      }
    }
    SilkchainNode node;
    try {
      node = SilkchainNode.start(config);
    } catch (StartupException e) {
      log.log(Level.ERROR, "refusing to start: " + e.getMessage());
      err.println("silkchain node: refusing to start: " + e.getMessage());
      return FAILED;
    }
    Thread hook = new Thread(node::close, "silkchain-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    node.failure().thenRun(stop::countDown);
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean failed = node.failure().isDone();
    log.log(Level.INFO, failed ? "stopping after a fatal error" : "stopping on signal");
    node.close();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException exiting) {
      // Already shutting down.
    }
    return failed ? FAILED : OK;
  }
}
