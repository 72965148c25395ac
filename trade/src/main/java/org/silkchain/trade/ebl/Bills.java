package org.silkchain.trade.ebl;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.listing.Listing;

/**
 * The electronic bills of lading's state layout and Java API for other modules. Letters of credit
 * use it to take a presented bill under their control and to release it on settlement or refusal,
 * in the same transaction as the money moves (delivery versus payment).
 *
 * <p>State layout:
 *
 * <ul>
 *   <li>{@code ebl/bill/<id hex>}: {@link Bill}, the public metadata
 *   <li>{@code ebl/data/<id hex>}: {@link Sealed}, the bill data sealed for its current parties
 *   <li>{@code ebl/chain/<id hex>/<seq>}: {@link HolderEntry}, the chain of holders
 *   <li>{@code ebl/held/<account hex>/count} and {@code ebl/held/<account hex>/<slot>}: the ids of
 *       the bills an account holds that are not accomplished or void (slots 0..count-1; a bill
 *       leaving swaps the last slot into its place)
 *   <li>{@code ebl/slot/<id hex>}: the bill's slot in its holder's list
 *   <li>{@code ebl/by-carrier/<account hex>[/<n>]}: ids of the bills a carrier issued, oldest first
 *       (never removed: a carrier keeps seeing its accomplished and void bills)
 * </ul>
 */
public final class Bills {
  static final Listing BY_CARRIER = new Listing(EblModule.NAME, "by-carrier");

  /** The most entries one history or holdings query returns. */
  public static final int MAX_PAGE = 256;

  private Bills() {}

  public static Bytes billKey(Hash id) {
    return StateKey.of(EblModule.NAME, "bill", id.toHex());
  }

  public static Bytes dataKey(Hash id) {
    return StateKey.of(EblModule.NAME, "data", id.toHex());
  }

  public static Bytes entryKey(Hash id, long seq) {
    return StateKey.of(EblModule.NAME, "chain", id.toHex(), StateKey.part(seq));
  }

  static Bytes heldCountKey(AccountId holder) {
    return StateKey.of(EblModule.NAME, "held", StateKey.part(holder), "count");
  }

  static Bytes heldSlotKey(AccountId holder, long slot) {
    return StateKey.of(EblModule.NAME, "held", StateKey.part(holder), StateKey.part(slot));
  }

  static Bytes slotKey(Hash id) {
    return StateKey.of(EblModule.NAME, "slot", id.toHex());
  }

  /** The bill's public metadata, if there is such a bill. */
  public static Optional<Bill> bill(StateAccess state, Hash id) {
    return state.read(billKey(id), Bill.CODEC);
  }

  /** The bill, or an {@code ebl.NOT_FOUND} rejection. */
  public static Bill existing(StateAccess state, Hash id) {
    return bill(state, id).orElseThrow(() -> new Rejection(EblCodes.NOT_FOUND, "no bill " + id));
  }

  /** The bill's current holder (exclusive control), or {@code ebl.NOT_FOUND}. */
  public static AccountId holder(StateAccess state, Hash billId) {
    return existing(state, billId).holder();
  }

  /** The bill data as the chain carries it: sealed for the carrier and the current holder. */
  public static Optional<Sealed> data(StateAccess state, Hash id) {
    return state.read(dataKey(id), Sealed.CODEC);
  }

  /** One entry of the chain of holders. */
  public static Optional<HolderEntry> entry(StateAccess state, Hash id, long seq) {
    return state.read(entryKey(id, seq), HolderEntry.CODEC);
  }

  /**
   * Up to {@code limit} (at most {@value #MAX_PAGE}) entries of the bill's chain of holders from
   * {@code start}, oldest first; {@code ebl.NOT_FOUND} if there is no such bill.
   */
  public static List<HolderEntry> history(StateAccess state, Hash id, long start, int limit) {
    Bill bill = existing(state, id);
    long end = Math.min(bill.entries(), start + Math.min(Math.max(limit, 0), MAX_PAGE));
    List<HolderEntry> out = new ArrayList<>();
    for (long seq = start; seq < end; seq++) {
      out.add(entry(state, id, seq).orElseThrow());
    }
    return out;
  }

  /** How many live (not accomplished or void) bills {@code account} holds. */
  public static long heldCount(StateAccess state, AccountId account) {
    return state.read(heldCountKey(account), Fields.U63).orElse(0L);
  }

