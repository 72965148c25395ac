package org.silkchain.cli.net;

import java.nio.file.Path;
import org.silkchain.cli.net.local.NetworkHome;
import picocli.CommandLine.Option;

/** The {@code --dir DIR} every {@code net} subcommand takes. */
final class NetworkDirOption {
  @Option(
      names = "--dir",
      required = true,
      paramLabel = "DIR",
      description = "The network directory (genesis.json, members/, nodes/<n>/).")
  Path dir;

  NetworkHome home() {
    return new NetworkHome(dir);
  }
}
