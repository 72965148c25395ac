package org.silkchain.trade.lc;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code lc/present}: the beneficiary or its bank presents the documents sealed to the
 * parties, hands over the eBL it holds ({@code bill}), and states the {@code amount} it draws
 * (minor units of the credit's currency; the amount settlement will pay).
 *
 * <p>{@code billData} is the bill's data re-sealed by the presenter (who can read it) for the
 * holders to come: the same commitment as the bill's, encrypted to the issuing bank, the applicant
 * and whoever the eBL rules require besides (carrier, a straight bill's consignee, mandated
 * regulators, see {@code Bills.sealingKeys}). Honour and reimbursement hand it over with the bill,
 * so the new holder can read the bill and endorse it onward.
 *
 * <p>Encoding version 2 (version 1, without {@code billData}, is refused).
 */
public record Present(Hash credit, Hash bill, long amount, Sealed documents, Sealed billData) {
  public static final int TYPE_TAG = 0x0F07;
  public static final int VERSION = 2;

  public static final Codec<Present> CODEC =
      new Codec<>() {
        @Override
        public void encode(Present p, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          Hash.CODEC.encode(p.credit, out);
          Hash.CODEC.encode(p.bill, out);
          out.u63(p.amount);
          Sealed.CODEC.encode(p.documents, out);
          Sealed.CODEC.encode(p.billData, out);
        }

        @Override
        public Present decode(CanonicalReader in) {
          int version = in.header("present", TYPE_TAG, VERSION);
          if (version < VERSION) {
            throw new DecodeException(
                DecodeException.Reason.UNSUPPORTED_VERSION,
                "present: version "
                    + version
                    + " lacks the re-sealed bill data, version 2 required");
          }
          return new Present(
              Hash.CODEC.decode(in),
              Hash.CODEC.decode(in),
              Fields.positive(in, "present.amount"),
              Sealed.CODEC.decode(in),
              Sealed.CODEC.decode(in));
        }
      };

  public Present {
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(billData, "billData");
  }
}
