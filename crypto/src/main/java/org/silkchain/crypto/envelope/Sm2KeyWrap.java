package org.silkchain.crypto.envelope;

import java.security.SecureRandom;
import java.util.Optional;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Sm2Curve;

/**
 * Wrap for the SM2_SM3 suite: SM2 public-key encryption (GB/T 32918.4) of the data key with
 * BouncyCastle's {@link SM2Engine} in the standard's C1C3C2 order, C1 uncompressed. SM2 encryption
 * takes no context, so the envelope binds each wrapped key through the payload's associated data
 * instead. C3 = SM3(x2 || M || y2) makes any change to C1, C2 or C3 fail decryption; the one byte
 * it does not cover, C1's point-format prefix, is pinned to 0x04 here so that a hybrid (0x06/0x07)
 * re-encoding of the same point cannot pass as a different valid wrapped key.
 */
final class Sm2KeyWrap implements KeyWrap {
  static final Sm2KeyWrap INSTANCE = new Sm2KeyWrap();

  private static final int UNCOMPRESSED = 0x04;

  private Sm2KeyWrap() {}

  @Override
  public Bytes generateSecret(SecureRandom random) {
    return Sm2Curve.randomSecret(random);
  }

  @Override
  public Bytes publicKeyOf(Bytes secret) {
    return Sm2Curve.publicKeyOf(secret);
  }

  @Override
  public Bytes wrap(
      Bytes dataKey, EncryptionPublicKey recipient, Bytes nonce, SecureRandom random) {
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    engine.init(
        true,
        new ParametersWithRandom(
            new ECPublicKeyParameters(Sm2Curve.decodePoint(recipient.bytes()), Sm2Curve.DOMAIN),
            random));
    try {
      return Bytes.wrap(engine.processBlock(dataKey.unsafeArray(), 0, dataKey.size()));
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM2 encryption failed", e);
    }
  }

  @Override
  public Optional<Bytes> unwrap(Bytes wrapped, EncryptionKeyPair me, Bytes nonce) {
    if (wrapped.size() != WrappedKey.SM2_SIZE || wrapped.get(0) != UNCOMPRESSED) {
      return Optional.empty();
    }
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    try {
      engine.init(
          false,
          new ECPrivateKeyParameters(Sm2Curve.scalar(me.privateKey().secret()), Sm2Curve.DOMAIN));
      return Optional.of(Bytes.wrap(engine.processBlock(wrapped.unsafeArray(), 0, wrapped.size())));
    } catch (InvalidCipherTextException | RuntimeException e) {
      // C3 mismatch, or C1 not a point on the curve.
      return Optional.empty();
    }
  }
}
