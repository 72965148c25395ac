package org.silkchain.consensus.message;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.block.CommitCertificate;

/**
 * A decided block with the certificate that proves it: what a node sends a peer it sees lagging
 * behind, so the peer can decide that height without running its rounds. Accepting one needs no
 * trust in the sender; the certificate carries the proof.
 */
public record DecisionMessage(Bytes block, CommitCertificate certificate)
    implements ConsensusMessage {
  public static final int TYPE_TAG = 0x0512;
  public static final int VERSION = 1;

  public static final Codec<DecisionMessage> CODEC =
      new Codec<>() {
        @Override
        public void encode(DecisionMessage m, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).bytes(m.block);
          CommitCertificate.CODEC.encode(m.certificate, out);
        }

        @Override
        public DecisionMessage decode(CanonicalReader in) {
          in.header("decisionMessage", TYPE_TAG, VERSION);
          Bytes block = in.bytes("decisionMessage.block", ProposalMessage.MAX_BLOCK_BYTES);
          return new DecisionMessage(block, CommitCertificate.CODEC.decode(in));
        }
      };

  public DecisionMessage {
    if (block.size() > ProposalMessage.MAX_BLOCK_BYTES) {
      throw new IllegalArgumentException("block too large");
    }
  }

  @Override
  public long height() {
    return certificate.height();
  }
}
