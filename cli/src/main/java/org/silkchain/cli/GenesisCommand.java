package org.silkchain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.node.genesis.ConsortiumGenerator;
import org.silkchain.node.genesis.ConsortiumSpec;
import org.silkchain.node.genesis.Genesis;
import org.silkchain.node.genesis.GenesisException;
import org.silkchain.node.genesis.GenesisValidator;
import org.silkchain.node.genesis.MembersFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code silkchain genesis}: creates a consortium directory (genesis.json, encrypted member keys,
 * TLS identities, per-node configs) from a members file.
 */
@Command(
    name = "genesis",
    mixinStandardHelpOptions = true,
    description = {
      "Create a consortium from a members file: every member's keys (encrypted at rest, one"
          + " generated passphrase per member for a local network), TLS certificates bound to the"
          + " node keys, DIR/genesis.json and DIR/nodes/<n>/node.yaml for each validator.",
      "Exit code 2 with a one-line reason for an invalid members file or an existing genesis."
    })
final class GenesisCommand implements Callable<Integer> {
  static final int INVALID = 2;

  @Spec CommandSpec spec;

  @Option(names = "--members", required = true, description = "The members file (YAML).")
  Path members;

  @Option(names = "--out", required = true, description = "The directory to create.")
  Path out;

  @Option(
      names = "--base-port",
      defaultValue = "" + ConsortiumGenerator.DEFAULT_BASE_PORT,
      description =
          "Node n listens for peers on P+2(n-1) and for the API one port above (default"
              + " ${DEFAULT-VALUE}).")
  int basePort;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address written for every node (default ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ConsortiumSpec consortium = MembersFile.read(members);
      Genesis genesis =
          ConsortiumGenerator.generate(
              consortium,
              out,
              new ConsortiumGenerator.Options(
                  basePort, host, ScryptParameters.DEFAULT, new SecureRandom()));
      stdout.println("genesis " + genesis.hash().toHex() + " for chain " + genesis.chainId());
      int n = 0;
      for (GenesisValidator v : genesis.validators()) {
        n++;
        stdout.println(
            "  node "
                + n
                + ": "
                + v.memberId()
                + " p2p "
                + v.host()
                + ":"
                + v.port()
                + " -> "
                + out.resolve("nodes").resolve("" + n).resolve("node.yaml"));
      }
      stdout.flush();
      return 0;
    } catch (GenesisException e) {
      err.println("genesis: " + e.getMessage());
      return INVALID;
    } catch (IOException e) {
      err.println("genesis: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
  }
}
