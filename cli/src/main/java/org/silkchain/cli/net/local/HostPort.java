package org.silkchain.cli.net.local;

import java.net.URI;

/** A {@code host:port} listen address from a node config, such as {@code 127.0.0.1:26601}. */
public record HostPort(String host, int port) {
  public HostPort {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("empty host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /**
   * Parses {@code host:port}; an IPv6 host is written in brackets ({@code [::1]:26601}).
   *
   * @throws IllegalArgumentException with the offending text
   */
  public static HostPort parse(String text) {
    int colon = text == null ? -1 : text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("not host:port: \"" + text + "\"");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not host:port: \"" + text + "\"");
    }
    return new HostPort(host, port);
  }

  /** Where a local client connects: a wildcard listen address is reached on loopback. */
  public String connectHost() {
    return switch (host) {
      case "0.0.0.0" -> "127.0.0.1";
      case "::", "0:0:0:0:0:0:0:0" -> "::1";
      default -> host;
    };
  }

  /** {@code http://host:port} + {@code path}, for the node's HTTP API. */
  public URI http(String path) {
    String h = connectHost();
    String authority = h.contains(":") ? "[" + h + "]" : h;
    return URI.create("http://" + authority + ":" + port + path);
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
