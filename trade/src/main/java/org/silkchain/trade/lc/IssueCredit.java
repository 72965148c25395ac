package org.silkchain.trade.lc;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code lc/issue}: the issuing bank issues the credit applied for, with the full terms as
 * it issues them sealed to the parties (it may have settled details with the applicant, but the
 * public metadata stays the application's; changes after issuance are amendments).
 */
public record IssueCredit(Hash credit, Sealed terms) {
  public static final int TYPE_TAG = 0x0F03;

  public static final Codec<IssueCredit> CODEC =
      new Codec<>() {
        @Override
        public void encode(IssueCredit b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.credit, out);
          Sealed.CODEC.encode(b.terms, out);
        }

        @Override
        public IssueCredit decode(CanonicalReader in) {
          in.header("issueCredit", TYPE_TAG, 1);
          return new IssueCredit(Hash.CODEC.decode(in), Sealed.CODEC.decode(in));
        }
      };

  public IssueCredit {
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(terms, "terms");
  }
}
