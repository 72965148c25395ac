package org.silkchain.node.config;

import java.nio.file.Path;
import java.util.Optional;

/** What the command-line flags of {@code silkchain node start} set; they win over all else. */
public record ConfigOverrides(
    Optional<Path> dataDir,
    Optional<String> p2pListen,
    Optional<String> apiListen,
    Optional<Path> passphraseFile,
    Optional<String> logLevel) {
  public static final ConfigOverrides NONE =
      new ConfigOverrides(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
