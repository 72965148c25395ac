package org.silkchain.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.SessionKey;

/**
 * The Java side of what the sign-in screen sends for a session key: the {@code identity/delegation}
 * query request ({@link SessionKey}) and the account screen's {@code identity/revoke-delegation}
 * body, written by the real codecs; {@code test/delegation.test.ts} compares the browser's encoding
 * with {@code test/fixtures/delegation.json}.
 */
class DelegationFixturesTest {
  @Test
  void theCheckedInFixtureIsWhatTheJavaCodecsWrite() throws Exception {
    Fixtures.check("delegation", fixture());
  }

  static Map<String, Object> fixture() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, String>> keys = new java.util.ArrayList<>();
    for (int n : new int[] {1, 7, 200}) {
      byte[] seed = new byte[32];
      java.util.Arrays.fill(seed, (byte) n);
      KeyPair key = suite.fromPrivate(new PrivateKey(SuiteId.ED25519, Bytes.wrap(seed)));
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("publicKey", key.publicKey().bytes().toHex());
      entry.put(
          "sessionKeyRequest", SessionKey.CODEC.encode(new SessionKey(key.publicKey())).toHex());
      // identity/revoke-delegation's body, by the codec the action declares.
      entry.put(
          "revokeBody",
          IdentityModule.REVOKE_DELEGATION.body().encode(new SessionKey(key.publicKey())).toHex());
      keys.add(entry);
    }
    out.put("sessionKeys", keys);
    return out;
  }
}
