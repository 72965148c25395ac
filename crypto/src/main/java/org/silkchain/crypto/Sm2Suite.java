package org.silkchain.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.silkchain.codec.Bytes;

/**
 * SM2 signatures (GB/T 32918.2) with SM3 and the standard's default user id "1234567812345678"
 * (what {@link SM2Signer} uses when given none), on {@link Sm2Curve}. Signatures are plain r || s;
 * {@link PlainDSAEncoding} rejects r or s at or above n and {@link SM2Signer} rejects zero, so each
 * valid signature has one encoding.
 */
final class Sm2Suite implements SignatureSuite {
  static final Sm2Suite INSTANCE = new Sm2Suite();

  /** For the per-signature nonce k; SecureRandom is thread-safe. */
  private final SecureRandom signingRandom = new SecureRandom();

  private Sm2Suite() {}

  @Override
  public SuiteId id() {
    return SuiteId.SM2_SM3;
  }

  @Override
  public HashFunction hash() {
    return HashFunction.sm3();
  }

  @Override
  public KeyPair generate(SecureRandom random) {
    return fromPrivate(new PrivateKey(SuiteId.SM2_SM3, Sm2Curve.randomSecret(random)));
  }

  @Override
  public KeyPair fromPrivate(PrivateKey key) {
    requireSuite(key.suite());
    return new KeyPair(new PublicKey(SuiteId.SM2_SM3, Sm2Curve.publicKeyOf(key.secret())), key);
  }

  @Override
  public Signature sign(PrivateKey key, Bytes message) {
    requireSuite(key.suite());
    SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    signer.init(
        true,
        new ParametersWithRandom(
            new ECPrivateKeyParameters(Sm2Curve.scalar(key.secret()), Sm2Curve.DOMAIN),
            signingRandom));
    signer.update(message.unsafeArray(), 0, message.size());
    try {
      return new Signature(Bytes.wrap(signer.generateSignature()));
    } catch (CryptoException e) {
      throw new IllegalStateException("SM2 signing failed", e);
    }
  }

  @Override
  public boolean verify(PublicKey key, Bytes message, Signature signature) {
    if (key.suite() != SuiteId.SM2_SM3) {
      return false;
    }
    try {
      SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
      signer.init(
          false, new ECPublicKeyParameters(Sm2Curve.decodePoint(key.bytes()), Sm2Curve.DOMAIN));
      signer.update(message.unsafeArray(), 0, message.size());
      return signer.verifySignature(signature.bytes().unsafeArray());
    } catch (RuntimeException e) {
      // An invalid point, or r or s out of range (PlainDSAEncoding throws for those).
      return false;
    }
  }

  @Override
  public PublicKey publicKey(Bytes encoded) {
    Sm2Curve.decodePoint(encoded);
    return new PublicKey(SuiteId.SM2_SM3, encoded);
  }

  private static void requireSuite(SuiteId suite) {
    if (suite != SuiteId.SM2_SM3) {
      throw new IllegalArgumentException("not an SM2 key: " + suite);
    }
  }
}
