package org.silkchain.cli.net.local;

/**
 * A failure of a local-network operation, with a message meant for the operator: its first line is
 * a one-line reason; further lines (a node's log tail) may follow.
 */
public final class NetException extends Exception {
  private static final long serialVersionUID = 1L;

  public NetException(String message) {
    super(message);
  }

  public NetException(String message, Throwable cause) {
    super(message, cause);
  }
}
