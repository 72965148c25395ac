package org.silkchain.crypto.keyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.keyfile.KeyFileException.Reason;

class KeyFileTest {
  static final SecureRandom RANDOM = new SecureRandom();

  /** Small costs so that the tests stay fast; files record them, so opening needs no hint. */
  static final ScryptParameters FAST = new ScryptParameters(10, 8, 1);

  static final char[] PASSPHRASE = "丝路 correct horse 电池".toCharArray();

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void signingKeyRoundTripsThroughText(SuiteId suite) throws Exception {
    KeyPair pair = SignatureSuite.of(suite).generate(RANDOM);
    KeyFile file = KeyFileCipher.seal(pair, PASSPHRASE, FAST, RANDOM);
    KeyFile parsed = KeyFile.parse(file.toText());
    assertThat(parsed).isEqualTo(file);
    assertThat(parsed.kind()).isEqualTo(KeyKind.SIGNING);

    KeyPair opened = KeyFileCipher.openSigningKey(parsed, PASSPHRASE.clone());
    assertThat(opened.publicKey()).isEqualTo(pair.publicKey());
    assertThat(opened.privateKey().secret()).isEqualTo(pair.privateKey().secret());
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void encryptionKeyRoundTripsThroughText(SuiteId suite) throws Exception {
    EncryptionKeyPair pair = EncryptionKeyPair.generate(suite, RANDOM);
    KeyFile file = KeyFile.parse(KeyFileCipher.seal(pair, PASSPHRASE, FAST, RANDOM).toText());
    assertThat(file.kind()).isEqualTo(KeyKind.ENCRYPTION);
    EncryptionKeyPair opened = KeyFileCipher.openEncryptionKey(file, PASSPHRASE);
    assertThat(opened.publicKey()).isEqualTo(pair.publicKey());
    assertThat(opened.privateKey().secret()).isEqualTo(pair.privateKey().secret());
  }

  @Test
  void textFormIsTheDocumentedLineFormat() {
    KeyPair pair = SignatureSuite.of(SuiteId.ED25519).generate(RANDOM);
    String text = KeyFileCipher.seal(pair, PASSPHRASE, FAST, RANDOM).toText();
    assertThat(text)
        .startsWith("format=silkchain-key-file\nversion=1\nkind=signing\nsuite=ED25519\n")
        .contains("\npublic-key=" + pair.publicKey().bytes().toHex() + "\n")
        .contains("\nkdf=scrypt\nscrypt-log2-n=10\nscrypt-r=8\nscrypt-p=1\nsalt=")
        .contains("\ncipher=AES-256-GCM\nnonce=")
        .matches("(?s).*\nciphertext=[0-9a-f]{96}\n")
        .doesNotContain("\r");
    assertThat(text.lines()).hasSize(13);
  }

  @Test
  void defaultCostsAreScryptTwoToTheFifteenR8P1() throws Exception {
    assertThat(ScryptParameters.DEFAULT).isEqualTo(new ScryptParameters(15, 8, 1));
    KeyPair pair = SignatureSuite.of(SuiteId.SM2_SM3).generate(RANDOM);
    KeyFile file = KeyFileCipher.seal(pair, PASSPHRASE, RANDOM);
    assertThat(file.toText()).contains("\nscrypt-log2-n=15\nscrypt-r=8\nscrypt-p=1\n");
    assertThat(KeyFileCipher.openSigningKey(file, PASSPHRASE).publicKey())
        .isEqualTo(pair.publicKey());
  }

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void wrongPassphraseIsAClearError(SuiteId suite) {
    KeyFile file =
        KeyFileCipher.seal(SignatureSuite.of(suite).generate(RANDOM), PASSPHRASE, FAST, RANDOM);
    assertReason(
        () -> KeyFileCipher.openSigningKey(file, "丝路 correct horse 电池!".toCharArray()),
        Reason.WRONG_PASSPHRASE);
    assertReason(() -> KeyFileCipher.openSigningKey(file, new char[0]), Reason.WRONG_PASSPHRASE);
  }

  @Test
  void openingAsTheOtherKindIsRefused() {
    KeyFile signing =
        KeyFileCipher.seal(
            SignatureSuite.of(SuiteId.ED25519).generate(RANDOM), PASSPHRASE, FAST, RANDOM);
    KeyFile encryption =
        KeyFileCipher.seal(
            EncryptionKeyPair.generate(SuiteId.ED25519, RANDOM), PASSPHRASE, FAST, RANDOM);
    assertReason(() -> KeyFileCipher.openEncryptionKey(signing, PASSPHRASE), Reason.WRONG_KIND);
    assertReason(() -> KeyFileCipher.openSigningKey(encryption, PASSPHRASE), Reason.WRONG_KIND);
  }

  @Test
  void sealingNeedsAPassphrase() {
    KeyPair pair = SignatureSuite.of(SuiteId.ED25519).generate(RANDOM);
    assertThatThrownBy(() -> KeyFileCipher.seal(pair, new char[0], FAST, RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-empty passphrase");
    assertThatThrownBy(() -> KeyFileCipher.seal(pair, new char[] {'\uD800'}, FAST, RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
  }

  @Test
  void scryptCostsAreBounded() {
    assertThatThrownBy(() -> new ScryptParameters(9, 8, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("log2(N)");
    assertThatThrownBy(() -> new ScryptParameters(20, 8, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> new ScryptParameters(15, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scrypt r");
    assertThatThrownBy(() -> new ScryptParameters(15, 8, 17))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scrypt p");
    assertThat(new ScryptParameters(20, 2, 1).n()).isEqualTo(1 << 20);
  }

  interface Opening {
    Object open() throws Exception;
  }

  static void assertReason(Opening opening, Reason reason) {
    assertThatThrownBy(opening::open)
        .isInstanceOfSatisfying(
            KeyFileException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageStartingWith(reason.name());
  }

  static Bytes secretOf(KeyPair pair) {
    return pair.privateKey().secret();
  }
}
