package org.silkchain.trade.lc;

import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.trade.lc.examination.DiscrepancyCode;

/**
 * Body of {@code lc/refuse}: the single notice of refusal (Art. 16(c)) listing every discrepancy (a
 * sorted set, at least one), and what the bank does with the documents: hold them pending the
 * applicant's waiver (Art. 16(c)(iii)(b)), or return them (and the eBL) to the presenter at once
 * (16(c)(iii)(c)).
 */
public record RefusalNotice(
    Hash credit, List<DiscrepancyCode> discrepancies, boolean holdPendingWaiver) {
  public static final int TYPE_TAG = 0x0F09;

  public static final Codec<RefusalNotice> CODEC =
      new Codec<>() {
        @Override
        public void encode(RefusalNotice n, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(n.credit, out);
          out.set(n.discrepancies, DiscrepancyCode.CODEC).bool(n.holdPendingWaiver);
        }

        @Override
        public RefusalNotice decode(CanonicalReader in) {
          in.header("refusal", TYPE_TAG, 1);
          Hash credit = Hash.CODEC.decode(in);
          List<DiscrepancyCode> found =
              in.set(
                  "refusal.discrepancies", Presentation.MAX_DISCREPANCIES, DiscrepancyCode.CODEC);
          if (found.isEmpty()) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "refusal.discrepancies: none named");
          }
          return new RefusalNotice(credit, found, in.bool("refusal.hold"));
        }
      };

  public RefusalNotice {
    Objects.requireNonNull(credit, "credit");
    discrepancies = DiscrepancyCode.canonical(discrepancies);
  }

  /** The same notice with the other choice for the documents. */
  public RefusalNotice withHold(boolean hold) {
    return new RefusalNotice(credit, discrepancies, hold);
  }
}
