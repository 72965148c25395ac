package org.silkchain.trade.governance.measure;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.governance.ProposalType;

/** Sets the basket unit's composition (the basket refuses a change its reserves cannot back). */
public record SetBasket(Composition composition) implements Measure {
  static final Codec<SetBasket> CODEC =
      new Codec<>() {
        @Override
        public void encode(SetBasket b, CanonicalWriter out) {
          Composition.CODEC.encode(b.composition, out);
        }

        @Override
        public SetBasket decode(CanonicalReader in) {
          return new SetBasket(Composition.CODEC.decode(in));
        }
      };

  @Override
  public ProposalType type() {
    return ProposalType.SET_BASKET;
  }
}
