package org.silkchain.crypto.keyfile;

/**
 * Why a key file could not be read or opened. Messages name the line or field, never a value from
 * the file, the passphrase or the key.
 */
public final class KeyFileException extends Exception {
  private final Reason reason;

  public enum Reason {
    /** Not in the key file format: a missing, extra, misordered or badly written line. */
    MALFORMED,
    /** A format version this code does not know. */
    UNSUPPORTED_VERSION,
    /** A key derivation or cipher, or scrypt costs, outside what this code accepts. */
    UNSUPPORTED_PARAMETERS,
    /** A signing key file opened as an encryption key, or the reverse. */
    WRONG_KIND,
    /**
     * The encrypted key does not authenticate: the passphrase is wrong, or the file was modified
     * (the two cannot be told apart).
     */
    WRONG_PASSPHRASE,
    /** The decrypted key does not belong to the public key written in the file. */
    KEY_MISMATCH,
  }

  public KeyFileException(Reason reason, String message) {
    super(reason + ": " + message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
