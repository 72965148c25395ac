package org.silkchain.crypto.keyfile;

import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Aead;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionPublicKey;

/**
 * A private key encrypted under a passphrase, as stored on disk: scrypt derives an AES-256 key from
 * the passphrase and {@code salt}, and AES-256-GCM encrypts the 32-byte secret under {@code nonce}
 * with every other field of the file as associated data. The public key is in the clear so that a
 * file can be identified without the passphrase. {@link #toText} and {@link #parse} convert to and
 * from the strict line format (documented on the package-private {@code KeyFileFormat}); use {@link
 * KeyFileCipher} to make or open one and {@link KeyFileStore} to put one on disk.
 */
public record KeyFile(
    KeyKind kind,
    SuiteId suite,
    Bytes publicKey,
    ScryptParameters kdf,
    Bytes salt,
    Bytes nonce,
    Bytes ciphertext) {
  /** The version this code writes and the only one it reads. */
  public static final int VERSION = 1;

  public static final int SALT_SIZE = 32;
  public static final int SECRET_SIZE = 32;
  public static final int CIPHERTEXT_SIZE = SECRET_SIZE + Aead.TAG_SIZE;

  public KeyFile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(kdf, "kdf");
    requireSize("public key", publicKey, publicKeySize(kind, suite));
    requireSize("salt", salt, SALT_SIZE);
    requireSize("nonce", nonce, Aead.NONCE_SIZE);
    requireSize("ciphertext", ciphertext, CIPHERTEXT_SIZE);
  }

  static int publicKeySize(KeyKind kind, SuiteId suite) {
    return switch (kind) {
      case SIGNING -> PublicKey.sizeOf(suite);
      case ENCRYPTION -> EncryptionPublicKey.sizeOf(suite);
    };
  }

  /** Parses the text form strictly; see {@link KeyFileFormat}. */
  public static KeyFile parse(String text) throws KeyFileException {
    return KeyFileFormat.parse(text);
  }

  /** The text form, one {@code key=value} per line. */
  public String toText() {
    return KeyFileFormat.format(this);
  }

  @Override
  public String toString() {
    return "KeyFile[" + kind.label() + ", " + suite + ", " + publicKey.toHex() + "]";
  }

  private static void requireSize(String field, Bytes value, int size) {
    if (value.size() != size) {
      throw new IllegalArgumentException(
          "key file " + field + " has " + size + " bytes, got " + value.size());
    }
  }
}
