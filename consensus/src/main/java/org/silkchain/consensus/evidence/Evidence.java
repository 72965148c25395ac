package org.silkchain.consensus.evidence;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.crypto.PublicKey;

/**
 * Proof that a validator signed two conflicting messages for one height, round and step. Both
 * halves are complete signed messages, so anyone can check the proof with the offender's public key
 * alone; the pair is stored in a fixed order (by encoding) so one offence has one encoding.
 */
public sealed interface Evidence {
  int TYPE_TAG = 0x0530;
  int VERSION = 1;

  PublicKey offender();

  long height();

  int round();

  /** Two different votes of one type from one validator at one height and round. */
  record DuplicateVote(SignedVote first, SignedVote second) implements Evidence {
    public DuplicateVote {
      if (!first.author().equals(second.author())
          || first.height() != second.height()
          || first.round() != second.round()
          || first.type() != second.type()
          || first.payload().equals(second.payload())) {
        throw new IllegalArgumentException("not two conflicting votes of one validator");
      }
      if (SignedVote.CODEC.encode(first).compareTo(SignedVote.CODEC.encode(second)) > 0) {
        SignedVote t = first;
        first = second;
        second = t;
      }
    }

    @Override
    public PublicKey offender() {
      return first.author();
    }

    @Override
    public long height() {
      return first.height();
    }

    @Override
    public int round() {
      return first.round();
    }
  }

  /** Two different proposals from one proposer at one height and round. */
  record DuplicateProposal(SignedProposal first, SignedProposal second) implements Evidence {
    public DuplicateProposal {
      if (!first.author().equals(second.author())
          || first.height() != second.height()
          || first.round() != second.round()
          || first.payload().equals(second.payload())) {
        throw new IllegalArgumentException("not two conflicting proposals of one validator");
      }
      if (SignedProposal.CODEC.encode(first).compareTo(SignedProposal.CODEC.encode(second)) > 0) {
        SignedProposal t = first;
        first = second;
        second = t;
      }
    }

    @Override
    public PublicKey offender() {
      return first.author();
    }

    @Override
    public long height() {
      return first.height();
    }

    @Override
    public int round() {
      return first.round();
    }
  }

  Codec<Evidence> CODEC =
      new Codec<>() {
        @Override
        public void encode(Evidence e, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          switch (e) {
            case DuplicateVote v -> {
              out.u8(1);
              SignedVote.CODEC.encode(v.first, out);
              SignedVote.CODEC.encode(v.second, out);
            }
            case DuplicateProposal p -> {
              out.u8(2);
              SignedProposal.CODEC.encode(p.first, out);
              SignedProposal.CODEC.encode(p.second, out);
            }
          }
        }

        @Override
        public Evidence decode(CanonicalReader in) {
          in.header("evidence", TYPE_TAG, VERSION);
          int kind = in.u8("evidence.kind");
          try {
            return switch (kind) {
              case 1 -> new DuplicateVote(SignedVote.CODEC.decode(in), SignedVote.CODEC.decode(in));
              case 2 ->
                  new DuplicateProposal(
                      SignedProposal.CODEC.decode(in), SignedProposal.CODEC.decode(in));
              default ->
                  throw new DecodeException(
                      DecodeException.Reason.UNKNOWN_TAG, "evidence.kind: " + kind);
            };
          } catch (IllegalArgumentException e) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "evidence: " + e.getMessage());
          }
        }
      };
}