  /**
   * Up to {@code limit} (at most {@value #MAX_PAGE}) ids of the live bills {@code account} holds,
   * from position {@code start} of its holdings (in no meaningful order, but the same on every
   * node).
   */
  public static List<Hash> heldBy(StateAccess state, AccountId account, long start, int limit) {
    long end = Math.min(heldCount(state, account), start + Math.min(Math.max(limit, 0), MAX_PAGE));
    List<Hash> out = new ArrayList<>();
    for (long slot = start; slot < end; slot++) {
      out.add(state.read(heldSlotKey(account, slot), Hash.CODEC).orElseThrow());
    }
    return out;
  }

  /**
   * The encryption keys the bill data must be sealed to once {@code holder} holds {@code bill}: the
   * carrier's, the holder's, a straight bill's consignee's and those of the regulators mandated for
   * their jurisdictions (for clients preparing an endorsement, a transfer or an amendment). Refuses
   * with {@code confidential.NO_ENCRYPTION_KEY} if one has none.
   */
  public static List<EncryptionPublicKey> sealingKeys(
      StateAccess state, Bill bill, AccountId holder) {
    return sealingKeys(state, bill.carrier(), holder, bill.consignee());
  }

  /** As {@link #sealingKeys(StateAccess, Bill, AccountId)}, for a bill about to be issued. */
  public static List<EncryptionPublicKey> sealingKeys(
      StateAccess state, AccountId carrier, AccountId holder, Optional<AccountId> consignee) {
    List<AccountId> parties = BillRegister.parties(state, carrier, holder, consignee);
    return List.copyOf(
        Confidentiality.requiredKeys(
                state, parties, Confidentiality.jurisdictionsOf(state, parties))
            .values());
  }

  /**
   * Moves exclusive control of a live (issued, not surrendered or void) bill from {@code
   * expectedHolder} to {@code newHolder} on behalf of {@code module} (a transfer the holder
   * consented to in the action that calls this), recording {@code reason} in the chain of holders;
   * refuses with {@code ebl.NOT_HOLDER} if the holder is someone else and {@code ebl.NOT_ACTIVE} if
   * the bill is surrendered or void. Emits {@code ebl/transferred}.
   *
   * <p>{@code newHolder} may be a module account (such as {@code CurrencyLedger.moduleAccount(hash,
   * "lc")}), which has no account record; the sealed bill data stays as it is (a module cannot read
   * it anyway). To hand the data to a new holder who must read it, use the overload that takes the
   * re-sealed data. The bill's endorsement is untouched: custody by a module is not an endorsement.
   */
  public static void transferByModule(
      ExecutionContext ctx,
      Hash billId,
      AccountId expectedHolder,
      AccountId newHolder,
      String module,
      String reason) {
    moduleTransfer(ctx, billId, expectedHolder, newHolder, module, reason);
  }

  /**
   * As {@link #transferByModule(ExecutionContext, Hash, AccountId, AccountId, String, String)}, and
   * replaces the sealed bill data with {@code resealed}, which must carry the same content ({@code
   * ebl.COMMITMENT_MISMATCH} otherwise) for the carrier and the new holder (and a straight bill's
   * consignee), as {@code Confidentiality.requireRecipients} checks. A module account among them is
   * left out of that check: it has no encryption key.
   */
  public static void transferByModule(
      ExecutionContext ctx,
      Hash billId,
      AccountId expectedHolder,
      AccountId newHolder,
      String module,
      String reason,
      Sealed resealed) {
    Bill moved = moduleTransfer(ctx, billId, expectedHolder, newHolder, module, reason);
    BillRegister.reseal(ctx, moved, resealed);
  }

  private static Bill moduleTransfer(
      ExecutionContext ctx,
      Hash billId,
      AccountId expectedHolder,
      AccountId newHolder,
      String module,
      String reason) {
    require(
        Payload.isValidName(module) && HolderEntry.REASON.matcher(reason).matches(),
        ResultCode.INVALID_ARGUMENT,
        () -> "module name or reason not valid: " + module);
    Bill bill = existing(ctx, billId);
    BillRegister.requireActive(bill);
    require(
        bill.holder().equals(expectedHolder),
        EblCodes.NOT_HOLDER,
        () -> expectedHolder + " does not hold bill " + billId + ", " + bill.holder() + " does");
    require(
        !newHolder.equals(expectedHolder),
        EblCodes.SAME_HOLDER,
        () -> newHolder + " already holds bill " + billId);
    return BillRegister.record(
        ctx, bill, bill.movedTo(newHolder), HolderEntry.Kind.MODULE_TRANSFER, module, reason);
  }
}
