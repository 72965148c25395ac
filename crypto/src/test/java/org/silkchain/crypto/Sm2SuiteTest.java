package org.silkchain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkchain.codec.Bytes;

class Sm2SuiteTest {
  private static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.SM2_SM3);
  private static final BigInteger N = Sm2Curve.DOMAIN.getN();
  private static final BigInteger MAX = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
  private static final Bytes MESSAGE = Bytes.utf8("信用证");

  @Test
  void rOrSOutOfRangeIsRejected() {
    KeyPair pair = SUITE.generate(new SecureRandom());
    Bytes sig = SUITE.sign(pair.privateKey(), MESSAGE).bytes();
    BigInteger r = new BigInteger(1, sig.slice(0, 32).toArray());
    BigInteger s = new BigInteger(1, sig.slice(32, 64).toArray());
    assertThat(SUITE.verify(pair.publicKey(), MESSAGE, signature(r, s))).isTrue();

    for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, N, N.add(BigInteger.ONE), MAX}) {
      assertThat(SUITE.verify(pair.publicKey(), MESSAGE, signature(bad, s)))
          .as("r=%s", bad)
          .isFalse();
      assertThat(SUITE.verify(pair.publicKey(), MESSAGE, signature(r, bad)))
          .as("s=%s", bad)
          .isFalse();
    }
    // r and s congruent to the valid ones but not reduced, where they still fit in 32 bytes.
    if (r.add(N).compareTo(MAX) <= 0) {
      assertThat(SUITE.verify(pair.publicKey(), MESSAGE, signature(r.add(N), s))).isFalse();
    }
    if (s.add(N).compareTo(MAX) <= 0) {
      assertThat(SUITE.verify(pair.publicKey(), MESSAGE, signature(r, s.add(N)))).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // x = 2: no point has this x.
        "020000000000000000000000000000000000000000000000000000000000000002",
        // x = p: not a field element.
        "02fffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffff",
        // prefixes that are not compressed-point prefixes
        "040000000000000000000000000000000000000000000000000000000000000001",
        "050000000000000000000000000000000000000000000000000000000000000001",
        "000000000000000000000000000000000000000000000000000000000000000000",
        // a valid x (1) but too short / too long
        "0200000000000000000000000000000000000000000000000000000000000001",
        "02000000000000000000000000000000000000000000000000000000000000000100",
      })
  void publicKeyRejectsInvalidPoints(String hex) {
    assertThatThrownBy(() -> SUITE.publicKey(Bytes.fromHex(hex)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SM2 public key")
        .hasMessageMatching(".*(33 bytes, got|not a compressed point|not a point on sm2p256v1).*");
  }

  @Test
  void aValidCompressedPointIsAccepted() {
    Bytes xOne =
        Bytes.fromHex("020000000000000000000000000000000000000000000000000000000000000001");
    assertThat(SUITE.publicKey(xOne).bytes()).isEqualTo(xOne);
  }

  @Test
  void uncompressedKeysAreRefused() {
    KeyPair pair = SUITE.generate(new SecureRandom());
    Bytes uncompressed =
        Bytes.wrap(Sm2Curve.decodePoint(pair.publicKey().bytes()).getEncoded(false));
    assertThatThrownBy(() -> SUITE.publicKey(uncompressed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("33 bytes, got 65");
  }

  @Test
  void privateScalarsOutsideOneToNMinusTwoAreRefused() {
    for (BigInteger d : new BigInteger[] {BigInteger.ZERO, N.subtract(BigInteger.ONE), N, MAX}) {
      PrivateKey key = new PrivateKey(SuiteId.SM2_SM3, scalar(d));
      assertThatThrownBy(() -> SUITE.fromPrivate(key))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("out of range");
      assertThatThrownBy(() -> SUITE.sign(key, MESSAGE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("out of range");
    }
    PrivateKey largest = new PrivateKey(SuiteId.SM2_SM3, scalar(N.subtract(BigInteger.TWO)));
    KeyPair pair = SUITE.fromPrivate(largest);
    assertThat(SUITE.verify(pair.publicKey(), MESSAGE, SUITE.sign(largest, MESSAGE))).isTrue();
  }

  @Test
  void signaturesAreRandomisedButBothVerify() {
    KeyPair pair = SUITE.generate(new SecureRandom());
    Signature a = SUITE.sign(pair.privateKey(), MESSAGE);
    Signature b = SUITE.sign(pair.privateKey(), MESSAGE);
    assertThat(a).isNotEqualTo(b);
    assertThat(SUITE.verify(pair.publicKey(), MESSAGE, a)).isTrue();
    assertThat(SUITE.verify(pair.publicKey(), MESSAGE, b)).isTrue();
  }

  private static Bytes scalar(BigInteger d) {
    return Bytes.wrap(BigIntegers.asUnsignedByteArray(32, d));
  }

  private static Signature signature(BigInteger r, BigInteger s) {
    return new Signature(scalar(r).concat(scalar(s)));
  }
}
