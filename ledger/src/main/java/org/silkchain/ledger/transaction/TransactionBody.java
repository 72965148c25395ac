package org.silkchain.ledger.transaction;

import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.HashDomains;

/**
 * The unsigned part of a transaction: what its signers sign and what its id covers.
 *
 * <p>{@code sender} is the account that authorizes the transaction and whose {@code nonce} it
 * consumes; whether the signers of a {@link SignedTransaction} may act for that account is decided
 * by the accounts module against state, not here.
 */
public record TransactionBody(
    ChainId chainId, AccountId sender, long nonce, ValidityWindow validity, Payload payload) {
  public static final int TYPE_TAG = 0x0302;
  public static final int VERSION = 1;

  /**
   * Prefix of the signed bytes. Every Silkchain signing domain is an ASCII string ending in NUL, so
   * no domain is a prefix of another and a transaction signature can never verify as a vote or any
   * other signed message, whatever bytes follow.
   */
  public static final Bytes SIGN_DOMAIN = Bytes.utf8("silkchain/tx/v1\0");

  public static final Codec<TransactionBody> CODEC =
      new Codec<>() {
        @Override
        public void encode(TransactionBody b, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          ChainId.CODEC.encode(b.chainId, out);
          AccountId.CODEC.encode(b.sender, out);
          out.u63(b.nonce);
          ValidityWindow.CODEC.encode(b.validity, out);
          Payload.CODEC.encode(b.payload, out);
        }

        @Override
        public TransactionBody decode(CanonicalReader in) {
          in.header("transactionBody", TYPE_TAG, VERSION);
          ChainId chainId = ChainId.CODEC.decode(in);
          AccountId sender = AccountId.CODEC.decode(in);
          long nonce = in.u63("transactionBody.nonce");
          ValidityWindow validity = ValidityWindow.CODEC.decode(in);
          Payload payload = Payload.CODEC.decode(in);
          // Every component was checked by its own decoder; the remaining invariant (nonce >= 0)
          // is what u63 guarantees, so this constructor cannot throw.
          return new TransactionBody(chainId, sender, nonce, validity, payload);
        }
      };

  public TransactionBody {
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(payload, "payload");
    if (nonce < 0) {
      throw new IllegalArgumentException("negative nonce: " + nonce);
    }
  }

  public Bytes encode() {
    return CODEC.encode(this);
  }

  /** What each signer signs: {@link #SIGN_DOMAIN} followed by the body encoding. */
  public Bytes signBytes() {
    return SIGN_DOMAIN.concat(encode());
  }

  /**
   * {@code H(TRANSACTION_ID || body encoding)}.
   *
   * <p>Signatures are deliberately left out, like a segwit txid. Our suites' signatures are
   * non-malleable, but a multi-signature set is not: anyone relaying a transaction signed by more
   * keys than the account's threshold could drop a signature and get a transaction that still
   * executes under a different id. An id over the body alone is stable under such changes, so
   * mempool deduplication, receipts and client lookups can rely on it. Replays of the same body are
   * stopped by the nonce, not by the id.
   */
  public TransactionId id(HashFunction hash) {
    return new TransactionId(hash.digest(HashDomains.TRANSACTION_ID, encode()));
  }
}
