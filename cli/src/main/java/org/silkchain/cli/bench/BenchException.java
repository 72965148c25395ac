package org.silkchain.cli.bench;

/** Why a benchmark could not run: one line for the operator. */
public final class BenchException extends Exception {
  public BenchException(String message) {
    super(message);
  }

  public BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
