package org.silkchain.runtime.execution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.ModuleRegistry;
import org.silkchain.runtime.state.StateAccess;

/** A runtime over a map state with the counter module, and deterministic keys. */
final class Fixture {
  static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.ED25519);
  static final ChainId CHAIN = ChainId.of("test-chain");

  final TreeMap<Bytes, Bytes> state = new TreeMap<>();
  final Runtime runtime;

  Fixture(ExecutionLimits limits) {
    runtime =
        new Runtime(
            CHAIN,
            SUITE.hash(),
            ModuleRegistry.of(new CounterModule()),
            limits,
            SignatureCheck.verifying(SUITE));
  }

  Fixture() {
    this(ExecutionLimits.DEFAULT);
  }

  static KeyPair key(String name) {
    return SUITE.fromPrivate(
        new PrivateKey(SuiteId.ED25519, SUITE.hash().digest(Bytes.utf8(name)).bytes()));
  }

  AccountId account(AccountRecord record, String idSeed) {
    AccountId id = AccountId.derive(SUITE.hash(), Bytes.utf8(idSeed));
    state.put(Accounts.key(id), Accounts.encode(record));
    return id;
  }

  AccountId single(KeyPair key, Role... roles) {
    return account(
        AccountRecord.single(key.publicKey(), Set.of(roles)), key.publicKey().toString());
  }

  StateAccess view() {
    return key -> Optional.ofNullable(state.get(key));
  }

  static SignedTransaction tx(
      AccountId sender, long nonce, Payload payload, List<KeyPair> signers) {
    return SignedTransaction.sign(
        new TransactionBody(CHAIN, sender, nonce, new ValidityWindow(0, 1000), payload),
        signers,
        SUITE);
  }

  /** Applies an executed result to the state. */
  void apply(TxResult result) {
    if (result instanceof TxResult.Executed e) {
      e.writes()
          .forEach(
              (k, v) -> {
                if (v.isPresent()) {
                  state.put(k, v.get());
                } else {
                  state.remove(k);
                }
              });
    }
  }
}
