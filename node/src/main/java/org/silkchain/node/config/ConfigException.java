package org.silkchain.node.config;

/** A node configuration that cannot be used; the message is one line for the operator. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
