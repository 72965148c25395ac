package org.silkchain.crypto.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Aead;

/**
 * Every case of Wycheproof's AES-GCM and SM4-GCM files through {@link Aead}, the cipher the
 * envelopes and key files use.
 *
 * <p>{@link Aead} accepts only 96-bit nonces and 128-bit tags. Cases with another nonce size (8 to
 * 2056 bits, or none) are not decrypted; instead the test asserts that both seal and open refuse
 * them. Every 96-bit case is checked both ways: sealing {@code msg} must give {@code ct || tag} for
 * valid cases, and opening must return {@code msg} for valid cases and nothing for invalid ones.
 */
class AeadWycheproofTest {

  @ParameterizedTest
  @CsvSource({"aes_gcm_test.json, AES_GCM, 316, 197", "sm4_gcm_test.json, SM4_GCM, 104, 65"})
  void everyCaseMatchesOrHasItsNonceSizeRefused(
      String name, Aead aead, int total, int withStandardNonce) {
    WycheproofFile file = WycheproofFile.load(name);
    List<String> wrong = new ArrayList<>();
    int decrypted = 0;
    int refused = 0;
    for (WycheproofFile.Case c : file.cases()) {
      assertThat(c.group().get("tagSize").asInt()).isEqualTo(128);
      Bytes key = c.hex("key");
      Bytes iv = c.hex("iv");
      Bytes aad = c.hex("aad");
      Bytes sealed = c.hex("ct").concat(c.hex("tag"));
      if (iv.size() != Aead.NONCE_SIZE) {
        assertThatThrownBy(() -> aead.open(key, iv, sealed, aad))
            .as(c.toString())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("12-byte nonce");
        assertThatThrownBy(() -> aead.seal(key, iv, c.hex("msg"), aad))
            .as(c.toString())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("12-byte nonce");
        refused++;
        continue;
      }
      Optional<Bytes> opened = aead.open(key, iv, sealed, aad);
      boolean valid = c.result().equals("valid");
      if (valid) {
        if (!opened.equals(Optional.of(c.hex("msg")))
            || !aead.seal(key, iv, c.hex("msg"), aad).equals(sealed)) {
          wrong.add(c.toString());
        }
      } else if (!c.result().equals("invalid") || opened.isPresent()) {
        wrong.add(c + ": accepted");
      }
      decrypted++;
    }
    assertThat(wrong).isEmpty();
    assertThat(decrypted + refused).isEqualTo(file.numberOfTests()).isEqualTo(total);
    assertThat(decrypted).isEqualTo(withStandardNonce);
  }
}
