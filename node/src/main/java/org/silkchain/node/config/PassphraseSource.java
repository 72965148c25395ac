package org.silkchain.node.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the key files' passphrase comes from: a file, or the environment. */
public sealed interface PassphraseSource {
  /** Reads the passphrase; a trailing newline of a file is not part of it. */
  char[] read() throws IOException;

  record FromFile(Path file) implements PassphraseSource {
    @Override
    public char[] read() throws IOException {
      if (!Files.isRegularFile(file) || Files.size(file) > 4096) {
        throw new IOException("passphrase file " + file + " is missing or too large");
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      text = text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text;
      text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      return text.toCharArray();
    }
  }

  /** The value of {@code SILKCHAIN_PASSPHRASE}; never printed. */
  record FromEnvironment(String value) implements PassphraseSource {
    @Override
    public char[] read() {
      return value.toCharArray();
    }

    @Override
    public String toString() {
      return "FromEnvironment[SILKCHAIN_PASSPHRASE]";
    }
  }
}
