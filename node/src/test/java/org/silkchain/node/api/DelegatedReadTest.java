package org.silkchain.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Delegation;
import org.silkchain.runtime.account.Delegations;
import org.silkchain.runtime.state.StateAccess;

/**
 * A signed read by a session key the account delegated authenticates as the account while the
 * delegation is live at the read state's block time; expired, foreign or multi-signature ones do
 * not. The state is the one the identity module writes ({@link Delegations}).
 */
class DelegatedReadTest {
  private static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.ED25519);
  private static final long EXPIRES = 1_000_000L;
  private final SecureRandom random = new SecureRandom();
  private final KeyPair member = SUITE.generate(random);
  private final KeyPair session = SUITE.generate(random);
  private final AccountId account =
      AccountId.fromInitialKeys(SUITE.hash(), List.of(member.publicKey()));
  private final TreeMap<Bytes, Bytes> state = new TreeMap<>();
  private final StateAccess view = key -> Optional.ofNullable(state.get(key));
  private final Bytes message = RequestAuth.message("GET", "/api/v1/query/x/y", new byte[0], 5);

  private void put(AccountId id, AccountRecord record, Delegation... delegations) {
    state.put(Accounts.key(id), Accounts.encode(record));
    for (Delegation d : delegations) {
      state.put(Delegations.key(d.key()), Delegation.CODEC.encode(d));
    }
    state.put(
        Delegations.indexKey(id),
        Delegations.INDEX.encode(
            List.of(delegations).stream().map(Delegation::key).sorted().toList()));
  }

  private Signature signed(KeyPair key) {
    return SUITE.sign(key.privateKey(), message);
  }

  private Delegation delegation(AccountId by) {
    return new Delegation(by, session.publicKey(), EXPIRES, List.of("currency"));
  }

  @Test
  void liveSessionKeyReadsForItsAccount() throws ApiException {
    put(account, AccountRecord.single(member.publicKey(), Set.of()), delegation(account));

    assertThat(RequestAuth.signer(account, message, signed(session), view, EXPIRES - 1))
        .isEqualTo(account);
    assertThat(RequestAuth.signer(account, message, signed(member), view, EXPIRES + 1))
        .isEqualTo(account);
  }

  @Test
  void expiredSessionKeyIsRefused() {
    put(account, AccountRecord.single(member.publicKey(), Set.of()), delegation(account));

    assertThatThrownBy(() -> RequestAuth.signer(account, message, signed(session), view, EXPIRES))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.code()).isEqualTo("UNAUTHENTICATED");
              assertThat(e.field()).contains(RequestAuth.SIGNATURE);
            });
  }

  @Test
  void sessionKeyOfAnotherAccountIsRefused() {
    KeyPair other = SUITE.generate(random);
    AccountId otherId = AccountId.fromInitialKeys(SUITE.hash(), List.of(other.publicKey()));
    put(account, AccountRecord.single(member.publicKey(), Set.of()));
    put(otherId, AccountRecord.single(other.publicKey(), Set.of()), delegation(otherId));
    // even listed in the account's index, a delegation by another account does not count
    state.put(
        Delegations.indexKey(account), Delegations.INDEX.encode(List.of(session.publicKey())));

    assertThatThrownBy(() -> RequestAuth.signer(account, message, signed(session), view, 1))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void multiSignatureAccountsDoNotReadWithSessionKeys() {
    KeyPair second = SUITE.generate(random);
    put(
        account,
        new AccountRecord(0, List.of(member.publicKey(), second.publicKey()), 2, Set.of(), false),
        delegation(account));

    assertThatThrownBy(() -> RequestAuth.signer(account, message, signed(session), view, 1))
        .isInstanceOf(ApiException.class);
  }
}
