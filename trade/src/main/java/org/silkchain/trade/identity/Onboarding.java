package org.silkchain.trade.identity;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Set;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;

/** {@code identity/open-customer}: a member bank opens a trader's account and attests its KYC. */
final class Onboarding {
  private Onboarding() {}

  static void openCustomer(ExecutionContext ctx, OpenCustomer body) {
    require(
        AccountRecord.validKeys(body.keys().size(), body.threshold()),
        IdentityCodes.INVALID_KEYS,
        "need 1..16 keys and 1 <= threshold <= keys");
    AccountId id = Identities.customerAccountId(ctx.hash(), ctx.sender(), body.keys());
    require(
        ctx.account(id).isEmpty(), IdentityCodes.ACCOUNT_EXISTS, () -> "account " + id + " exists");
    ctx.putAccount(
        id, new AccountRecord(0, body.keys(), body.threshold(), Set.of(Role.TRADER), false));
    ctx.write(
        Identities.customerKey(id),
        Customer.CODEC,
        new Customer(ctx.sender(), body.kycHash(), body.jurisdiction(), ctx.blockTimeMillis()));
    ctx.emit(
        Event.of(IdentityModule.NAME, "customer-opened")
            .with("account", id.toString())
            .with("bank", ctx.sender().toString()));
  }
}
