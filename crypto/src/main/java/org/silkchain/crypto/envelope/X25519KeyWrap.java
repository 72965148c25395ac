package org.silkchain.crypto.envelope;

import java.security.SecureRandom;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.crypto.Aead;
import org.silkchain.crypto.Hkdf;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.X25519;

/**
 * ECIES-style wrap for the ED25519 suite: a fresh ephemeral X25519 key per recipient,
 * key-encryption key = HKDF-SHA-256(shared secret, info = tag 0x0203 || suite || envelope nonce ||
 * ephemeral key || recipient key), then AES-256-GCM of the data key. The all-zero GCM nonce is safe
 * because each key-encryption key is used exactly once: it depends on a fresh ephemeral key.
 */
final class X25519KeyWrap implements KeyWrap {
  static final X25519KeyWrap INSTANCE = new X25519KeyWrap();

  /** Type tag of the HKDF info structure, so this derivation never collides with another. */
  static final int INFO_TAG = 0x0203;

  private static final Bytes ZERO_NONCE = Bytes.wrap(new byte[Aead.NONCE_SIZE]);
  private static final int KEK_SIZE = 32;

  private X25519KeyWrap() {}

  @Override
  public Bytes generateSecret(SecureRandom random) {
    return X25519.generatePrivate(random);
  }

  @Override
  public Bytes publicKeyOf(Bytes secret) {
    return X25519.publicKey(secret);
  }

  @Override
  public Bytes wrap(
      Bytes dataKey, EncryptionPublicKey recipient, Bytes nonce, SecureRandom random) {
    Bytes ephemeral = X25519.generatePrivate(random);
    Bytes ephemeralPublic = X25519.publicKey(ephemeral);
    Bytes shared =
        X25519
            .agree(ephemeral, recipient.bytes())
            .orElseThrow(
                () -> new IllegalArgumentException("recipient has a low-order X25519 key"));
    Bytes kek = kek(shared, nonce, ephemeralPublic, recipient.bytes());
    return ephemeralPublic.concat(Aead.AES_GCM.seal(kek, ZERO_NONCE, dataKey, Bytes.EMPTY));
  }

  @Override
  public Optional<Bytes> unwrap(Bytes wrapped, EncryptionKeyPair me, Bytes nonce) {
    if (wrapped.size() != WrappedKey.X25519_SIZE) {
      return Optional.empty();
    }
    Bytes ephemeralPublic = wrapped.slice(0, X25519.KEY_SIZE);
    return X25519
        .agree(me.privateKey().secret(), ephemeralPublic)
        .flatMap(
            shared ->
                Aead.AES_GCM.open(
                    kek(shared, nonce, ephemeralPublic, me.publicKey().bytes()),
                    ZERO_NONCE,
                    wrapped.slice(X25519.KEY_SIZE, wrapped.size()),
                    Bytes.EMPTY));
  }

  private static Bytes kek(Bytes shared, Bytes nonce, Bytes ephemeralPublic, Bytes recipient) {
    Bytes info =
        new CanonicalWriter()
            .header(INFO_TAG, 1)
            .u8(SuiteId.ED25519.code())
            .fixed(nonce, Aead.NONCE_SIZE)
            .fixed(ephemeralPublic, X25519.KEY_SIZE)
            .fixed(recipient, X25519.KEY_SIZE)
            .toBytes();
    return Hkdf.sha256(shared, Bytes.EMPTY, info, KEK_SIZE);
  }
}
