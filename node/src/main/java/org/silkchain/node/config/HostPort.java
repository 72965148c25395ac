package org.silkchain.node.config;

/** A listen or peer address {@code host:port} ({@code [v6]:port} for IPv6 literals). */
public record HostPort(String host, int port) {
  public HostPort {
    if (host == null || host.isEmpty() || port < 0 || port > 65535) {
      throw new IllegalArgumentException("bad address " + host + ":" + port);
    }
  }

  /**
   * @throws IllegalArgumentException with a one-line reason
   */
  public static HostPort parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("missing address");
    }
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("address must be host:port, got '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port of '" + text + "' is not a number");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port of '" + text + "' is out of range");
    }
    return new HostPort(host, port);
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
