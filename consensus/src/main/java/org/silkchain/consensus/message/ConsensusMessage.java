package org.silkchain.consensus.message;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * Everything consensus puts on the wire. {@link #CODEC} frames any of them: a header of its own
 * ({@value #TYPE_TAG}), a one-byte kind, then the message's own encoding (which repeats its type
 * tag, so a message decoded on its own is checked just the same).
 */
public sealed interface ConsensusMessage permits ProposalMessage, SignedVote, DecisionMessage {
  int TYPE_TAG = 0x0510;
  int VERSION = 1;

  /** The height the message is about. */
  long height();

  Codec<ConsensusMessage> CODEC =
      new Codec<>() {
        @Override
        public void encode(ConsensusMessage m, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          switch (m) {
            case ProposalMessage p -> ProposalMessage.CODEC.encode(p, out.u8(1));
            case SignedVote v -> SignedVote.CODEC.encode(v, out.u8(2));
            case DecisionMessage d -> DecisionMessage.CODEC.encode(d, out.u8(3));
          }
        }

        @Override
        public ConsensusMessage decode(CanonicalReader in) {
          in.header("consensusMessage", TYPE_TAG, VERSION);
          int kind = in.u8("consensusMessage.kind");
          return switch (kind) {
            case 1 -> ProposalMessage.CODEC.decode(in);
            case 2 -> SignedVote.CODEC.decode(in);
            case 3 -> DecisionMessage.CODEC.decode(in);
            default ->
                throw new DecodeException(
                    DecodeException.Reason.UNKNOWN_TAG, "consensusMessage.kind: " + kind);
          };
        }
      };
}
