package org.silkchain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkchain.codec.Bytes;

class Ed25519SuiteTest {
  private static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.ED25519);

  /** The order of the Ed25519 base point, L = 2^252 + 27742317777372353535851937790883648493. */
  private static final BigInteger L =
      BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        // y = 2: no x satisfies the curve equation.
        "0200000000000000000000000000000000000000000000000000000000000000",
        // y = 1: the identity, a small-order point.
        "0100000000000000000000000000000000000000000000000000000000000000",
        // y = 3: on the curve but not in the prime-order subgroup.
        "0300000000000000000000000000000000000000000000000000000000000000",
        // y = p = 2^255 - 19: a non-canonical encoding of y = 0.
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        // too short and too long
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f70751",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00",
      })
  void publicKeyRejectsInvalidEncodings(String hex) {
    assertThatThrownBy(() -> SUITE.publicKey(Bytes.fromHex(hex)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid Ed25519 public key");
  }

  @Test
  void signatureWithSPlusTheGroupOrderIsRejected() {
    KeyPair pair = SUITE.generate(new SecureRandom());
    Bytes msg = Bytes.utf8("m");
    byte[] sig = SUITE.sign(pair.privateKey(), msg).bytes().toArray();
    // S is little-endian in the second half; S + L still fits in 32 bytes (L < 2^253).
    byte[] s = new byte[32];
    for (int i = 0; i < 32; i++) {
      s[31 - i] = sig[32 + i];
    }
    byte[] sPlusL = new BigInteger(1, s).add(L).toByteArray();
    byte[] malleable = sig.clone();
    java.util.Arrays.fill(malleable, 32, 64, (byte) 0);
    for (int i = 0; i < sPlusL.length && i < 32; i++) {
      malleable[32 + i] = sPlusL[sPlusL.length - 1 - i];
    }
    assertThat(SUITE.verify(pair.publicKey(), msg, new Signature(Bytes.wrap(sig)))).isTrue();
    assertThat(SUITE.verify(pair.publicKey(), msg, new Signature(Bytes.wrap(malleable)))).isFalse();
  }

  @Test
  void verifyRejectsTheTrivialForgeryUnderAnUnvalidatedIdentityKey() {
    // PublicKey.CODEC checks only the length, so verify must not rely on publicKey() having run:
    // under the identity key, R = identity and S = 0 would "verify" every message.
    PublicKey identity =
        new PublicKey(
            SuiteId.ED25519,
            Bytes.fromHex("0100000000000000000000000000000000000000000000000000000000000000"));
    byte[] sig = new byte[64];
    sig[0] = 1;
    assertThat(SUITE.verify(identity, Bytes.utf8("any"), new Signature(Bytes.wrap(sig)))).isFalse();
  }
}
