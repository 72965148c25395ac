package org.silkchain.trade.governance;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.trade.governance.voting.Vote;

/**
 * Body of {@code governance/vote}: the proposal and the sender's vote (replacing an earlier one).
 */
public record Cast(long proposal, Vote vote) {
  public static final int TYPE_TAG = 0x1011;

  public static final Codec<Cast> CODEC =
      new Codec<>() {
        @Override
        public void encode(Cast c, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u63(c.proposal).u8(c.vote.code());
        }

        @Override
        public Cast decode(CanonicalReader in) {
          in.header("cast", TYPE_TAG, 1);
          long proposal = in.u63("cast.proposal");
          int code = in.u8("cast.vote");
          return new Cast(
              proposal,
              Vote.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "cast.vote " + code)));
        }
      };
}
