package org.silkchain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;

/** Behaviour both suites share: round trips, rejections, key handling. */
class SignatureSuiteTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Bytes MESSAGE = Bytes.utf8("bill of lading 提单 #42");

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void signedMessageVerifies(SuiteId id) {
    SignatureSuite suite = SignatureSuite.of(id);
    KeyPair pair = suite.generate(RANDOM);
    Signature sig = suite.sign(pair.privateKey(), MESSAGE);
    assertThat(suite.id()).isEqualTo(id);
    assertThat(pair.publicKey().suite()).isEqualTo(id);
    assertThat(suite.verify(pair.publicKey(), MESSAGE, sig)).isTrue();
    assertThat(
            suite.verify(pair.publicKey(), Bytes.EMPTY, suite.sign(pair.privateKey(), Bytes.EMPTY)))
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void wrongMessageOrKeyIsRejected(SuiteId id) {
    SignatureSuite suite = SignatureSuite.of(id);
    KeyPair pair = suite.generate(RANDOM);
    KeyPair other = suite.generate(RANDOM);
    Signature sig = suite.sign(pair.privateKey(), MESSAGE);
    assertThat(suite.verify(pair.publicKey(), Bytes.utf8("bill of lading 提单 #43"), sig)).isFalse();
    assertThat(suite.verify(pair.publicKey(), MESSAGE.concat(Bytes.of((byte) 0)), sig)).isFalse();
    assertThat(suite.verify(other.publicKey(), MESSAGE, sig)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void otherSuiteKeysAreRejected(SuiteId id) {
    SignatureSuite suite = SignatureSuite.of(id);
    SignatureSuite otherSuite = SignatureSuite.of(other(id));
    KeyPair pair = suite.generate(RANDOM);
    Signature sig = suite.sign(pair.privateKey(), MESSAGE);
    assertThat(otherSuite.verify(pair.publicKey(), MESSAGE, sig)).isFalse();
    assertThatThrownBy(() -> otherSuite.sign(pair.privateKey(), MESSAGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an");
    assertThatThrownBy(() -> otherSuite.fromPrivate(pair.privateKey()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an");
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void everySingleBitFlipOfTheSignatureIsRejected(SuiteId id) {
    SignatureSuite suite = SignatureSuite.of(id);
    KeyPair pair = suite.generate(RANDOM);
    byte[] sig = suite.sign(pair.privateKey(), MESSAGE).bytes().toArray();
    for (int bit = 0; bit < Signature.SIZE * 8; bit++) {
      byte[] flipped = sig.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThat(suite.verify(pair.publicKey(), MESSAGE, new Signature(Bytes.wrap(flipped))))
          .as("bit %d", bit)
          .isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void fromPrivateReproducesThePublicKey(SuiteId id) {
    SignatureSuite suite = SignatureSuite.of(id);
    KeyPair pair = suite.generate(RANDOM);
    KeyPair rebuilt = suite.fromPrivate(new PrivateKey(id, pair.privateKey().secret()));
    assertThat(rebuilt.publicKey()).isEqualTo(pair.publicKey());
    assertThat(suite.publicKey(pair.publicKey().bytes())).isEqualTo(pair.publicKey());
    assertThat(suite.verify(pair.publicKey(), MESSAGE, suite.sign(rebuilt.privateKey(), MESSAGE)))
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void publicKeyCodecRoundTrips(SuiteId id) {
    PublicKey key = SignatureSuite.of(id).generate(RANDOM).publicKey();
    Bytes encoded = PublicKey.CODEC.encode(key);
    assertThat(encoded.size()).isEqualTo(1 + PublicKey.sizeOf(id));
    assertThat(PublicKey.CODEC.decode(encoded)).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void privateKeyNeverPrintsAndCanBeDestroyed(SuiteId id) {
    KeyPair pair = SignatureSuite.of(id).generate(RANDOM);
    String secretHex = pair.privateKey().secret().toHex();
    assertThat(pair.privateKey().toString()).doesNotContain(secretHex).contains("redacted");
    assertThat(pair.toString()).doesNotContain(secretHex);
    pair.privateKey().destroy();
    assertThat(pair.privateKey().isDestroyed()).isTrue();
    assertThatThrownBy(() -> pair.privateKey().secret())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("destroyed");
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void privateKeyOfTheWrongSizeIsRefused(SuiteId id) {
    assertThatThrownBy(() -> new PrivateKey(id, Bytes.wrap(new byte[31])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes, got 31");
    assertThatThrownBy(() -> new PrivateKey(id, Bytes.wrap(new byte[33])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes, got 33");
  }

  private static SuiteId other(SuiteId id) {
    return id == SuiteId.ED25519 ? SuiteId.SM2_SM3 : SuiteId.ED25519;
  }
}
