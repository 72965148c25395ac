package org.silkchain.trade.governance;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.trade.governance.voting.Count;
import org.silkchain.trade.governance.voting.Outcome;

/** How and when a proposal's vote was closed. */
public record Decision(Outcome outcome, Count count, long closedAt, long closedHeight) {
  public static final Codec<Decision> CODEC =
      new Codec<>() {
        @Override
        public void encode(Decision d, CanonicalWriter out) {
          out.u8(d.outcome.code());
          Count.CODEC.encode(d.count, out);
          out.u63(d.closedAt).u63(d.closedHeight);
        }

        @Override
        public Decision decode(CanonicalReader in) {
          int code = in.u8("decision.outcome");
          Outcome o =
              Outcome.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "decision.outcome " + code));
          return new Decision(
              o, Count.CODEC.decode(in), in.u63("decision.closedAt"), in.u63("decision.height"));
        }
      };
}
