package org.silkchain.trade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.KeyPair;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;

class RecoveryTest {
  private static final long DAY = 24 * 60 * 60 * 1000L;
  private final Consortium c = new Consortium();
  private final TradeChain chain = c.chain;
  private final KeyPair fresh = TradeChain.key("fresh");
  private final AccountTarget target = new AccountTarget(c.traderCn.id());

  @BeforeEach
  void guardians() {
    chain.ok(
        c.traderCn,
        IdentityModule.SET_GUARDIANS,
        "identity",
        new Guardians(List.of(c.bankCn.id(), c.bankDe.id(), c.bankFr.id()), 2, DAY));
  }

  private ProposeRecovery proposal() {
    return new ProposeRecovery(c.traderCn.id(), List.of(fresh.publicKey()), 1);
  }

  @Test
  void recoveryAfterDelayReplacesKeys() {
    assertThat(
            chain.act(c.traderDe, IdentityModule.PROPOSE_RECOVERY, "identity", proposal()).code())
        .isEqualTo(IdentityCodes.NOT_GUARDIAN);
    chain.ok(c.bankCn, IdentityModule.PROPOSE_RECOVERY, "identity", proposal());
    assertThat(chain.act(c.bankCn, IdentityModule.APPROVE_RECOVERY, "identity", target).code())
        .isEqualTo(IdentityCodes.ALREADY_APPROVED);
    assertThat(chain.act(c.bankFr, IdentityModule.FINALIZE_RECOVERY, "identity", target).code())
        .isEqualTo(IdentityCodes.NOT_ENOUGH_APPROVALS);
    chain.ok(c.bankDe, IdentityModule.APPROVE_RECOVERY, "identity", target);
    assertThat(chain.act(c.bankFr, IdentityModule.FINALIZE_RECOVERY, "identity", target).code())
        .isEqualTo(IdentityCodes.DELAY_NOT_OVER);
    chain.advance(DAY);
    chain.ok(c.bankFr, IdentityModule.FINALIZE_RECOVERY, "identity", target);
    assertThat(Accounts.read(chain.view(), c.traderCn.id()).orElseThrow().keys())
        .containsExactly(fresh.publicKey());
    assertThat(chain.view().get(Identities.recoveryKey(c.traderCn.id()))).isEmpty();
  }

  @Test
  void currentKeyCancelsWithinDelay() {
    chain.ok(c.bankCn, IdentityModule.PROPOSE_RECOVERY, "identity", proposal());
    chain.ok(c.bankDe, IdentityModule.APPROVE_RECOVERY, "identity", target);
    assertThat(chain.act(c.bankCn, IdentityModule.CANCEL_RECOVERY, "identity", target).code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    chain.advance(DAY / 2);
    chain.ok(c.traderCn, IdentityModule.CANCEL_RECOVERY, "identity", target);
    chain.advance(DAY);
    assertThat(chain.act(c.bankFr, IdentityModule.FINALIZE_RECOVERY, "identity", target).code())
        .isEqualTo(IdentityCodes.NO_RECOVERY);
    assertThat(Accounts.read(chain.view(), c.traderCn.id()).orElseThrow().keys())
        .containsExactly(c.traderCn.key().publicKey());
  }

  @Test
  void onePendingRecoveryAtATime() {
    chain.ok(c.bankCn, IdentityModule.PROPOSE_RECOVERY, "identity", proposal());
    assertThat(chain.act(c.bankDe, IdentityModule.PROPOSE_RECOVERY, "identity", proposal()).code())
        .isEqualTo(IdentityCodes.RECOVERY_PENDING);
    assertThat(
            chain
                .act(
                    c.traderCn,
                    IdentityModule.SET_GUARDIANS,
                    "identity",
                    new Guardians(List.of(c.bankCn.id()), 1, DAY))
                .code())
        .isEqualTo(IdentityCodes.RECOVERY_PENDING);
  }
}
