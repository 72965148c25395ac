package org.silkchain.crypto.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;

/**
 * Every case of Wycheproof's {@code ed25519_test.json} through the path a Silkchain node takes: the
 * key through {@link SignatureSuite#publicKey}, the signature through the {@link Signature} record
 * (64 bytes), then {@link SignatureSuite#verify}. A key or signature that cannot be constructed
 * counts as rejected. The file has no "acceptable" cases; every invalid one, including malleable S
 * and non-canonical encodings, must be rejected.
 */
class Ed25519WycheproofTest {
  private static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.ED25519);

  @Test
  void everyCaseMatchesItsExpectedResult() {
    WycheproofFile file = WycheproofFile.load("ed25519_test.json");
    List<String> wrong = new ArrayList<>();
    int tested = 0;
    int valid = 0;
    for (WycheproofFile.Case c : file.cases()) {
      assertThat(c.result()).isIn("valid", "invalid");
      Bytes pk = Bytes.fromHex(c.group().get("publicKey").get("pk").asText());
      boolean accepted = accepts(pk, c.hex("msg"), c.hex("sig"));
      if (accepted != c.result().equals("valid")) {
        wrong.add(c + (accepted ? " accepted" : " rejected"));
      }
      valid += accepted ? 1 : 0;
      tested++;
    }
    assertThat(wrong).isEmpty();
    assertThat(tested).isEqualTo(file.numberOfTests()).isEqualTo(151);
    assertThat(valid).isEqualTo(88);
  }

  private static boolean accepts(Bytes pk, Bytes msg, Bytes sig) {
    PublicKey key;
    Signature signature;
    try {
      key = SUITE.publicKey(pk);
      signature = new Signature(sig);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return SUITE.verify(key, msg, signature);
  }
}
