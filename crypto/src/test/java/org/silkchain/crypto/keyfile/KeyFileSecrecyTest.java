package org.silkchain.crypto.keyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.crypto.keyfile.KeyFileTest.FAST;
import static org.silkchain.crypto.keyfile.KeyFileTest.RANDOM;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;

/**
 * Neither the passphrase nor the secret key may appear in any exception message, cause or {@code
 * toString} this package produces, in any of the usual spellings of bytes.
 */
class KeyFileSecrecyTest {
  private static final String PASSPHRASE = "tiger-茶叶-Passphrase-9137";

  @ParameterizedTest
  @EnumSource(SuiteId.class)
  void noMessageOrToStringRevealsThePassphraseOrTheSecret(SuiteId suite) throws Exception {
    KeyPair signing = SignatureSuite.of(suite).generate(RANDOM);
    EncryptionKeyPair encryption = EncryptionKeyPair.generate(suite, RANDOM);
    KeyFile signingFile = KeyFileCipher.seal(signing, PASSPHRASE.toCharArray(), FAST, RANDOM);
    KeyFile encryptionFile = KeyFileCipher.seal(encryption, PASSPHRASE.toCharArray(), FAST, RANDOM);

    List<String> exposed = new ArrayList<>();
    exposed.add(signing.toString());
    exposed.add(signing.privateKey().toString());
    exposed.add(encryption.toString());
    exposed.add(encryption.privateKey().toString());
    exposed.add(signingFile.toString());
    exposed.add(encryptionFile.toString());
    exposed.add(signingFile.toText());
    exposed.add(FAST.toString());
    char[] wrong = (PASSPHRASE + "x").toCharArray();
    collect(exposed, () -> KeyFileCipher.openSigningKey(signingFile, wrong));
    collect(exposed, () -> KeyFileCipher.openEncryptionKey(encryptionFile, wrong));
    collect(exposed, () -> KeyFileCipher.openEncryptionKey(signingFile, PASSPHRASE.toCharArray()));
    collect(exposed, () -> KeyFile.parse(signingFile.toText().replace("version=1", "version=7")));
    collect(exposed, () -> KeyFile.parse(signingFile.toText().replace("kdf=", "kdf:")));
    collect(
        exposed,
        () -> KeyFile.parse(signingFile.toText().replace("\ncipher=", "\ncipher=" + PASSPHRASE)));
    collect(
        exposed,
        () ->
            KeyFile.parse(
                signingFile.toText().replace("\nsalt=", "\nsalt=" + hex(signing) + "zz")));

    assertThat(exposed).hasSizeGreaterThan(12);
    List<String> forbidden = new ArrayList<>();
    forbidden.add(PASSPHRASE);
    for (Bytes secret : List.of(signing.privateKey().secret(), encryption.privateKey().secret())) {
      forbidden.add(secret.toHex());
      forbidden.add(secret.toHex().toUpperCase(Locale.ROOT));
      forbidden.add(Base64.getEncoder().encodeToString(secret.toArray()));
      forbidden.add(new BigInteger(1, secret.toArray()).toString());
      forbidden.add(secret.toString());
    }
    for (String text : exposed) {
      for (String secret : forbidden) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  private static String hex(KeyPair pair) {
    return pair.privateKey().secret().toHex();
  }

  interface Action {
    Object run() throws Exception;
  }

  /** Runs {@code action}, which must throw, and records every message in its cause chain. */
  private static void collect(List<String> out, Action action) {
    Throwable thrown = null;
    try {
      action.run();
    } catch (Exception e) {
      thrown = e;
    }
    assertThat(thrown).as("expected a failure").isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      out.add(String.valueOf(t.getMessage()));
      out.add(t.toString());
    }
  }
}
