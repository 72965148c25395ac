package org.silkchain.cli;

import picocli.CommandLine;

/** Entry point of the {@code silkchain} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new SilkchainCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
