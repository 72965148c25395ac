package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import org.silkchain.runtime.execution.ExecutionContext;

/**
 * Housekeeping: anyone may mark a credit with no presentation open as expired once its expiry (on
 * the next banking day if the bank is closed then, Art. 29(a)) has passed. A presentation made in
 * time is still decided and settled after expiry.
 */
final class Expiring {
  private Expiring() {}

  static void expire(ExecutionContext ctx, CreditRef ref) {
    Credit credit = Credits.existing(ctx, ref.credit());
    Credits.requireState(credit, Credit.State.APPLIED, Credit.State.ISSUED, Credit.State.ADVISED);
    require(
        Credits.expired(ctx, credit),
        LcCodes.NOT_EXPIRED,
        () -> "the credit is valid until " + credit.terms().expiryDate());
    Credit expired = credit.in(Credit.State.EXPIRED);
    Credits.store(ctx, expired);
    Credits.emit(ctx, "expired", expired);
  }
}
