package org.silkchain.crypto.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hkdf;

/**
 * Every case of Wycheproof's {@code hkdf_sha256_test.json} through {@link Hkdf#sha256}. The invalid
 * cases ask for more than 255 * 32 bytes, which must be refused.
 */
class HkdfWycheproofTest {

  @Test
  void everyCaseMatchesItsExpectedResult() {
    WycheproofFile file = WycheproofFile.load("hkdf_sha256_test.json");
    List<String> wrong = new ArrayList<>();
    int tested = 0;
    int invalid = 0;
    for (WycheproofFile.Case c : file.cases()) {
      int size = c.test().get("size").asInt();
      switch (c.result()) {
        case "valid" -> {
          Bytes okm = Hkdf.sha256(c.hex("ikm"), c.hex("salt"), c.hex("info"), size);
          if (!okm.equals(c.hex("okm"))) {
            wrong.add(c.toString());
          }
        }
        case "invalid" -> {
          assertThatThrownBy(() -> Hkdf.sha256(c.hex("ikm"), c.hex("salt"), c.hex("info"), size))
              .as(c.toString())
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("output length");
          invalid++;
        }
        default -> wrong.add(c + ": unexpected result kind");
      }
      tested++;
    }
    assertThat(wrong).isEmpty();
    assertThat(tested).isEqualTo(file.numberOfTests()).isEqualTo(86);
    assertThat(invalid).isEqualTo(3);
  }
}
