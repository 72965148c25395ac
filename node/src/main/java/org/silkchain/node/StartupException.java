package org.silkchain.node;

/**
 * Why a node refused to start: one line for the operator (a corrupted store, a store of another
 * genesis, a bad passphrase, a port in use, a bad configuration). No stack trace is needed to act
 * on it.
 */
public final class StartupException extends Exception {
  public StartupException(String message) {
    super(message);
  }

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
