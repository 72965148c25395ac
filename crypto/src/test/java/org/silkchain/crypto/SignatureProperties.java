package org.silkchain.crypto;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.silkchain.codec.Bytes;

class SignatureProperties {
  private static final Map<SuiteId, KeyPair> KEYS = new EnumMap<>(SuiteId.class);

  static {
    SecureRandom random = new SecureRandom();
    for (SuiteId id : SuiteId.values()) {
      KEYS.put(id, SignatureSuite.of(id).generate(random));
    }
  }

  @Property(tries = 200)
  boolean signedMessagesVerifyAndMutatedOnesDoNot(
      @ForAll SuiteId id,
      @ForAll @Size(min = 1, max = 512) byte[] message,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    SignatureSuite suite = SignatureSuite.of(id);
    KeyPair pair = KEYS.get(id);
    Signature sig = suite.sign(pair.privateKey(), Bytes.of(message));
    byte[] mutated = message.clone();
    mutated[position % mutated.length] ^= (byte) (1 << bit);
    return suite.verify(pair.publicKey(), Bytes.of(message), sig)
        && !suite.verify(pair.publicKey(), Bytes.wrap(mutated), sig);
  }
}
