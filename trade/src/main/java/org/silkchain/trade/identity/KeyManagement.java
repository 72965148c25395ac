package org.silkchain.trade.identity;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;

/**
 * Key rotation, multi-signature thresholds and guardian recovery.
 *
 * <p>Recovery: a guardian proposes new keys for an account; when {@code threshold} guardians have
 * approved, the recovery becomes ready {@code delayMillis} of block time later; then anyone may
 * finalize it, replacing the account's keys. Until it is finalized, the account's current keys
 * (which the runtime checked on the transaction) can cancel it. Time is the block's timestamp.
 */
final class KeyManagement {
  private KeyManagement() {}

  static void setKeys(ExecutionContext ctx, SetKeys body) {
    require(
        AccountRecord.validKeys(body.keys().size(), body.threshold()),
        IdentityCodes.INVALID_KEYS,
        "need 1..16 keys and 1 <= threshold <= keys");
    AccountRecord account = ctx.account(ctx.sender()).orElseThrow();
    ctx.putAccount(ctx.sender(), account.withKeys(body.keys(), body.threshold()));
    Delegating.endAll(ctx, ctx.sender());
    ctx.emit(
        Event.of(IdentityModule.NAME, "keys-set")
            .with("account", ctx.sender().toString())
            .with("threshold", body.threshold()));
  }

  static void setGuardians(ExecutionContext ctx, Guardians body) {
    require(
        !body.guardians().contains(ctx.sender()),
        IdentityCodes.INVALID_GUARDIANS,
        "an account cannot guard itself");
    for (AccountId g : body.guardians()) {
      require(ctx.account(g).isPresent(), IdentityCodes.INVALID_GUARDIANS, () -> "no account " + g);
    }
    require(
        ctx.get(Identities.recoveryKey(ctx.sender())).isEmpty(),
        IdentityCodes.RECOVERY_PENDING,
        "cancel the pending recovery first");
    ctx.write(Identities.guardiansKey(ctx.sender()), Guardians.CODEC, body);
    ctx.emit(
        Event.of(IdentityModule.NAME, "guardians-set").with("account", ctx.sender().toString()));
  }

  static void propose(ExecutionContext ctx, ProposeRecovery body) {
    Guardians guardians = guardiansOf(ctx, body.target());
    require(
        AccountRecord.validKeys(body.keys().size(), body.threshold()),
        IdentityCodes.INVALID_KEYS,
        "need 1..16 keys and 1 <= threshold <= keys");
    require(
        ctx.get(Identities.recoveryKey(body.target())).isEmpty(),
        IdentityCodes.RECOVERY_PENDING,
        "a recovery is already pending");
    Recovery recovery =
        new Recovery(body.keys(), body.threshold(), java.util.List.of(ctx.sender()), 0);
    store(ctx, body.target(), guardians, recovery, "recovery-proposed");
  }

  static void approve(ExecutionContext ctx, AccountTarget body) {
    Guardians guardians = guardiansOf(ctx, body.account());
    Recovery recovery = pending(ctx, body.account());
    require(
        !recovery.approvals().contains(ctx.sender()),
        IdentityCodes.ALREADY_APPROVED,
        "this guardian already approved");
    store(ctx, body.account(), guardians, recovery.approvedBy(ctx.sender()), "recovery-approved");
  }

  static void cancel(ExecutionContext ctx, AccountTarget body) {
    require(
        body.account().equals(ctx.sender()),
        ResultCode.UNAUTHORIZED,
        "only the account itself can cancel its recovery");
    pending(ctx, body.account());
    ctx.delete(Identities.recoveryKey(body.account()));
    ctx.emit(event("recovery-cancelled", body.account()));
  }

  static void finalizeRecovery(ExecutionContext ctx, AccountTarget body) {
    Recovery recovery = pending(ctx, body.account());
    require(recovery.ready(), IdentityCodes.NOT_ENOUGH_APPROVALS, "approvals are missing");
    require(
        ctx.blockTimeMillis() >= recovery.readyAtMillis(),
        IdentityCodes.DELAY_NOT_OVER,
        () -> "ready at " + recovery.readyAtMillis() + ", block time " + ctx.blockTimeMillis());
    AccountRecord account =
        ctx.account(body.account())
            .orElseThrow(() -> new Rejection(ResultCode.NOT_FOUND, "no account"));
    ctx.putAccount(body.account(), account.withKeys(recovery.newKeys(), recovery.newThreshold()));
    Delegating.endAll(ctx, body.account());
    ctx.delete(Identities.recoveryKey(body.account()));
    ctx.emit(event("recovered", body.account()));
  }

  private static void store(
      ExecutionContext ctx, AccountId target, Guardians guardians, Recovery r, String type) {
    if (!r.ready() && r.approvals().size() >= guardians.threshold()) {
      r = r.readyAt(Math.addExact(ctx.blockTimeMillis(), guardians.delayMillis()));
    }
    ctx.write(Identities.recoveryKey(target), Recovery.CODEC, r);
    ctx.emit(
        event(type, target)
            .with("guardian", ctx.sender().toString())
            .with("approvals", r.approvals().size()));
  }

  private static Guardians guardiansOf(ExecutionContext ctx, AccountId target) {
    Optional<Guardians> guardians = ctx.read(Identities.guardiansKey(target), Guardians.CODEC);
    require(guardians.isPresent(), IdentityCodes.NO_GUARDIANS, "the account has no guardians");
    require(
        guardians.get().guardians().contains(ctx.sender()),
        IdentityCodes.NOT_GUARDIAN,
        "the sender is not a guardian of the account");
    return guardians.get();
  }

  private static Recovery pending(ExecutionContext ctx, AccountId target) {
    return ctx.read(Identities.recoveryKey(target), Recovery.CODEC)
        .orElseThrow(() -> new Rejection(IdentityCodes.NO_RECOVERY, "no recovery is pending"));
  }

  private static Event event(String type, AccountId account) {
    return Event.of(IdentityModule.NAME, type).with("account", account.toString());
  }
}
