package org.silkchain.cli;

import org.silkchain.cli.bench.BenchCommand;
import org.silkchain.cli.client.ChainCommand;
import org.silkchain.cli.client.EventsCommand;
import org.silkchain.cli.client.QueryCommand;
import org.silkchain.cli.client.TxCommand;
import org.silkchain.cli.keys.KeysCommand;
import org.silkchain.cli.module.BasketCommand;
import org.silkchain.cli.module.CurrencyCommand;
import org.silkchain.cli.module.DocumentsCommand;
import org.silkchain.cli.module.EblCommand;
import org.silkchain.cli.module.GovernanceCommand;
import org.silkchain.cli.module.IdentityCommand;
import org.silkchain.cli.module.LcCommand;
import org.silkchain.cli.module.MessagesCommand;
import org.silkchain.cli.module.PaymentsCommand;
import org.silkchain.cli.net.NetCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the {@code silkchain} command line. */
@Command(
    name = "silkchain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Silkchain: a permissioned BFT blockchain for global trade.",
    subcommands = {
      BasketCommand.class,
      BenchCommand.class,
      ChainCommand.class,
      CurrencyCommand.class,
      DemoCommand.class,
      DocumentsCommand.class,
      EblCommand.class,
      EventsCommand.class,
      GenesisCommand.class,
      GovernanceCommand.class,
      IdentityCommand.class,
      KeysCommand.class,
      LcCommand.class,
      MessagesCommand.class,
      NodeCommand.class,
      NetCommand.class,
      PaymentsCommand.class,
      QueryCommand.class,
      SimCommand.class,
      TxCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Also, handled by the ./silkchain launcher itself:",
      "  test      Build everything and run the whole test suite (unit and integration)."
    })
public final class SilkchainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
