package org.silkchain.trade.lc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.lc.examination.DiscrepancyCode;
import org.silkchain.trade.lc.examination.DocumentFields;

/**
 * A presentation under a credit, as the chain records it: who presented (and gets the bill back on
 * a refusal with return), the eBL now held by the module's account, the amount drawn, the sealed
 * documents, the bill data re-sealed for the issuing bank and the applicant (handed over with the
 * bill at honour and reimbursement), when it was presented, the last day for the bank's decision
 * (the fifth banking day after, Art. 14(b)) and, once refused, the discrepancies of the one refusal
 * notice (Art. 16).
 */
public record Presentation(
    long number,
    AccountId presenter,
    Hash bill,
    long amount,
    Sealed documents,
    Sealed billData,
    long presentedAtMillis,
    LocalDate decisionDeadline,
    List<DiscrepancyCode> discrepancies) {
  public static final int TYPE_TAG = 0x0F08;
  public static final int VERSION = 2;
  public static final int MAX_DISCREPANCIES = 64;

  public static final Codec<Presentation> CODEC =
      new Codec<>() {
        @Override
        public void encode(Presentation p, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).u63(p.number);
          AccountId.CODEC.encode(p.presenter, out);
          Hash.CODEC.encode(p.bill, out);
          out.u63(p.amount);
          Sealed.CODEC.encode(p.documents, out);
          Sealed.CODEC.encode(p.billData, out);
          out.u63(p.presentedAtMillis);
          DocumentFields.DATE.encode(p.decisionDeadline, out);
          out.set(p.discrepancies, DiscrepancyCode.CODEC);
        }

        @Override
        public Presentation decode(CanonicalReader in) {
          int version = in.header("presentation", TYPE_TAG, VERSION);
          if (version < VERSION) {
            throw new DecodeException(
                DecodeException.Reason.UNSUPPORTED_VERSION,
                "presentation: version " + version + " lacks the re-sealed bill data");
          }
          return new Presentation(
              in.u63("presentation.number"),
              AccountId.CODEC.decode(in),
              Hash.CODEC.decode(in),
              in.u63("presentation.amount"),
              Sealed.CODEC.decode(in),
              Sealed.CODEC.decode(in),
              in.u63("presentation.at"),
              DocumentFields.DATE.decode(in),
              in.set("presentation.discrepancies", MAX_DISCREPANCIES, DiscrepancyCode.CODEC));
        }
      };

  public Presentation {
    Objects.requireNonNull(presenter, "presenter");
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(billData, "billData");
    Objects.requireNonNull(decisionDeadline, "decisionDeadline");
    discrepancies = DiscrepancyCode.canonical(discrepancies);
  }

  Presentation refused(List<DiscrepancyCode> found) {
    return new Presentation(
        number,
        presenter,
        bill,
        amount,
        documents,
        billData,
        presentedAtMillis,
        decisionDeadline,
        found);
  }
}
