package org.silkchain.trade.ebl;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.runtime.execution.ExecutionContext;

/**
 * The holder's acts. Each needs exclusive control: only the current holder, and only while the bill
 * circulates. A to-order bill moves by endorsement to a named endorsee, or is endorsed in blank and
 * then moves by delivery ({@code transfer}) like a bearer instrument; a named endorsement of a
 * bearer bill makes it an order bill again. A straight bill is not negotiable: it moves only to its
 * named consignee. Surrender hands control back to the carrier, for delivery (final) or for
 * amendment.
 */
final class Negotiation {
  private Negotiation() {}

  static void endorse(ExecutionContext ctx, Endorsement body) {
    Bill bill = heldBySender(ctx, body.bill());
    requireNewHolder(ctx, bill, body);
    if (bill.isStraight()) {
      require(
          bill.consignee().orElseThrow().equals(body.to()),
          EblCodes.NOT_NEGOTIABLE,
          () -> "a straight bill goes only to its consignee " + bill.consignee().get());
    }
    pass(
        ctx,
        bill,
        bill.movedTo(body.to()).withBlankEndorsed(false),
        body,
        HolderEntry.Kind.ENDORSE);
  }

  static void endorseInBlank(ExecutionContext ctx, BillRef body) {
    Bill bill = heldBySender(ctx, body.bill());
    require(
        !bill.isStraight(), EblCodes.NOT_NEGOTIABLE, "a straight bill is not endorsed in blank");
    require(
        !bill.blankEndorsed(), EblCodes.ALREADY_IN_BLANK, "the bill is already endorsed in blank");
    BillRegister.record(
        ctx,
        bill,
        bill.withBlankEndorsed(true),
        HolderEntry.Kind.ENDORSE_IN_BLANK,
        EblModule.NAME,
        "");
  }

  static void transfer(ExecutionContext ctx, Endorsement body) {
    Bill bill = heldBySender(ctx, body.bill());
    require(
        bill.blankEndorsed(),
        EblCodes.NOT_BEARER,
        "only a bill endorsed in blank passes by delivery; endorse it to a named endorsee");
    requireNewHolder(ctx, bill, body);
    pass(ctx, bill, bill.movedTo(body.to()), body, HolderEntry.Kind.TRANSFER);
  }

  static void surrender(ExecutionContext ctx, SurrenderRequest body) {
    Bill bill = heldBySender(ctx, body.bill());
    boolean delivery = body.purpose() == SurrenderRequest.Purpose.DELIVERY;
    if (delivery && bill.isStraight()) {
      require(
          bill.consignee().orElseThrow().equals(ctx.sender()),
          EblCodes.NOT_CONSIGNEE,
          "only the consignee surrenders a straight bill for delivery");
    }
    Bill surrendered =
        bill.movedTo(bill.carrier())
            .withStatus(
                delivery
                    ? Bill.Status.SURRENDERED_FOR_DELIVERY
                    : Bill.Status.SURRENDERED_FOR_AMENDMENT,
                Optional.of(ctx.sender()));
    BillRegister.record(
        ctx,
        bill,
        surrendered,
        delivery
            ? HolderEntry.Kind.SURRENDER_FOR_DELIVERY
            : HolderEntry.Kind.SURRENDER_FOR_AMENDMENT,
        EblModule.NAME,
        "");
  }

  private static void pass(
      ExecutionContext ctx, Bill bill, Bill next, Endorsement body, HolderEntry.Kind kind) {
    Bill stored = BillRegister.record(ctx, bill, next, kind, EblModule.NAME, "");
    BillRegister.reseal(ctx, stored, body.data());
  }

  private static Bill heldBySender(ExecutionContext ctx, org.silkchain.crypto.Hash id) {
    Bill bill = Bills.existing(ctx, id);
    BillRegister.requireActive(bill);
    require(
        bill.holder().equals(ctx.sender()),
        EblCodes.NOT_HOLDER,
        () -> "only the holder " + bill.holder() + " controls bill " + id);
    return bill;
  }

  private static void requireNewHolder(ExecutionContext ctx, Bill bill, Endorsement body) {
    require(
        !body.to().equals(bill.holder()),
        EblCodes.SAME_HOLDER,
        () -> body.to() + " already holds bill " + bill.id());
    Issuance.requireParty(ctx, body.to(), "endorsee");
  }
}
