package org.silkchain.consensus.message;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * A signed proposal and the proposed block. Consensus treats the block as opaque bytes; the
 * proposal's signed value hash must equal the configured {@code ValueHasher} applied to them, which
 * the proposal validator checks.
 */
public record ProposalMessage(SignedProposal proposal, Bytes block) implements ConsensusMessage {
  public static final int TYPE_TAG = 0x0511;
  public static final int VERSION = 1;

  /**
   * Decoder bound on block bytes. Engines may enforce a lower limit (their configured maximum block
   * size); no decoder accepts more than this.
   */
  public static final int MAX_BLOCK_BYTES = 16 * 1024 * 1024;

  public static final Codec<ProposalMessage> CODEC =
      new Codec<>() {
        @Override
        public void encode(ProposalMessage m, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          SignedProposal.CODEC.encode(m.proposal, out);
          out.bytes(m.block);
        }

        @Override
        public ProposalMessage decode(CanonicalReader in) {
          in.header("proposalMessage", TYPE_TAG, VERSION);
          SignedProposal proposal = SignedProposal.CODEC.decode(in);
          return new ProposalMessage(proposal, in.bytes("proposalMessage.block", MAX_BLOCK_BYTES));
        }
      };

  public ProposalMessage {
    if (block.size() > MAX_BLOCK_BYTES) {
      throw new IllegalArgumentException("block exceeds " + MAX_BLOCK_BYTES + " bytes");
    }
  }

  @Override
  public long height() {
    return proposal.height();
  }

  public int round() {
    return proposal.round();
  }
}
