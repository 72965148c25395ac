package org.silkchain.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The README's first command. The consortium it starts needs the consensus, network and execution
 * layers, which later issues build; until then it says so and exits non-zero rather than pretend.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Start a local 4-validator consortium and walk through every module.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println(
        """
        The Silkchain demo will start a 4-validator consortium on loopback (central banks,
        commercial banks, traders, a carrier, customs and a regulator) and walk through every
        module: issuing currencies, a cross-border payment with FX, a letter of credit settled
        against an electronic bill of lading, and governance votes.

        Not available yet: this build has the foundation (crypto suites, canonical encoding,
        blocks, Merkle proofs, authenticated state on RocksDB) but not yet consensus, the node
        process or the trade modules. Run ./silkchain test to check the foundation.""");
    return 3;
  }
}
