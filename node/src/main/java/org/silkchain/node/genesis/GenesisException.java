package org.silkchain.node.genesis;

/** A members file or genesis file that cannot be used; the message is one line for the operator. */
public final class GenesisException extends Exception {
  public GenesisException(String message) {
    super(message);
  }

  public GenesisException(String message, Throwable cause) {
    super(message, cause);
  }
}
