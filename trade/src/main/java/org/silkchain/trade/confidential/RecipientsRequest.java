package org.silkchain.trade.confidential;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * Request of the {@code confidential/recipients} query: the parties of a deal and its jurisdictions
 * (the parties' own are added), to learn whom to seal its content to.
 */
public record RecipientsRequest(List<AccountId> parties, List<String> jurisdictions) {
  public static final int TYPE_TAG = 0x0D03;
  public static final int MAX_PARTIES = 64;
  public static final int MAX_JURISDICTIONS = 16;
  static final Codec<String> COUNTRY =
      Fields.string("jurisdiction", 2, java.util.regex.Pattern.compile("[A-Z]{2}"));

  public static final Codec<RecipientsRequest> CODEC =
      new Codec<>() {
        @Override
        public void encode(RecipientsRequest r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).set(r.parties, AccountId.CODEC).set(r.jurisdictions, COUNTRY);
        }

        @Override
        public RecipientsRequest decode(CanonicalReader in) {
          in.header("recipientsRequest", TYPE_TAG, 1);
          return new RecipientsRequest(
              in.set("recipientsRequest.parties", MAX_PARTIES, AccountId.CODEC),
              in.set("recipientsRequest.jurisdictions", MAX_JURISDICTIONS, COUNTRY));
        }
      };

  public RecipientsRequest {
    parties = parties.stream().sorted().distinct().toList();
    jurisdictions = jurisdictions.stream().sorted().distinct().toList();
  }
}
