package org.silkchain.cli.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Passphrases from a file (first line) or an environment variable, never from the command line. */
public final class Passphrases {
  private Passphrases() {}

  /**
   * @param file the passphrase file, or null to use {@code envVariable}
   */
  public static char[] read(Path file, String envVariable) throws Failure {
    String text;
    if (file != null) {
      try {
        text = Files.readString(file).lines().findFirst().orElse("");
      } catch (IOException e) {
        throw new Failure(Failure.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
      }
    } else {
      text = System.getenv(envVariable);
      if (text == null) {
        throw new Failure(
            Failure.BAD_INPUT, "no passphrase: give a passphrase file or set " + envVariable);
      }
    }
    if (text.isEmpty()) {
      throw new Failure(Failure.BAD_INPUT, "empty passphrase");
    }
    return text.toCharArray();
  }
}
