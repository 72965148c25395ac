package org.silkchain.crypto.wycheproof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.X25519;

/**
 * Every case of Wycheproof's {@code x25519_test.json} through {@link X25519#agree}, the function
 * the envelope key-wrap uses.
 *
 * <p>Policy for "acceptable" cases (RFC 7748 allows either outcome): Silkchain computes the RFC
 * 7748 result for every public key (twist points and non-canonical u-coordinates included) and
 * rejects only an all-zero shared secret, i.e. a low-order public key. So an acceptable case must
 * match the expected secret unless that secret is zero, and then it must be rejected.
 */
class X25519WycheproofTest {
  private static final Bytes ZERO = Bytes.wrap(new byte[32]);

  @Test
  void everyCaseMatchesItsExpectedResult() {
    WycheproofFile file = WycheproofFile.load("x25519_test.json");
    List<String> wrong = new ArrayList<>();
    int tested = 0;
    int rejected = 0;
    for (WycheproofFile.Case c : file.cases()) {
      assertThat(c.result()).isIn("valid", "acceptable");
      Bytes expected = c.hex("shared");
      Optional<Bytes> shared = X25519.agree(c.hex("private"), c.hex("public"));
      if (expected.equals(ZERO)) {
        if (shared.isPresent() || c.result().equals("valid") || !c.hasFlag("ZeroSharedSecret")) {
          wrong.add(c + ": a zero shared secret must be rejected, and only for acceptable cases");
        }
        rejected++;
      } else if (!shared.equals(Optional.of(expected))) {
        wrong.add(c + ": got " + shared);
      }
      tested++;
    }
    assertThat(wrong).isEmpty();
    assertThat(tested).isEqualTo(file.numberOfTests()).isEqualTo(518);
    assertThat(rejected).isEqualTo(31);
  }

  @Test
  void publicKeyOfThePrivateKeyMatchesRfc7748() {
    // RFC 7748 section 6.1, Alice's key pair.
    Bytes alice = Bytes.fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    assertThat(X25519.publicKey(alice).toHex())
        .isEqualTo("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
  }
}
