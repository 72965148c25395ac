package org.silkchain.trade.lc;

import java.time.LocalDate;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.lc.examination.DocumentFields;

/**
 * Body of {@code lc/amend}, kept on the credit until the beneficiary answers: the new maximum
 * amount, the new expiry date and the amended full terms sealed to the parties. It binds only once
 * accepted (Art. 10(b)); a rejection leaves the credit as it was.
 */
public record AmendmentProposal(Hash credit, long maxAmount, LocalDate expiryDate, Sealed terms) {
  public static final int TYPE_TAG = 0x0F05;

  public static final Codec<AmendmentProposal> CODEC =
      new Codec<>() {
        @Override
        public void encode(AmendmentProposal a, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(a.credit, out);
          out.u63(a.maxAmount);
          DocumentFields.DATE.encode(a.expiryDate, out);
          Sealed.CODEC.encode(a.terms, out);
        }

        @Override
        public AmendmentProposal decode(CanonicalReader in) {
          in.header("amendment", TYPE_TAG, 1);
          return new AmendmentProposal(
              Hash.CODEC.decode(in),
              Fields.positive(in, "amendment.maxAmount"),
              DocumentFields.DATE.decode(in),
              Sealed.CODEC.decode(in));
        }
      };

  public AmendmentProposal {
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(expiryDate, "expiryDate");
    Objects.requireNonNull(terms, "terms");
  }
}
