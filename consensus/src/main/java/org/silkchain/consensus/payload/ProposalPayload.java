package org.silkchain.consensus.payload;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * What a proposer signs: {@code <PROPOSAL, chainId, height, round, id(v), validRound>} of the
 * Tendermint paper. The block itself travels next to it ({@code ProposalMessage}); signing the hash
 * only keeps the signed bytes small and fixed-size.
 *
 * @param validRound the round in which the proposer saw a polka for this value, or {@value
 *     #NO_VALID_ROUND} for a fresh value
 */
public record ProposalPayload(
    String chainId, long height, int round, Hash valueHash, int validRound) {
  public static final int TYPE_TAG = 0x0501;
  public static final int VERSION = 1;
  public static final int NO_VALID_ROUND = -1;

  public static final Codec<ProposalPayload> CODEC =
      new Codec<>() {
        @Override
        public void encode(ProposalPayload p, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).string(p.chainId).u63(p.height).u32(p.round);
          Hash.CODEC.encode(p.valueHash, out);
          // validRound + 1 so that "none" (-1) encodes as 0 in an unsigned field.
          out.u32(p.validRound + 1L);
        }

        @Override
        public ProposalPayload decode(CanonicalReader in) {
          in.header("proposal", TYPE_TAG, VERSION);
          String chainId = PayloadFields.read(in, "proposal.chainId");
          long height = PayloadFields.readHeight(in, "proposal.height");
          int round = PayloadFields.readRound(in, "proposal.round");
          Hash value = Hash.CODEC.decode(in);
          int validRoundPlusOne = PayloadFields.readRound(in, "proposal.validRound");
          return new ProposalPayload(chainId, height, round, value, validRoundPlusOne - 1);
        }
      };

  public ProposalPayload {
    PayloadFields.check(chainId);
    if (height < 1 || round < 0 || validRound < NO_VALID_ROUND) {
      throw new IllegalArgumentException("bad height, round or valid round");
    }
  }

  /** {@link SignDomains#PROPOSAL} followed by the canonical encoding. */
  public Bytes signBytes() {
    return SignDomains.PROPOSAL.concat(CODEC.encode(this));
  }
}
