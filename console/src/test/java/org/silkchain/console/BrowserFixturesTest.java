package org.silkchain.console;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.keyfile.KeyFile;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.trade.currency.CurrencyAccount;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.identity.AccountTarget;

/**
 * The Java side of what the browser must reproduce byte for byte: a signed currency transfer (body
 * encoding, id, signature, envelope), the query requests the console sends, and a key file. Written
 * here by the real codecs and checked in as {@code test/fixtures/java.json}; the browser code's own
 * test ({@code test/encoding.test.ts}, run by {@code npm test}) compares its output with the same
 * file. Ed25519 signatures are deterministic, so the whole file is.
 *
 * <p>After a deliberate format change, regenerate with {@code -Dconsole.fixtures.write=true}.
 */
class BrowserFixturesTest {
  @Test
  void theCheckedInFixtureIsWhatTheJavaCodecsWrite() throws Exception {
    Fixtures.check("java", fixture());
  }

  static Map<String, Object> fixture() throws Exception {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    byte[] seed = new byte[32];
    for (int i = 0; i < seed.length; i++) {
      seed[i] = (byte) (i + 1);
    }
    KeyPair key = suite.fromPrivate(new PrivateKey(SuiteId.ED25519, Bytes.wrap(seed.clone())));
    AccountId sender = AccountId.fromInitialKeys(suite.hash(), List.of(key.publicKey()));
    AccountId recipient = AccountId.fromHex("ab".repeat(32));
    Bytes movement = Movement.CODEC.encode(new Movement("CNY", recipient, 123_456_789L));
    TransactionBody body =
        new TransactionBody(
            ChainId.of("silk-local"),
            sender,
            7,
            new ValidityWindow(3, 1_000_000),
            new Payload("currency", "transfer", movement));
    SignedTransaction signed = SignedTransaction.sign(body, List.of(key), suite);

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("seed", Bytes.wrap(seed).toHex());
    out.put("publicKey", key.publicKey().bytes().toHex());
    out.put("accountId", sender.toString());
    out.put("chainId", "silk-local");
    out.put("nonce", 7);
    out.put("validFrom", 3);
    out.put("validUntil", 1_000_000);
    out.put("recipient", recipient.toString());
    out.put("amount", 123_456_789L);
    out.put("movement", movement.toHex());
    out.put("issue", Issue.CODEC.encode(new Issue("SGD", 2)).toHex());
    // The central bank's burn from a bank's account, encoded by the codec the action declares.
    out.put(
        "burn", CurrencyModule.BURN.body().encode(new Movement("SGD", recipient, 250L)).toHex());
    out.put("body", body.encode().toHex());
    out.put("transactionId", signed.id(suite.hash()).toString());
    out.put("signedTransaction", signed.encode().toHex());
    out.put(
        "balanceRequest", CurrencyAccount.CODEC.encode(new CurrencyAccount("CNY", sender)).toHex());
    out.put("accountTarget", AccountTarget.CODEC.encode(new AccountTarget(sender)).toHex());
    // A key file with the lowest scrypt costs (fast to open in a test), made deterministic by a
    // seeded SHA1PRNG: the same salt and nonce every run.
    SecureRandom fixed = SecureRandom.getInstance("SHA1PRNG");
    fixed.setSeed(42);
    KeyFile file =
        KeyFileCipher.seal(
            key, "correct horse 马".toCharArray(), new ScryptParameters(10, 8, 1), fixed);
    out.put("keyFilePassphrase", "correct horse 马");
    out.put("keyFile", file.toText());
    return out;
  }
}
