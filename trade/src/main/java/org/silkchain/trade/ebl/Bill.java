package org.silkchain.trade.ebl;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;

/**
 * The public metadata of an electronic bill of lading, under {@code ebl/bill/<id hex>}: what
 * validators need to enforce exclusive control. The business content (parties' names, ports,
 * vessel, goods) is not here: it travels sealed ({@link Bills#data}), and {@code commitment} binds
 * this record to it.
 *
 * @param id the id of the transaction that issued the bill
 * @param carrier the issuer; it alone amends, voids and accepts a surrender for delivery
 * @param shipper the first holder
 * @param form straight or to order
 * @param consignee the named consignee of a straight bill (empty for a to-order bill)
 * @param holder the one account with exclusive control (a module account while a module, such as a
 *     letter of credit, holds it in custody)
 * @param status where the bill is in its life
 * @param blankEndorsed endorsed in blank: bearer-like, it passes by {@code transfer}
 * @param surrenderedBy who surrendered it (empty unless surrendered), so that an amended bill is
 *     reissued to them
 * @param commitment the salted commitment of the current bill data
 * @param issuedAtMillis block time of issue
 * @param amendments how many times the carrier amended it
 * @param entries length of the chain of holders ({@link Bills#history})
 */
public record Bill(
    Hash id,
    AccountId carrier,
    AccountId shipper,
    Form form,
    Optional<AccountId> consignee,
    AccountId holder,
    Status status,
    boolean blankEndorsed,
    Optional<AccountId> surrenderedBy,
    Hash commitment,
    long issuedAtMillis,
    long amendments,
    long entries) {
  public static final int TYPE_TAG = 0x0E01;

  /** Straight (to a named consignee, not negotiable) or to order (negotiable by endorsement). */
  public enum Form {
    STRAIGHT,
    TO_ORDER
  }

  /**
   * The bill's life; the ordinal is the encoding, so only append. {@code ISSUED} covers a bill in
   * circulation however often it was endorsed; drafts stay off chain between shipper and carrier.
   */
  public enum Status {
    ISSUED,
    SURRENDERED_FOR_DELIVERY,
    SURRENDERED_FOR_AMENDMENT,
    ACCOMPLISHED,
    VOID;

    /** Whether the bill circulates: its holder may endorse, transfer or surrender it. */
    public boolean isActive() {
      return this == ISSUED;
    }

    /** Whether nothing can happen to the bill any more. */
    public boolean isFinal() {
      return this == ACCOMPLISHED || this == VOID;
    }
  }

  public static final Codec<Bill> CODEC =
      new Codec<>() {
        @Override
        public void encode(Bill b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.id, out);
          AccountId.CODEC.encode(b.carrier, out);
          AccountId.CODEC.encode(b.shipper, out);
          out.u8(b.form.ordinal()).optional(b.consignee, AccountId.CODEC);
          AccountId.CODEC.encode(b.holder, out);
          out.u8(b.status.ordinal())
              .bool(b.blankEndorsed)
              .optional(b.surrenderedBy, AccountId.CODEC);
          Hash.CODEC.encode(b.commitment, out);
          out.u63(b.issuedAtMillis).u63(b.amendments).u63(b.entries);
        }

        @Override
        public Bill decode(CanonicalReader in) {
          in.header("bill", TYPE_TAG, 1);
          Hash id = Hash.CODEC.decode(in);
          AccountId carrier = AccountId.CODEC.decode(in);
          AccountId shipper = AccountId.CODEC.decode(in);
          Form form = enumValue(Form.values(), in.u8("bill.form"), "bill.form");
          Optional<AccountId> consignee = in.optional("bill.consignee", AccountId.CODEC);
          AccountId holder = AccountId.CODEC.decode(in);
          Status status = enumValue(Status.values(), in.u8("bill.status"), "bill.status");
          boolean blank = in.bool("bill.blankEndorsed");
          Optional<AccountId> surrenderedBy = in.optional("bill.surrenderedBy", AccountId.CODEC);
          Hash commitment = Hash.CODEC.decode(in);
          return new Bill(
              id,
              carrier,
              shipper,
              form,
              consignee,
              holder,
              status,
              blank,
              surrenderedBy,
              commitment,
              in.u63("bill.issuedAt"),
              in.u63("bill.amendments"),
              in.u63("bill.entries"));
        }
      };

  public Bill {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(shipper, "shipper");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(consignee, "consignee");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(surrenderedBy, "surrenderedBy");
    Objects.requireNonNull(commitment, "commitment");
  }

  public boolean isStraight() {
    return form == Form.STRAIGHT;
  }

  /** The same bill under a new holder. */
  Bill movedTo(AccountId newHolder) {
    return new Bill(
        id,
        carrier,
        shipper,
        form,
        consignee,
        newHolder,
        status,
        blankEndorsed,
        surrenderedBy,
        commitment,
        issuedAtMillis,
        amendments,
        entries);
  }

  Bill withEntries(long count) {
    return new Bill(
        id,
        carrier,
        shipper,
        form,
        consignee,
        holder,
        status,
        blankEndorsed,
        surrenderedBy,
        commitment,
        issuedAtMillis,
        amendments,
        count);
  }

  Bill withStatus(Status next, Optional<AccountId> by) {
    return new Bill(
        id,
        carrier,
        shipper,
        form,
        consignee,
        holder,
        next,
        blankEndorsed,
        by,
        commitment,
        issuedAtMillis,
        amendments,
        entries);
  }

  Bill withBlankEndorsed(boolean blank) {
    return new Bill(
        id,
        carrier,
        shipper,
        form,
        consignee,
        holder,
        status,
        blank,
        surrenderedBy,
        commitment,
        issuedAtMillis,
        amendments,
        entries);
  }

  Bill amended(Hash newCommitment) {
    return new Bill(
        id,
        carrier,
        shipper,
        form,
        consignee,
        holder,
        status,
        blankEndorsed,
        surrenderedBy,
        newCommitment,
        issuedAtMillis,
        amendments + 1,
        entries);
  }

  static <E extends Enum<E>> E enumValue(E[] values, int ordinal, String field) {
    if (ordinal >= values.length) {
      throw new DecodeException(DecodeException.Reason.INVALID_VALUE, field + ": " + ordinal);
    }
    return values[ordinal];
  }
}
