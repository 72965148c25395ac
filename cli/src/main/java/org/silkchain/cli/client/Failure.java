package org.silkchain.cli.client;

/**
 * A command's failure with its exit code and one-line reason: 1 refused (by the node, or a wrong
 * passphrase), 2 bad input, 3 node unreachable.
 */
public final class Failure extends Exception {
  public static final int REFUSED = 1;
  public static final int BAD_INPUT = 2;
  public static final int UNREACHABLE = 3;

  private final int exitCode;

  public Failure(int exitCode, String reason) {
    super(reason, null, false, false);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
