package org.silkchain.cli.net;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code silkchain net}: a local consortium of node processes on loopback, for development and for
 * the multi-process tests. Each subcommand exits 0 on success, {@value #FAILED} when the operation
 * failed and {@value #USAGE} for bad arguments, with a one-line reason on stderr.
 */
@Command(
    name = "net",
    mixinStandardHelpOptions = true,
    description = "Run a local consortium: one node process per validator, on loopback.",
    subcommands = {
      NetUpCommand.class,
      NetStatusCommand.class,
      NetStopCommand.class,
      NetStartCommand.class,
      NetDownCommand.class,
      NetAddNodeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NetCommand implements Runnable {
  /** The operation failed (a node died, timed out, could not be signalled). */
  public static final int FAILED = 1;

  /** The arguments do not make sense (picocli uses the same code for parse errors). */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
