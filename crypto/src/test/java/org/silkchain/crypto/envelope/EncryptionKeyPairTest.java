package org.silkchain.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.SuiteId;

class EncryptionKeyPairTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void fromPrivateReproducesThePublicKey(SuiteId suite) {
    EncryptionKeyPair pair = EncryptionKeyPair.generate(suite, RANDOM);
    EncryptionKeyPair rebuilt =
        EncryptionKeyPair.fromPrivate(new EncryptionPrivateKey(suite, pair.privateKey().secret()));
    assertThat(rebuilt.publicKey()).isEqualTo(pair.publicKey());
    assertThat(pair.suite()).isEqualTo(suite);
    assertThat(pair.publicKey().bytes().size()).isEqualTo(EncryptionPublicKey.sizeOf(suite));
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void privateKeyNeverPrintsAndCanBeDestroyed(SuiteId suite) {
    EncryptionKeyPair pair = EncryptionKeyPair.generate(suite, RANDOM);
    String secret = pair.privateKey().secret().toHex();
    assertThat(pair.toString()).doesNotContain(secret).contains("redacted");
    pair.privateKey().destroy();
    assertThat(pair.privateKey().isDestroyed()).isTrue();
    assertThatThrownBy(() -> pair.privateKey().secret())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("destroyed");
  }

  @Test
  void x25519KeysMatchRfc7748() {
    // RFC 7748 section 6.1, Bob's key pair.
    EncryptionKeyPair bob =
        EncryptionKeyPair.fromPrivate(
            new EncryptionPrivateKey(
                SuiteId.ED25519,
                Bytes.fromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")));
    assertThat(bob.publicKey().bytes().toHex())
        .isEqualTo("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
  }

  @Test
  void sm2ScalarsOutOfRangeAreRefused() {
    EncryptionPrivateKey zero = new EncryptionPrivateKey(SuiteId.SM2_SM3, Bytes.wrap(new byte[32]));
    assertThatThrownBy(() -> EncryptionKeyPair.fromPrivate(zero))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void mixedSuitesAndWrongSizesAreRefused() {
    EncryptionKeyPair ed = EncryptionKeyPair.generate(SuiteId.ED25519, RANDOM);
    EncryptionKeyPair sm = EncryptionKeyPair.generate(SuiteId.SM2_SM3, RANDOM);
    assertThatThrownBy(() -> new EncryptionKeyPair(ed.publicKey(), sm.privateKey()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mixes suites");
    assertThatThrownBy(() -> new EncryptionPrivateKey(SuiteId.ED25519, Bytes.wrap(new byte[16])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 16");
  }
}
