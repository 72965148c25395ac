package org.silkchain.trade.governance;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.trade.governance.voting.Vote;

/**
 * A member's current vote on a proposal, public: who, what, when, and the transaction that cast it
 * with the keys that signed it, so anyone can fetch the signed transaction from the ledger and
 * check the signatures. {@code changes} counts how often the member changed its vote; each change
 * is also a {@code vote-cast} event in the history.
 */
public record Ballot(
    AccountId voter,
    Vote vote,
    long castAt,
    long height,
    Hash txId,
    List<PublicKey> signers,
    long changes) {
  public static final int TYPE_TAG = 0x1002;

  public static final Codec<Ballot> CODEC =
      new Codec<>() {
        @Override
        public void encode(Ballot b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(b.voter, out);
          out.u8(b.vote.code()).u63(b.castAt).u63(b.height);
          Hash.CODEC.encode(b.txId, out);
          out.set(b.signers, PublicKey.CODEC).u63(b.changes);
        }

        @Override
        public Ballot decode(CanonicalReader in) {
          in.header("ballot", TYPE_TAG, 1);
          AccountId voter = AccountId.CODEC.decode(in);
          int code = in.u8("ballot.vote");
          Vote vote =
              Vote.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "ballot.vote " + code));
          return new Ballot(
              voter,
              vote,
              in.u63("ballot.castAt"),
              in.u63("ballot.height"),
              Hash.CODEC.decode(in),
              in.set("ballot.signers", SignedTransaction.MAX_SIGNATURES, PublicKey.CODEC),
              in.u63("ballot.changes"));
        }
      };

  public Ballot {
    signers = signers.stream().sorted().toList();
  }
}
