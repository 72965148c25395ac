package org.silkchain.crypto.envelope;

/** Why {@link EnvelopeCipher#open} gave no plaintext. */
public final class EnvelopeException extends Exception {
  private final Reason reason;

  public enum Reason {
    /** The envelope, or the key pair, is of another suite than the cipher. */
    SUITE_MISMATCH,
    /** The envelope holds no wrapped key for this key pair's public key. */
    NOT_A_RECIPIENT,
    /**
     * The wrapped key for this recipient does not decrypt: it was modified, or the private key is
     * not the one the public key belongs to.
     */
    WRAPPED_KEY_INVALID,
    /**
     * The payload does not authenticate: its ciphertext or nonce, the associated data, or the list
     * of wrapped keys differs from what was sealed.
     */
    PAYLOAD_TAMPERED,
  }

  public EnvelopeException(Reason reason, String message) {
    super(reason + ": " + message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
