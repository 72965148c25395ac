package org.silkchain.cli.module;

import picocli.CommandLine;

/** A module's command group: without a subcommand it prints its usage (and exits 2). */
abstract class GroupCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
