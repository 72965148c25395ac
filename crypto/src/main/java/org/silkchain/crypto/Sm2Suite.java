package org.silkchain.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.silkchain.codec.Bytes;

/**
 * SM2 signatures (GB/T 32918.2) with SM3 and the standard's default user id "1234567812345678", on
 * BouncyCastle's optimised {@code sm2p256v1} curve from {@link CustomNamedCurves} (the generic
 * {@code GMNamedCurves} one is six to eight times slower). Signatures are plain r || s.
 */
final class Sm2Suite implements SignatureSuite {
  static final Sm2Suite INSTANCE = new Sm2Suite();

  static final X9ECParameters CURVE = CustomNamedCurves.getByName("sm2p256v1");
  static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

  private static final int SCALAR_SIZE = 32;
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
    BigInteger n = DOMAIN.getN();
    BigInteger d;
    do {
      d = BigIntegers.createRandomBigInteger(n.bitLength(), random);
      // SM2 needs d in [1, n-2] so that (1 + d) is invertible.
    } while (d.signum() == 0 || d.compareTo(n.subtract(BigInteger.ONE)) >= 0);
    return fromPrivate(
        new PrivateKey(
            SuiteId.SM2_SM3, Bytes.wrap(BigIntegers.asUnsignedByteArray(SCALAR_SIZE, d))));
  }

  @Override
  public KeyPair fromPrivate(PrivateKey key) {
    requireSuite(key.suite());
    BigInteger d = scalar(key);
    ECPoint q = DOMAIN.getG().multiply(d).normalize();
    return new KeyPair(new PublicKey(SuiteId.SM2_SM3, Bytes.wrap(q.getEncoded(true))), key);
  }

  @Override
  public Signature sign(PrivateKey key, Bytes message) {
    requireSuite(key.suite());
    SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    signer.init(
        true,
        new ParametersWithRandom(new ECPrivateKeyParameters(scalar(key), DOMAIN), signingRandom));
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
      ECPoint q = DOMAIN.getCurve().decodePoint(key.bytes().unsafeArray());
      SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
      signer.init(false, new ECPublicKeyParameters(q, DOMAIN));
      signer.update(message.unsafeArray(), 0, message.size());
      return signer.verifySignature(signature.bytes().unsafeArray());
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public PublicKey publicKey(Bytes encoded) {
    try {
      ECPoint q = DOMAIN.getCurve().decodePoint(encoded.unsafeArray());
      if (encoded.size() != PublicKey.SM2_SIZE || q.isInfinity() || !q.isValid()) {
        throw new IllegalArgumentException("not a valid SM2 public key");
      }
      return new PublicKey(SuiteId.SM2_SM3, encoded);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a valid SM2 public key", e);
    }
  }

  private static BigInteger scalar(PrivateKey key) {
    return BigIntegers.fromUnsignedByteArray(key.secret().unsafeArray());
  }

  private static void requireSuite(SuiteId suite) {
    if (suite != SuiteId.SM2_SM3) {
      throw new IllegalArgumentException("not an SM2 key: " + suite);
    }
  }
}
