package org.silkchain.trade.ebl;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code ebl/issue}: the carrier issues one bill (electronic form has exactly one record,
 * whatever number of originals paper would have) to {@code shipper}, straight to a named {@code
 * consignee} or to order (no consignee), with the bill data ({@link BillData}) sealed for the
 * carrier, the shipper and a straight bill's consignee.
 */
public record IssueBill(
    AccountId shipper, Bill.Form form, Optional<AccountId> consignee, Sealed data) {
  public static final int TYPE_TAG = 0x0E10;

  public static final Codec<IssueBill> CODEC =
      new Codec<>() {
        @Override
        public void encode(IssueBill b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(b.shipper, out);
          out.u8(b.form.ordinal()).optional(b.consignee, AccountId.CODEC);
          Sealed.CODEC.encode(b.data, out);
        }

        @Override
        public IssueBill decode(CanonicalReader in) {
          in.header("issueBill", TYPE_TAG, 1);
          return new IssueBill(
              AccountId.CODEC.decode(in),
              Bill.enumValue(Bill.Form.values(), in.u8("issueBill.form"), "issueBill.form"),
              in.optional("issueBill.consignee", AccountId.CODEC),
              Sealed.CODEC.decode(in));
        }
      };

  public IssueBill {
    Objects.requireNonNull(shipper, "shipper");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(consignee, "consignee");
    Objects.requireNonNull(data, "data");
  }
}
