package org.silkchain.crypto.keyfile;

/** Which kind of private key a key file holds; named in the file as {@link #label()}. */
public enum KeyKind {
  /** A {@link org.silkchain.crypto.PrivateKey} for signing. */
  SIGNING("signing"),
  /** An {@link org.silkchain.crypto.envelope.EncryptionPrivateKey} for opening envelopes. */
  ENCRYPTION("encryption");

  private final String label;

  KeyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
