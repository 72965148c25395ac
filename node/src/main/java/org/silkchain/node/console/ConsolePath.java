package org.silkchain.node.console;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file of the console that a request may name: the path after {@code /console/}, checked before
 * anything is looked up. Only plain names of known types are accepted: segments of {@code
 * [A-Za-z0-9_-]} with dots inside (never {@code .} or {@code ..}), joined by single slashes, at
 * most {@value #MAX_LENGTH} characters, and no percent-escapes, so nothing can climb out of the
 * console's resources or reach a class file of the node.
 */
record ConsolePath(String name) {
  static final int MAX_LENGTH = 200;
  private static final Pattern SAFE =
      Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  static final String INDEX = "index.html";

  /**
   * The file {@code relative} names ({@code ""} is the index), or empty if it may not be served.
   */
  static Optional<ConsolePath> parse(String relative) {
    String name = relative.isEmpty() ? INDEX : relative;
    if (name.length() > MAX_LENGTH || !SAFE.matcher(name).matches()) {
      return Optional.empty();
    }
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    if (dot < 0 || dot < slash || !TYPES.containsKey(name.substring(dot + 1))) {
      return Optional.empty();
    }
    return Optional.of(new ConsolePath(name));
  }

  boolean isIndex() {
    return name.equals(INDEX);
  }

  String contentType() {
    return TYPES.get(name.substring(name.lastIndexOf('.') + 1));
  }

  /** Content-hashed bundles never change under their name; everything else is revalidated. */
  String cacheControl() {
    return name.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
  }
}
