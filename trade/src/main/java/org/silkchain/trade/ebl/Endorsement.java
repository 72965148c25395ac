package org.silkchain.trade.ebl;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code ebl/endorse} (to a named endorsee) and {@code ebl/transfer} (delivery of a bill
 * endorsed in blank): control passes to {@code to}, and {@code data} is the bill data re-sealed so
 * that the new holder can read it (same commitment as the bill's).
 */
public record Endorsement(Hash bill, AccountId to, Sealed data) {
  public static final int TYPE_TAG = 0x0E11;

  public static final Codec<Endorsement> CODEC =
      new Codec<>() {
        @Override
        public void encode(Endorsement b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.bill, out);
          AccountId.CODEC.encode(b.to, out);
          Sealed.CODEC.encode(b.data, out);
        }

        @Override
        public Endorsement decode(CanonicalReader in) {
          in.header("endorsement", TYPE_TAG, 1);
          return new Endorsement(
              Hash.CODEC.decode(in), AccountId.CODEC.decode(in), Sealed.CODEC.decode(in));
        }
      };

  public Endorsement {
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(data, "data");
  }
}
