package org.silkchain.trade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.account.Delegation;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;

class DelegationTest {
  private static final long HOUR = 60 * 60 * 1000L;
  private final Consortium c = new Consortium().withMoney(10_000);
  private final TradeChain chain = c.chain;
  private final KeyPair session = TradeChain.key("session");

  private Delegate delegate(KeyPair key, long forMillis, String... scope) {
    return new Delegate(key.publicKey(), chain.time() + forMillis, List.of(scope));
  }

  private Payload transfer(long amount) {
    return CurrencyModule.TRANSFER.payload(
        "currency", new Movement("CNY", c.traderCn.id(), amount));
  }

  private TxResult bySession(Payload payload) {
    return chain.submit(c.bankCn.id(), List.of(session), payload);
  }

  private static ResultCode code(TxResult r) {
    return switch (r) {
      case TxResult.Invalid i -> i.code();
      case TxResult.Executed e -> e.receipt().code();
    };
  }

  @Test
  void liveInScopeSessionKeySignsForTheAccountWithItsNonce() {
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "currency"));
    long nonce = chain.nonce(c.bankCn.id());

    assertThat(code(bySession(transfer(700)))).isEqualTo(ResultCode.OK);

    assertThat(chain.balance("CNY", c.traderCn)).isEqualTo(700);
    assertThat(chain.nonce(c.bankCn.id())).isEqualTo(nonce + 1);
  }

  @Test
  void sessionKeyOutsideItsScopeOrInIdentityIsInvalid() {
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "currency"));

    Payload revoke =
        IdentityModule.REVOKE_DELEGATION.payload("identity", new SessionKey(session.publicKey()));
    assertThat(code(bySession(revoke))).isEqualTo(ResultCode.DELEGATION_OUT_OF_SCOPE);
    Payload other = IdentityModule.DELEGATE.payload("identity", delegate(session, HOUR, "lc"));
    assertThat(code(bySession(other))).isEqualTo(ResultCode.DELEGATION_OUT_OF_SCOPE);
  }

  @Test
  void identityIsNeverInScope() {
    assertThat(
            chain
                .act(
                    c.bankCn,
                    IdentityModule.DELEGATE,
                    "identity",
                    delegate(session, HOUR, "currency", "identity"))
                .code())
        .isEqualTo(IdentityCodes.INVALID_DELEGATION);
    assertThat(new Delegation(c.bankCn.id(), session.publicKey(), 1, List.of("identity")))
        .satisfies(d -> assertThat(d.covers("identity")).isFalse());
    Delegation smuggled =
        new Delegation(c.bankCn.id(), session.publicKey(), 1, List.of("identity"));
    assertThatThrownBy(() -> Delegation.CODEC.decode(Delegation.CODEC.encode(smuggled)))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void expiredDelegationNoLongerSigns() {
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "currency"));
    chain.advance(HOUR);

    assertThat(code(bySession(transfer(1)))).isEqualTo(ResultCode.DELEGATION_EXPIRED);
  }

  @Test
  void revokedDelegationNoLongerSigns() {
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "currency"));
    chain.ok(
        c.bankCn,
        IdentityModule.REVOKE_DELEGATION,
        "identity",
        new SessionKey(session.publicKey()));

    assertThat(code(bySession(transfer(1)))).isEqualTo(ResultCode.BAD_SIGNATURE);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    IdentityModule.REVOKE_DELEGATION,
                    "identity",
                    new SessionKey(session.publicKey()))
                .code())
        .isEqualTo(IdentityCodes.NO_DELEGATION);
  }

  @Test
  void anotherAccountCannotUseOrRevokeTheDelegation() {
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "currency"));

    assertThat(code(chain.submit(c.bankDe.id(), List.of(session), transfer(1))))
        .isEqualTo(ResultCode.BAD_SIGNATURE);
    assertThat(
            chain
                .act(
                    c.bankDe,
                    IdentityModule.REVOKE_DELEGATION,
                    "identity",
                    new SessionKey(session.publicKey()))
                .code())
        .isEqualTo(IdentityCodes.NO_DELEGATION);
    assertThat(
            chain
                .act(c.bankDe, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "lc"))
                .code())
        .isEqualTo(IdentityCodes.DELEGATION_TAKEN);
  }

  @Test
  void changingKeysEndsEveryDelegation() {
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "currency"));
    chain.ok(
        c.bankCn,
        IdentityModule.SET_KEYS,
        "identity",
        new SetKeys(List.of(c.bankCn.key().publicKey()), 1));

    assertThat(code(bySession(transfer(1)))).isEqualTo(ResultCode.BAD_SIGNATURE);
    assertThat(
            chain.query(IdentityModule.DELEGATIONS, "identity", new AccountTarget(c.bankCn.id())))
        .isEqualTo(new AccountDelegations(List.of()));
  }

  @Test
  void onlySingleSignatureAccountsDelegate() {
    KeyPair second = TradeChain.key("second");
    chain.ok(
        c.bankCn,
        IdentityModule.SET_KEYS,
        "identity",
        new SetKeys(List.of(c.bankCn.key().publicKey(), second.publicKey()), 2));
    var both = List.of(c.bankCn.key(), second);

    assertThat(
            chain
                .act(
                    c.bankCn,
                    both,
                    IdentityModule.DELEGATE,
                    "identity",
                    delegate(session, HOUR, "currency"))
                .code())
        .isEqualTo(IdentityCodes.INVALID_DELEGATION);
  }

  @Test
  void sessionKeySignsAloneOnly() {
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "currency"));

    assertThat(code(chain.submit(c.bankCn.id(), List.of(c.bankCn.key(), session), transfer(1))))
        .isEqualTo(ResultCode.BAD_SIGNATURE);
  }

  @Test
  void expiryMustBeAheadAndWithinThirtyDays() {
    assertThat(
            chain
                .act(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, 0, "lc"))
                .code())
        .isEqualTo(IdentityCodes.DELEGATION_EXPIRED);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    IdentityModule.DELEGATE,
                    "identity",
                    delegate(session, Delegating.MAX_DURATION_MILLIS + 2000, "lc"))
                .code())
        .isEqualTo(IdentityCodes.INVALID_DELEGATION);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    IdentityModule.DELEGATE,
                    "identity",
                    new Delegate(c.bankCn.key().publicKey(), chain.time() + HOUR, List.of("lc")))
                .code())
        .isEqualTo(IdentityCodes.INVALID_DELEGATION);
  }

  @Test
  void liveDelegationsAreBoundedAndExpiredOnesPruned() {
    for (int i = 0; i < 8; i++) {
      chain.ok(
          c.bankCn,
          IdentityModule.DELEGATE,
          "identity",
          delegate(TradeChain.key("s" + i), HOUR, "currency"));
    }
    assertThat(
            chain
                .act(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "lc"))
                .code())
        .isEqualTo(IdentityCodes.DELEGATION_LIMIT);
    chain.advance(HOUR);
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", delegate(session, HOUR, "lc"));
    assertThat(
            chain
                .query(IdentityModule.DELEGATIONS, "identity", new AccountTarget(c.bankCn.id()))
                .delegations())
        .extracting(Delegation::key)
        .containsExactly(session.publicKey());
  }

  @Test
  void queriesAnswerTheStoredDelegation() {
    Delegate body = delegate(session, HOUR, "payments", "currency");
    chain.ok(c.bankCn, IdentityModule.DELEGATE, "identity", body);

    Delegation d =
        chain.query(IdentityModule.DELEGATION, "identity", new SessionKey(session.publicKey()));
    assertThat(d)
        .isEqualTo(
            new Delegation(
                c.bankCn.id(), session.publicKey(), body.expiresAtMillis(), body.scope()));
    assertThat(d.scope()).containsExactly("currency", "payments");
    assertThat(Delegation.CODEC.decode(Delegation.CODEC.encode(d))).isEqualTo(d);
    assertThat(Delegate.CODEC.decode(Delegate.CODEC.encode(body))).isEqualTo(body);
  }
}
