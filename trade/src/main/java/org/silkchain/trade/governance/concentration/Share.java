package org.silkchain.trade.governance.concentration;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * What one subject (a member's id, a jurisdiction, a control group) holds: votes (eligible members
 * in it) and validator power (of the validators its members operate).
 */
public record Share(String subject, long votes, long validatorPower) {
  static final Codec<Share> CODEC =
      new Codec<>() {
        @Override
        public void encode(Share s, CanonicalWriter out) {
          out.string(s.subject).u63(s.votes).u63(s.validatorPower);
        }

        @Override
        public Share decode(CanonicalReader in) {
          return new Share(
              in.string("share.subject", 64), in.u63("share.votes"), in.u63("share.power"));
        }
      };
}
