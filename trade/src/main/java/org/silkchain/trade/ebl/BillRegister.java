package org.silkchain.trade.ebl;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Sealed;

/**
 * The one place that writes bills: every change of a bill appends exactly one entry to its chain of
 * holders and keeps the holdings index in step, so the invariants (one holder, a chain whose links
 * meet, holdings that list exactly the live bills) hold whichever action or module changed it.
 * Callers check the rules first.
 */
final class BillRegister {
  private BillRegister() {}

  static void requireActive(Bill bill) {
    require(
        bill.status().isActive(),
        EblCodes.NOT_ACTIVE,
        () -> "bill " + bill.id() + " is " + bill.status());
  }

  /** Stores a new bill, its sealed data and chain entry 0 (carrier to shipper). */
  static void create(ExecutionContext ctx, Bill bill, Sealed data) {
    checkRecipients(ctx, bill, data);
    ctx.write(Bills.dataKey(bill.id()), Sealed.CODEC, data);
    Bill stored = bill.withEntries(0);
    append(ctx, stored, bill.carrier(), bill.holder(), HolderEntry.Kind.ISSUE, EblModule.NAME, "");
    ctx.write(Bills.billKey(bill.id()), Bill.CODEC, stored.withEntries(1));
    addHolding(ctx, bill.holder(), bill.id());
    Bills.BY_CARRIER.append(ctx, bill.carrier(), bill.id());
  }

  /**
   * Replaces {@code before} by {@code after}, recording one chain entry from the old holder to the
   * new one (the same account when the holder does not change).
   */
  static Bill record(
      ExecutionContext ctx,
      Bill before,
      Bill after,
      HolderEntry.Kind kind,
      String module,
      String reason) {
    append(ctx, before, before.holder(), after.holder(), kind, module, reason);
    Bill stored = after.withEntries(before.entries() + 1);
    ctx.write(Bills.billKey(stored.id()), Bill.CODEC, stored);
    boolean listedBefore = !before.status().isFinal();
    boolean listedAfter = !after.status().isFinal();
    boolean moved = !before.holder().equals(after.holder());
    if (listedBefore && (moved || !listedAfter)) {
      removeHolding(ctx, before.holder(), before.id());
    }
    if (listedAfter && (moved || !listedBefore)) {
      addHolding(ctx, after.holder(), after.id());
    }
    return stored;
  }

  /** Replaces the bill's sealed data by {@code data}, which must carry the same content. */
  static void reseal(ExecutionContext ctx, Bill bill, Sealed data) {
    require(
        data.commitment().equals(bill.commitment()),
        EblCodes.COMMITMENT_MISMATCH,
        () ->
            "re-sealed data commits to "
                + data.commitment()
                + ", the bill to "
                + bill.commitment());
    replaceData(ctx, bill, data);
  }

  /** Stores {@code data} as the bill's sealed data after checking its recipients. */
  static void replaceData(ExecutionContext ctx, Bill bill, Sealed data) {
    checkRecipients(ctx, bill, data);
    ctx.write(Bills.dataKey(bill.id()), Sealed.CODEC, data);
  }

  /**
   * The parties who must be able to read the bill data (the carrier, the holder and a straight
   * bill's consignee, less module accounts, which have no key) and the regulators of their
   * jurisdictions.
   */
  private static void checkRecipients(ExecutionContext ctx, Bill bill, Sealed data) {
    Confidentiality.requireRecipients(ctx, data, parties(ctx, bill));
  }

  static List<AccountId> parties(StateAccess state, Bill bill) {
    return parties(state, bill.carrier(), bill.holder(), bill.consignee());
  }

  static List<AccountId> parties(
      StateAccess state, AccountId carrier, AccountId holder, Optional<AccountId> consignee) {
    TreeSet<AccountId> parties = new TreeSet<>();
    parties.add(carrier);
    parties.add(holder);
    consignee.ifPresent(parties::add);
    parties.removeIf(p -> Accounts.read(state, p).isEmpty());
    return List.copyOf(parties);
  }

  private static void append(
      ExecutionContext ctx,
      Bill bill,
      AccountId from,
      AccountId to,
      HolderEntry.Kind kind,
      String module,
      String reason) {
    HolderEntry entry =
        new HolderEntry(
            bill.entries(), ctx.height(), ctx.blockTimeMillis(), from, to, kind, module, reason);
    ctx.write(Bills.entryKey(bill.id(), entry.seq()), HolderEntry.CODEC, entry);
    ctx.emit(
        Event.of(EblModule.NAME, eventType(kind))
            .with("bill", bill.id().toHex())
            .with("from", from.toString())
            .with("to", to.toString())
            .with("kind", kind.name())
            .with("module", module));
  }

  private static String eventType(HolderEntry.Kind kind) {
    return switch (kind) {
      case ISSUE -> "issued";
      case ENDORSE -> "endorsed";
      case ENDORSE_IN_BLANK -> "endorsed-in-blank";
      case TRANSFER, MODULE_TRANSFER -> "transferred";
      case SURRENDER_FOR_DELIVERY, SURRENDER_FOR_AMENDMENT -> "surrendered";
      case REISSUE -> "amended";
      case ACCOMPLISH -> "accomplished";
      case VOID -> "voided";
    };
  }

  private static void addHolding(ExecutionContext ctx, AccountId holder, Hash id) {
    long count = Bills.heldCount(ctx, holder);
    ctx.write(Bills.heldSlotKey(holder, count), Hash.CODEC, id);
    ctx.write(Bills.slotKey(id), Fields.U63, count);
    ctx.write(Bills.heldCountKey(holder), Fields.U63, Math.addExact(count, 1));
  }

  private static void removeHolding(ExecutionContext ctx, AccountId holder, Hash id) {
    long count = Bills.heldCount(ctx, holder);
    long slot = ctx.read(Bills.slotKey(id), Fields.U63).orElseThrow();
    long last = count - 1;
    if (slot != last) {
      Hash moved = ctx.read(Bills.heldSlotKey(holder, last), Hash.CODEC).orElseThrow();
      ctx.write(Bills.heldSlotKey(holder, slot), Hash.CODEC, moved);
      ctx.write(Bills.slotKey(moved), Fields.U63, slot);
    }
    ctx.delete(Bills.heldSlotKey(holder, last));
    ctx.delete(Bills.slotKey(id));
    if (last == 0) {
      ctx.delete(Bills.heldCountKey(holder));
    } else {
      ctx.write(Bills.heldCountKey(holder), Fields.U63, last);
    }
  }
}
