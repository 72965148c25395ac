package org.silkchain.trade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;

/**
 * Whatever the delegation, the clock, the revocation and the payload: a session key authorises a
 * transaction exactly when it is delegated by the sender, not revoked, not expired at the block
 * time, and its scope covers the payload's module, which is never identity.
 */
class DelegationProperties {
  private static final List<String> MODULES = List.of("currency", "payments", "lc", "identity");

  @Provide
  Arbitrary<Set<String>> scopes() {
    return Arbitraries.of("currency", "payments", "lc").set().ofMinSize(1);
  }

  @Provide
  Arbitrary<String> modules() {
    return Arbitraries.of(MODULES);
  }

  @Property(tries = 60)
  void onlyALiveInScopeDelegationOfTheSenderAuthorises(
      @ForAll("scopes") Set<String> scope,
      @ForAll("modules") String module,
      @ForAll @IntRange(min = 2, max = 60) int lifeSeconds,
      @ForAll @IntRange(min = 0, max = 90) int waitSeconds,
      @ForAll boolean revoked,
      @ForAll boolean otherSender) {
    Consortium c = new Consortium();
    TradeChain chain = c.chain;
    KeyPair session = TradeChain.key("session");
    chain.ok(
        c.bankCn,
        IdentityModule.DELEGATE,
        "identity",
        new Delegate(session.publicKey(), chain.time() + 1000L * lifeSeconds, List.copyOf(scope)));
    long expires = chain.time() - 1000 + 1000L * lifeSeconds;
    if (revoked) {
      chain.ok(
          c.bankCn,
          IdentityModule.REVOKE_DELEGATION,
          "identity",
          new SessionKey(session.publicKey()));
    }
    chain.advance(1000L * waitSeconds);
    Party sender = otherSender ? c.bankDe : c.bankCn;
    long blockTime = chain.time() + 1000;

    TxResult r =
        chain.submit(sender.id(), List.of(session), new Payload(module, "anything", Bytes.EMPTY));

    boolean allowed =
        !revoked
            && !otherSender
            && blockTime < expires
            && scope.contains(module)
            && !module.equals("identity");
    assertThat(r instanceof TxResult.Executed)
        .as("%s scope %s module %s at %d expiring %d", r, scope, module, blockTime, expires)
        .isEqualTo(allowed);
  }
}
