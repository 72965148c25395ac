package org.silkchain.trade.ebl;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.result.ResultCode;

/**
 * The carrier's acts: issue a bill to the shipper, amend a bill surrendered for amendment (which
 * reissues it to the holder who surrendered it), void a bill surrendered for amendment (replaced by
 * paper, or cancelled), and accomplish a bill surrendered for delivery.
 */
final class Issuance {
  private Issuance() {}

  static void issue(ExecutionContext ctx, IssueBill body) {
    AccountId carrier = ctx.sender();
    requireParty(ctx, body.shipper(), "shipper");
    require(
        !body.shipper().equals(carrier),
        EblCodes.INVALID_TERMS,
        "the carrier issues to a shipper, not to itself");
    boolean straight = body.form() == Bill.Form.STRAIGHT;
    require(
        straight == body.consignee().isPresent(),
        EblCodes.INVALID_TERMS,
        straight
            ? "a straight bill names its consignee"
            : "a to-order bill names no consignee: it is negotiated by endorsement");
    if (straight) {
      requireParty(ctx, body.consignee().get(), "consignee");
    }
    Bill bill =
        new Bill(
            ctx.txId().hash(),
            carrier,
            body.shipper(),
            body.form(),
            body.consignee(),
            body.shipper(),
            Bill.Status.ISSUED,
            false,
            Optional.empty(),
            body.data().commitment(),
            ctx.blockTimeMillis(),
            0,
            0);
    BillRegister.create(ctx, bill, body.data());
  }

  static void amend(ExecutionContext ctx, Amendment body) {
    Bill bill = carriersBill(ctx, body.bill());
    requireSurrendered(bill, Bill.Status.SURRENDERED_FOR_AMENDMENT);
    require(
        !body.data().commitment().equals(bill.commitment()),
        EblCodes.UNCHANGED,
        "the amended data commits to the same content as the bill");
    AccountId holder = bill.surrenderedBy().orElseThrow();
    Bill reissued =
        bill.movedTo(holder)
            .withStatus(Bill.Status.ISSUED, Optional.empty())
            .amended(body.data().commitment());
    Bill stored =
        BillRegister.record(
            ctx, bill, reissued, HolderEntry.Kind.REISSUE, EblModule.NAME, "amendment");
    BillRegister.replaceData(ctx, stored, body.data());
  }

  static void accomplish(ExecutionContext ctx, BillRef body) {
    Bill bill = carriersBill(ctx, body.bill());
    requireSurrendered(bill, Bill.Status.SURRENDERED_FOR_DELIVERY);
    BillRegister.record(
        ctx,
        bill,
        bill.withStatus(Bill.Status.ACCOMPLISHED, bill.surrenderedBy()),
        HolderEntry.Kind.ACCOMPLISH,
        EblModule.NAME,
        "");
  }

  static void voidBill(ExecutionContext ctx, BillRef body) {
    Bill bill = carriersBill(ctx, body.bill());
    requireSurrendered(bill, Bill.Status.SURRENDERED_FOR_AMENDMENT);
    BillRegister.record(
        ctx,
        bill,
        bill.withStatus(Bill.Status.VOID, bill.surrenderedBy()),
        HolderEntry.Kind.VOID,
        EblModule.NAME,
        "");
  }

  /** An account that exists and is not frozen; a module account cannot be a party by action. */
  static void requireParty(ExecutionContext ctx, AccountId account, String role) {
    Optional<AccountRecord> record = ctx.account(account);
    require(
        record.isPresent(), EblCodes.UNKNOWN_PARTY, () -> "no account for " + role + " " + account);
    require(
        !record.get().frozen(),
        ResultCode.ACCOUNT_FROZEN,
        () -> role + " " + account + " is frozen");
  }

  private static Bill carriersBill(ExecutionContext ctx, org.silkchain.crypto.Hash id) {
    Bill bill = Bills.existing(ctx, id);
    require(
        bill.carrier().equals(ctx.sender()),
        EblCodes.NOT_CARRIER,
        () -> "only the carrier " + bill.carrier() + " may do that");
    return bill;
  }

  private static void requireSurrendered(Bill bill, Bill.Status expected) {
    require(
        bill.status() == expected,
        EblCodes.NOT_SURRENDERED,
        () -> "bill " + bill.id() + " is " + bill.status() + ", not " + expected);
  }
}
