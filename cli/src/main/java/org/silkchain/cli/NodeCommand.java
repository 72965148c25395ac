package org.silkchain.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.silkchain.node.NodeMain;
import org.silkchain.node.config.ConfigOverrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code silkchain node}: runs a node process. */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    description = "Run a Silkchain node.",
    subcommands = {NodeCommand.Start.class})
final class NodeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code silkchain node start --config FILE}: one node in the foreground until SIGTERM. */
  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = {
        "Run one node in the foreground: JSON log lines on stdout, clean shutdown on SIGTERM"
            + " (exit 0).",
        "Precedence of settings: flag > environment (SILKCHAIN_DATA_DIR, SILKCHAIN_P2P_LISTEN,"
            + " SILKCHAIN_API_LISTEN, SILKCHAIN_PASSPHRASE, SILKCHAIN_LOG_LEVEL) > file > default.",
        "Refuses to start (exit 1, one line on stderr) on a corrupted store, a store of another"
            + " genesis, a bad passphrase or a port in use; exit 2 for a bad configuration."
      })
  static final class Start implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "The node's node.yaml.")
    Path config;

    @Option(names = "--data-dir", description = "Data directory (store, signing state).")
    Path dataDir;

    @Option(names = "--p2p-listen", description = "host:port to listen on for peers.")
    String p2pListen;

    @Option(names = "--api-listen", description = "host:port to listen on for the HTTP API.")
    String apiListen;

    @Option(names = "--passphrase-file", description = "File holding the key files' passphrase.")
    Path passphraseFile;

    @Option(names = "--log-level", description = "error, warn, info, debug or trace.")
    String logLevel;

    @Override
    public Integer call() {
      ConfigOverrides flags =
          new ConfigOverrides(
              Optional.ofNullable(dataDir),
              Optional.ofNullable(p2pListen),
              Optional.ofNullable(apiListen),
              Optional.ofNullable(passphraseFile),
              Optional.ofNullable(logLevel));
      return NodeMain.run(config, flags, System.out, System.err);
    }
  }
}
