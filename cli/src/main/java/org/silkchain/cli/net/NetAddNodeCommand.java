package org.silkchain.cli.net;

import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.node.genesis.ConsortiumGenerator;
import org.silkchain.node.genesis.GenesisException;
import org.silkchain.node.genesis.NodeAddition;
import org.silkchain.runtime.validators.ValidatorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code silkchain net add-node}: prepare a node for a member that runs none, in an existing
 * network directory, and print what a governance proposal must carry to make it a validator.
 */
@Command(
    name = "add-node",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a node key and TLS certificate for MEMBER (sealed under its passphrase in"
          + " DIR/members/<id>/) and DIR/nodes/<n>/node.yaml with the next number n. Start it"
          + " with 'net start n': it follows the chain as an observer and becomes a validator"
          + " once governance adds the printed registry entry.",
      "Output, one 'name: value' per line: node, member, validatorKey, tlsFingerprint,"
          + " operator, address, power, entry (hex of the canonical registry entry)."
    })
final class NetAddNodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin NetworkDirOption dir;

  @Option(
      names = "--member",
      required = true,
      paramLabel = "ID",
      description = "Member id from the genesis that runs no node yet.")
  String member;

  @Option(
      names = "--power",
      paramLabel = "P",
      defaultValue = "1",
      description = "Voting power to propose (default ${DEFAULT-VALUE}).")
  long power;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NetworkHome home = dir.home();
    if (!home.hasConsortium()) {
      err.println("net add-node: " + home.dir() + " has no consortium (no genesis.json)");
      return NetCommand.USAGE;
    }
    if (power < 1 || power > ValidatorRegistry.MAX_TOTAL_POWER) {
      err.println("net add-node: --power must be in 1.." + ValidatorRegistry.MAX_TOTAL_POWER);
      return NetCommand.USAGE;
    }
    NodeAddition.Added added;
    try {
      added =
          NodeAddition.add(home.dir(), member, power, ScryptParameters.DEFAULT, new SecureRandom());
    } catch (GenesisException e) {
      err.println("net add-node: " + e.getMessage());
      return NetCommand.USAGE;
    } catch (IOException e) {
      err.println("net add-node: cannot write the node's files: " + e.getMessage());
      return NetCommand.FAILED;
    }
    out.println("node: " + added.number());
    out.println("member: " + added.member());
    out.println("validatorKey: " + added.nodeKey().bytes().toHex());
    out.println("tlsFingerprint: " + added.tlsFingerprint().toHex());
    out.println("operator: " + added.operator().bytes().toHex());
    out.println("address: " + added.address());
    out.println("power: " + added.power());
    out.println("entry: " + ValidatorRegistry.Entry.CODEC.encode(added.entry()).toHex());
    out.println(
        "config: "
            + added.nodeDir().resolve(ConsortiumGenerator.NODE_CONFIG_FILE)
            + " (start it with: silkchain net start "
            + added.number()
            + " --dir "
            + home.dir()
            + ")");
    out.flush();
    return 0;
  }
}
