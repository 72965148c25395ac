package org.silkchain.crypto.envelope;

import java.security.SecureRandom;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.SuiteId;

/** How one suite encrypts a data key to a recipient's public encryption key. */
sealed interface KeyWrap permits X25519KeyWrap, Sm2KeyWrap {

  static KeyWrap forSuite(SuiteId suite) {
    return switch (suite) {
      case ED25519 -> X25519KeyWrap.INSTANCE;
      case SM2_SM3 -> Sm2KeyWrap.INSTANCE;
    };
  }

  Bytes generateSecret(SecureRandom random);

  /**
   * @throws IllegalArgumentException if {@code secret} is not a valid private key
   */
  Bytes publicKeyOf(Bytes secret);

  /**
   * Encrypts {@code dataKey} to {@code recipient}, bound to the envelope's {@code nonce} where the
   * scheme can bind context.
   *
   * @throws IllegalArgumentException if {@code recipient} is not a usable public key
   */
  Bytes wrap(Bytes dataKey, EncryptionPublicKey recipient, Bytes nonce, SecureRandom random);

  /** The data key, or empty when {@code wrapped} does not decrypt under {@code me}. */
  Optional<Bytes> unwrap(Bytes wrapped, EncryptionKeyPair me, Bytes nonce);
}
