package org.silkchain.crypto.keyfile;

import static org.silkchain.crypto.keyfile.KeyFileTest.FAST;
import static org.silkchain.crypto.keyfile.KeyFileTest.PASSPHRASE;
import static org.silkchain.crypto.keyfile.KeyFileTest.RANDOM;
import static org.silkchain.crypto.keyfile.KeyFileTest.assertReason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.keyfile.KeyFileException.Reason;

/** A key file changed in any way either fails to parse or fails to open; never gives a key. */
class KeyFileTamperingTest {
  private static final String TEXT =
      KeyFileCipher.seal(
              SignatureSuite.of(SuiteId.ED25519).generate(RANDOM), PASSPHRASE, FAST, RANDOM)
          .toText();

  @Test
  void everyChangedHexDigitIsDetected() {
    int checked = 0;
    for (int i = 0; i < TEXT.length(); i++) {
      String line = lineAt(i);
      if (!(line.startsWith("public-key=")
          || line.startsWith("salt=")
          || line.startsWith("nonce=")
          || line.startsWith("ciphertext="))) {
        continue;
      }
      char c = TEXT.charAt(i);
      boolean inValue = i > TEXT.lastIndexOf('\n', i - 1) + line.indexOf('=');
      if (!inValue || (!Character.isDigit(c) && (c < 'a' || c > 'f'))) {
        continue;
      }
      char other = c == '0' ? '1' : '0';
      String tampered = TEXT.substring(0, i) + other + TEXT.substring(i + 1);
      assertReason(
          () -> KeyFileCipher.openSigningKey(KeyFile.parse(tampered), PASSPHRASE),
          Reason.WRONG_PASSPHRASE);
      checked++;
    }
    // 64 (public key) + 64 (salt) + 24 (nonce) + 96 (ciphertext) hex digits.
    org.assertj.core.api.Assertions.assertThat(checked).isEqualTo(248);
  }

  @Test
  void changedCostsAreDetectedEvenIfStillAllowed() {
    String tampered = TEXT.replace("\nscrypt-r=8\n", "\nscrypt-r=7\n");
    assertReason(
        () -> KeyFileCipher.openSigningKey(KeyFile.parse(tampered), PASSPHRASE),
        Reason.WRONG_PASSPHRASE);
  }

  @Test
  void changedSuiteOrKindIsDetected() {
    // Same public key size in both, so these parse and must fail to authenticate.
    String asEncryption = TEXT.replace("\nkind=signing\n", "\nkind=encryption\n");
    assertReason(
        () -> KeyFileCipher.openEncryptionKey(KeyFile.parse(asEncryption), PASSPHRASE),
        Reason.WRONG_PASSPHRASE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "version=1|version=2|UNSUPPORTED_VERSION",
        "version=1|version=0|UNSUPPORTED_VERSION",
        "version=1|version=99999|UNSUPPORTED_VERSION",
        "version=1|version=01|MALFORMED",
        "version=1|version=+1|MALFORMED",
        "version=1|version=|MALFORMED",
        "format=silkchain-key-file|format=other|MALFORMED",
        "kind=signing|kind=Signing|MALFORMED",
        "suite=ED25519|suite=RSA|UNSUPPORTED_PARAMETERS",
        "suite=ED25519|suite=SM2_SM3|MALFORMED",
        "kdf=scrypt|kdf=pbkdf2|UNSUPPORTED_PARAMETERS",
        "scrypt-log2-n=10|scrypt-log2-n=30|UNSUPPORTED_PARAMETERS",
        "scrypt-log2-n=10|scrypt-log2-n=9|UNSUPPORTED_PARAMETERS",
        "scrypt-log2-n=10|scrypt-log2-n=1e1|MALFORMED",
        "scrypt-p=1|scrypt-p=99|UNSUPPORTED_PARAMETERS",
        "scrypt-p=1|scrypt-p=100|MALFORMED",
        "cipher=AES-256-GCM|cipher=AES-128-GCM|UNSUPPORTED_PARAMETERS",
        "salt=|salt=X|MALFORMED",
        "nonce=|nonce=0|MALFORMED",
        "ciphertext=|ciphertext=00|MALFORMED",
        "kdf=scrypt|kdf = scrypt|MALFORMED",
      })
  void malformedOrUnsupportedLinesAreRefused(String from, String to, Reason reason) {
    String tampered = TEXT.replaceFirst(java.util.regex.Pattern.quote(from), to);
    org.assertj.core.api.Assertions.assertThat(tampered).isNotEqualTo(TEXT);
    assertReason(() -> KeyFile.parse(tampered), reason);
  }

  @Test
  void layoutDeviationsAreMalformed() {
    assertReason(() -> KeyFile.parse(TEXT.replace("\n", "\r\n")), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse(TEXT.substring(0, TEXT.length() - 1)), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse(TEXT + "extra=1\n"), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse(TEXT + "\n"), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse("\n" + TEXT), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse(TEXT.toUpperCase(java.util.Locale.ROOT)), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse(""), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse("format=silkchain-key-file\n"), Reason.MALFORMED);
    assertReason(() -> KeyFile.parse("x".repeat(5000) + "\n"), Reason.MALFORMED);
    String swapped =
        TEXT.replace("\nkdf=scrypt\n", "\nKDF\n")
            .replace("\ncipher=AES-256-GCM\n", "\nkdf=scrypt\n")
            .replace("\nKDF\n", "\ncipher=AES-256-GCM\n");
    assertReason(() -> KeyFile.parse(swapped), Reason.MALFORMED);
    String upperHex = TEXT.replaceFirst("salt=([0-9a-f]*)", "salt=" + "AB".repeat(32));
    assertReason(() -> KeyFile.parse(upperHex), Reason.MALFORMED);
  }

  @Test
  void aNewerVersionIsUnsupportedEvenWithOtherFields() {
    assertReason(
        () -> KeyFile.parse("format=silkchain-key-file\nversion=2\nsomething=new\n"),
        Reason.UNSUPPORTED_VERSION);
  }

  private static String lineAt(int index) {
    int start = TEXT.lastIndexOf('\n', index - 1) + 1;
    int end = TEXT.indexOf('\n', index);
    return TEXT.substring(start, end < 0 ? TEXT.length() : end);
  }
}
