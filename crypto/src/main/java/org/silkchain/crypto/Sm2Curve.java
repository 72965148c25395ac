package org.silkchain.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.silkchain.codec.Bytes;

/**
 * The SM2 curve {@code sm2p256v1} (GB/T 32918.5) and the key checks shared by SM2 signing and SM2
 * encryption. Uses BouncyCastle's optimised curve from {@link CustomNamedCurves}; the generic
 * {@code GMNamedCurves} one is six to eight times slower. The cofactor is 1, so every valid point
 * other than infinity is in the prime-order group.
 */
public final class Sm2Curve {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("sm2p256v1");

  public static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

  /** Bytes of a private scalar, big-endian. */
  public static final int SCALAR_SIZE = 32;

  /** Bytes of a compressed SEC1 point, the only public key form Silkchain accepts. */
  public static final int COMPRESSED_POINT_SIZE = 33;

  private static final BigInteger MAX_SCALAR = DOMAIN.getN().subtract(BigInteger.TWO);

  private Sm2Curve() {}

  /** A uniformly random private scalar in {@code [1, n-2]}, as 32 big-endian bytes. */
  public static Bytes randomSecret(SecureRandom random) {
    BigInteger d;
    do {
      d = BigIntegers.createRandomBigInteger(DOMAIN.getN().bitLength(), random);
    } while (d.signum() == 0 || d.compareTo(MAX_SCALAR) > 0);
    return Bytes.wrap(BigIntegers.asUnsignedByteArray(SCALAR_SIZE, d));
  }

  /**
   * The scalar of a 32-byte secret. SM2 needs it in {@code [1, n-2]} so that {@code 1 + d} is
   * invertible for signing; the message never includes the secret.
   */
  public static BigInteger scalar(Bytes secret) {
    if (secret.size() != SCALAR_SIZE) {
      throw new IllegalArgumentException("an SM2 private key has " + SCALAR_SIZE + " bytes");
    }
    BigInteger d = BigIntegers.fromUnsignedByteArray(secret.unsafeArray());
    if (d.signum() == 0 || d.compareTo(MAX_SCALAR) > 0) {
      throw new IllegalArgumentException("SM2 private key is out of range [1, n-2]");
    }
    return d;
  }

  /** The compressed public point {@code d * G} of a secret. */
  public static Bytes publicKeyOf(Bytes secret) {
    return Bytes.wrap(DOMAIN.getG().multiply(scalar(secret)).normalize().getEncoded(true));
  }

  /**
   * Decodes a compressed point and checks it is on the curve and not infinity.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static ECPoint decodePoint(Bytes compressed) {
    if (compressed.size() != COMPRESSED_POINT_SIZE) {
      throw new IllegalArgumentException(
          "an SM2 public key has " + COMPRESSED_POINT_SIZE + " bytes, got " + compressed.size());
    }
    int prefix = compressed.get(0);
    if (prefix != 0x02 && prefix != 0x03) {
      throw new IllegalArgumentException("not a valid SM2 public key: not a compressed point");
    }
    ECPoint q;
    try {
      q = DOMAIN.getCurve().decodePoint(compressed.unsafeArray());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a valid SM2 public key: not a point on sm2p256v1", e);
    }
    if (q.isInfinity() || !q.isValid()) {
      throw new IllegalArgumentException("not a valid SM2 public key: not a point on sm2p256v1");
    }
    return q;
  }
}
