package org.silkchain.trade.lc;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code lc/present}: the beneficiary or its bank presents the documents sealed to the
 * parties, hands over the eBL it holds ({@code bill}), and states the {@code amount} it draws
 * (minor units of the credit's currency; the amount settlement will pay).
 */
public record Present(Hash credit, Hash bill, long amount, Sealed documents) {
  public static final int TYPE_TAG = 0x0F07;

  public static final Codec<Present> CODEC =
      new Codec<>() {
        @Override
        public void encode(Present p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(p.credit, out);
          Hash.CODEC.encode(p.bill, out);
          out.u63(p.amount);
          Sealed.CODEC.encode(p.documents, out);
        }

        @Override
        public Present decode(CanonicalReader in) {
          in.header("present", TYPE_TAG, 1);
          return new Present(
              Hash.CODEC.decode(in),
              Hash.CODEC.decode(in),
              Fields.positive(in, "present.amount"),
              Sealed.CODEC.decode(in));
        }
      };

  public Present {
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(documents, "documents");
  }
}
