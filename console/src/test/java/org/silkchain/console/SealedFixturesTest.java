package org.silkchain.console;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EncryptionPrivateKey;
import org.silkchain.crypto.envelope.WrappedKey;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;

/**
 * Sealed content for the browser's {@code openSealed} ({@code test/sealed.test.ts}): a known
 * content sealed by the real {@link Sealer} to two deterministic X25519 keys (made repeatable by a
 * seeded SHA1PRNG), in the JSON the API answers with, the keys' secrets, an outsider's key, and an
 * encryption key file for {@code openEncryptionKey}.
 */
class SealedFixturesTest {
  static final String CONTENT = "Letter of credit 信用证 no. 42: 1,000,000.00 SGD";

  @Test
  void sealedFixtures() throws Exception {
    EncryptionKeyPair regulator = key(101);
    EncryptionKeyPair bank = key(151);
    EncryptionKeyPair outsider = key(201);
    SecureRandom fixed = SecureRandom.getInstance("SHA1PRNG");
    fixed.setSeed(9);
    Sealed sealed =
        new Sealer(HashFunction.sha256(), fixed)
            .seal(
                Bytes.wrap(CONTENT.getBytes(StandardCharsets.UTF_8)),
                List.of(regulator.publicKey(), bank.publicKey()));
    // The round trip in Java first: the fixture is what Sealer opens.
    Bytes opened = new Sealer(HashFunction.sha256(), fixed).open(sealed, regulator);

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("content", opened.toHex());
    out.put("contentText", CONTENT);
    out.put("sealed", json(sealed));
    out.put("recipient", pair(regulator));
    out.put("secondRecipient", pair(bank));
    out.put("outsider", pair(outsider));
    out.put("keyFilePassphrase", "监管 passphrase");
    out.put(
        "keyFile",
        KeyFileCipher.seal(
                regulator, "监管 passphrase".toCharArray(), new ScryptParameters(10, 8, 1), fixed)
            .toText());
    Fixtures.check("sealed", out);
  }

  static EncryptionKeyPair key(int first) {
    byte[] secret = new byte[32];
    for (int i = 0; i < secret.length; i++) {
      secret[i] = (byte) (first + i);
    }
    return EncryptionKeyPair.fromPrivate(
        new EncryptionPrivateKey(SuiteId.ED25519, Bytes.wrap(secret)));
  }

  private static Map<String, Object> pair(EncryptionKeyPair key) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("secret", key.privateKey().secret().toHex());
    out.put("publicKey", key.publicKey().bytes().toHex());
    return out;
  }

  /** As the API's AnswerJson renders a Sealed record. */
  static Map<String, Object> json(Sealed sealed) {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (WrappedKey k : sealed.envelope().wrappedKeys()) {
      Map<String, Object> recipient = new LinkedHashMap<>();
      recipient.put("suite", k.recipient().suite().name());
      recipient.put("bytes", k.recipient().bytes().toHex());
      Map<String, Object> wrapped = new LinkedHashMap<>();
      wrapped.put("recipient", recipient);
      wrapped.put("wrapped", k.wrapped().toHex());
      keys.add(wrapped);
    }
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("suite", sealed.envelope().suite().name());
    envelope.put("nonce", sealed.envelope().nonce().toHex());
    envelope.put("ciphertext", sealed.envelope().ciphertext().toHex());
    envelope.put("wrappedKeys", keys);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("envelope", envelope);
    body.put("commitment", sealed.commitment().toHex());
    return body;
  }
}
