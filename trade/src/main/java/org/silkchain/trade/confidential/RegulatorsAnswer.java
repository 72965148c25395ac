package org.silkchain.trade.confidential;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Request and answer of the {@code confidential/regulators} query: the regulators whose mandate
 * covers a jurisdiction ({@link Mandates#regulatorsFor}), and those governance granted.
 */
public record RegulatorsAnswer(List<AccountId> all, List<AccountId> granted) {
  public static final int TYPE_TAG = 0x0D06;

  /** The request: one ISO 3166-1 alpha-2 code. */
  public record Jurisdiction(String code) {
    public static final int TYPE_TAG = 0x0D05;

    public static final Codec<Jurisdiction> CODEC =
        new Codec<>() {
          @Override
          public void encode(Jurisdiction j, CanonicalWriter out) {
            out.header(TYPE_TAG, 1);
            RecipientsRequest.COUNTRY.encode(j.code, out);
          }

          @Override
          public Jurisdiction decode(CanonicalReader in) {
            in.header("jurisdiction", TYPE_TAG, 1);
            return new Jurisdiction(RecipientsRequest.COUNTRY.decode(in));
          }
        };
  }

  public static final Codec<RegulatorsAnswer> CODEC =
      new Codec<>() {
        @Override
        public void encode(RegulatorsAnswer a, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).set(a.all, AccountId.CODEC).set(a.granted, AccountId.CODEC);
        }

        @Override
        public RegulatorsAnswer decode(CanonicalReader in) {
          in.header("regulators", TYPE_TAG, 1);
          return new RegulatorsAnswer(
              in.set("regulators.all", 4096 + Mandates.MAX_GRANTED, AccountId.CODEC),
              in.set("regulators.granted", Mandates.MAX_GRANTED, AccountId.CODEC));
        }
      };

  public RegulatorsAnswer {
    all = List.copyOf(all);
    granted = List.copyOf(granted);
  }
}
