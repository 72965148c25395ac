package org.silkchain.consensus.message;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;

/**
 * A prevote or precommit with its author and the author's signature over {@link
 * VotePayload#signBytes()}. A vote is a whole wire message; nothing travels with it.
 */
public record SignedVote(VotePayload payload, PublicKey author, Signature signature)
    implements ConsensusMessage {
  public static final int TYPE_TAG = 0x0504;
  public static final int VERSION = 1;

  public static final Codec<SignedVote> CODEC =
      new Codec<>() {
        @Override
        public void encode(SignedVote v, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          VotePayload.CODEC.encode(v.payload, out);
          PublicKey.CODEC.encode(v.author, out);
          Signature.CODEC.encode(v.signature, out);
        }

        @Override
        public SignedVote decode(CanonicalReader in) {
          in.header("signedVote", TYPE_TAG, VERSION);
          return new SignedVote(
              VotePayload.CODEC.decode(in), PublicKey.CODEC.decode(in), Signature.CODEC.decode(in));
        }
      };

  @Override
  public long height() {
    return payload.height();
  }

  public int round() {
    return payload.round();
  }

  public VoteType type() {
    return payload.type();
  }
}
