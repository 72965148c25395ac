package org.silkchain.trade.payments;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;

/**
 * An FX corridor between two banks, under {@code payments/fx/<id hex>}: proposed by the debtor
 * agent, agreed when the creditor agent accepts. {@code used} is how much of the credit line (minor
 * units of {@code terms.to}) payments have drawn; invariant {@code used <= creditLine}.
 */
public record FxAgreement(AccountId debtorAgent, FxTerms terms, boolean agreed, long used) {
  public static final int TYPE_TAG = 0x0B01;

  public static final Codec<FxAgreement> CODEC =
      new Codec<>() {
        @Override
        public void encode(FxAgreement a, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(a.debtorAgent, out);
          FxTerms.CODEC.encode(a.terms, out);
          out.bool(a.agreed).u63(a.used);
        }

        @Override
        public FxAgreement decode(CanonicalReader in) {
          in.header("fxAgreement", TYPE_TAG, 1);
          FxAgreement a =
              new FxAgreement(
                  AccountId.CODEC.decode(in),
                  FxTerms.CODEC.decode(in),
                  in.bool("fxAgreement.agreed"),
                  in.u63("fxAgreement.used"));
          if (a.used > a.terms.creditLine()) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "fxAgreement.used");
          }
          return a;
        }
      };

  FxAgreement accepted() {
    return new FxAgreement(debtorAgent, terms, true, used);
  }

  FxAgreement drawn(long amount) {
    return new FxAgreement(debtorAgent, terms, agreed, Math.addExact(used, amount));
  }
}
