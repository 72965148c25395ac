package org.silkchain.trade.identity;

import java.util.List;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Delegation;
import org.silkchain.runtime.account.Delegations;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;

/**
 * Identity and permissioning: members from genesis ({@link IdentityGenesis}), customer accounts
 * opened by banks, key rotation and m-of-n keys, guardian recovery, and freezing.
 *
 * <p>Actions (payload {@code identity/<action>}): {@code open-customer} (commercial bank), {@code
 * set-keys}, {@code set-guardians}, {@code propose-recovery}, {@code approve-recovery}, {@code
 * cancel-recovery}, {@code finalize-recovery}, {@code set-encryption-key} (any account; the rules
 * check who), {@code delegate}, {@code revoke-delegation} (session keys, {@link Delegating}),
 * {@code freeze}, {@code unfreeze} (regulator). Queries: {@code account}, {@code member}, {@code
 * customer}, {@code guardians}, {@code recovery}, {@code encryption-key}, {@code delegations}, each
 * by {@link AccountTarget}; {@code delegation} by {@link SessionKey} (the stored delegation, live
 * or expired: compare {@code expiresAtMillis} with the block time). Members are indexed by
 * jurisdiction and role ({@link Jurisdictions}).
 */
public final class IdentityModule implements TradeModule {
  public static final String NAME = "identity";

  public static final Action<OpenCustomer> OPEN_CUSTOMER =
      Action.restricted(
          "open-customer", OpenCustomer.CODEC, Onboarding::openCustomer, Role.COMMERCIAL_BANK);
  public static final Action<SetKeys> SET_KEYS =
      Action.open("set-keys", SetKeys.CODEC, KeyManagement::setKeys);
  public static final Action<Guardians> SET_GUARDIANS =
      Action.open("set-guardians", Guardians.CODEC, KeyManagement::setGuardians);
  public static final Action<ProposeRecovery> PROPOSE_RECOVERY =
      Action.open("propose-recovery", ProposeRecovery.CODEC, KeyManagement::propose);
  public static final Action<AccountTarget> APPROVE_RECOVERY =
      Action.open("approve-recovery", AccountTarget.CODEC, KeyManagement::approve);
  public static final Action<AccountTarget> CANCEL_RECOVERY =
      Action.open("cancel-recovery", AccountTarget.CODEC, KeyManagement::cancel);
  public static final Action<AccountTarget> FINALIZE_RECOVERY =
      Action.open("finalize-recovery", AccountTarget.CODEC, KeyManagement::finalizeRecovery);
  public static final Action<SetEncryptionKey> SET_ENCRYPTION_KEY =
      Action.open("set-encryption-key", SetEncryptionKey.CODEC, EncryptionKeys::set);
  public static final Action<Delegate> DELEGATE =
      Action.open("delegate", Delegate.CODEC, Delegating::delegate);
  public static final Action<SessionKey> REVOKE_DELEGATION =
      Action.open("revoke-delegation", SessionKey.CODEC, Delegating::revoke);
  public static final Action<AccountTarget> FREEZE =
      Action.restricted("freeze", AccountTarget.CODEC, Freezing::freeze, Role.REGULATOR);
  public static final Action<AccountTarget> UNFREEZE =
      Action.restricted("unfreeze", AccountTarget.CODEC, Freezing::unfreeze, Role.REGULATOR);

  public static final Query<AccountTarget, AccountRecord> ACCOUNT =
      new Query<>(
          "account",
          AccountTarget.CODEC,
          AccountRecord.CODEC,
          (state, q) -> Accounts.read(state, q.account()).orElseThrow(() -> notFound(q)));
  public static final Query<AccountTarget, EncryptionPublicKey> ENCRYPTION_KEY =
      new Query<>(
          "encryption-key",
          AccountTarget.CODEC,
          EncryptionKeys.CODEC,
          (state, q) -> EncryptionKeys.of(state, q.account()).orElseThrow(() -> notFound(q)));
  public static final Query<SessionKey, Delegation> DELEGATION =
      new Query<>(
          "delegation",
          SessionKey.CODEC,
          Delegation.CODEC,
          (state, q) ->
              Delegations.read(state, q.key()).orElseThrow(() -> Delegating.noDelegation(q)));
  public static final Query<AccountTarget, AccountDelegations> DELEGATIONS =
      new Query<>(
          "delegations",
          AccountTarget.CODEC,
          AccountDelegations.CODEC,
          (state, q) -> new AccountDelegations(Delegations.of(state, q.account())));
  public static final Query<AccountTarget, Member> MEMBER =
      new Query<>(
          "member",
          AccountTarget.CODEC,
          Member.CODEC,
          (state, q) -> Identities.member(state, q.account()).orElseThrow(() -> notFound(q)));
  public static final Query<AccountTarget, Customer> CUSTOMER =
      new Query<>(
          "customer",
          AccountTarget.CODEC,
          Customer.CODEC,
          (state, q) -> Identities.customer(state, q.account()).orElseThrow(() -> notFound(q)));
  public static final Query<AccountTarget, Guardians> GUARDIANS =
      new Query<>(
          "guardians",
          AccountTarget.CODEC,
          Guardians.CODEC,
          (state, q) ->
              state
                  .read(Identities.guardiansKey(q.account()), Guardians.CODEC)
                  .orElseThrow(() -> notFound(q)));
  public static final Query<AccountTarget, Recovery> RECOVERY =
      new Query<>(
          "recovery",
          AccountTarget.CODEC,
          Recovery.CODEC,
          (state, q) ->
              state
                  .read(Identities.recoveryKey(q.account()), Recovery.CODEC)
                  .orElseThrow(() -> notFound(q)));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(
        OPEN_CUSTOMER,
        SET_KEYS,
        SET_GUARDIANS,
        PROPOSE_RECOVERY,
        APPROVE_RECOVERY,
        CANCEL_RECOVERY,
        FINALIZE_RECOVERY,
        FREEZE,
        UNFREEZE,
        SET_ENCRYPTION_KEY,
        DELEGATE,
        REVOKE_DELEGATION);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(
        ACCOUNT, MEMBER, CUSTOMER, GUARDIANS, RECOVERY, ENCRYPTION_KEY, DELEGATION, DELEGATIONS);
  }

  private static Rejection notFound(AccountTarget q) {
    return new Rejection(ResultCode.NOT_FOUND, "nothing for account " + q.account());
  }
}
