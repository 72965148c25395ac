package org.silkchain.ledger.transaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;

/**
 * A transaction body with the signatures that authorize it: the envelope that travels between nodes
 * and into blocks.
 *
 * <p>Invariants: 1 to {@value #MAX_SIGNATURES} signatures, sorted by signer key (suite code, then
 * key bytes, which is also the order of their encodings), no signer twice. The constructor sorts;
 * the decoder accepts only the sorted form, so one transaction has one encoding. By the field
 * bounds an encoding never exceeds {@value #MAX_ENCODED_SIZE} bytes.
 */
public record SignedTransaction(TransactionBody body, List<TxSignature> signatures) {
  public static final int TYPE_TAG = 0x0303;
  public static final int VERSION = 1;

  /** Multi-signature accounts: at most this many signers on one transaction. */
  public static final int MAX_SIGNATURES = 16;

  /**
   * Upper bound of an encoding, checked before decoding so that a peer cannot make us parse more.
   * The largest encodable transaction (full payload body, all signatures) stays below it.
   */
  public static final int MAX_ENCODED_SIZE = 512 * 1024;

  private static final Comparator<TxSignature> BY_SIGNER =
      Comparator.comparing(TxSignature::signer);

  public static final Codec<SignedTransaction> CODEC =
      new Codec<>() {
        @Override
        public void encode(SignedTransaction tx, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          TransactionBody.CODEC.encode(tx.body, out);
          out.list(tx.signatures, TxSignature.CODEC);
        }

        @Override
        public SignedTransaction decode(CanonicalReader in) {
          in.header("signedTransaction", TYPE_TAG, VERSION);
          TransactionBody body = TransactionBody.CODEC.decode(in);
          List<TxSignature> sigs =
              in.list("signedTransaction.signatures", MAX_SIGNATURES, TxSignature.CODEC);
          if (sigs.isEmpty()) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "signedTransaction: no signatures");
          }
          for (int i = 1; i < sigs.size(); i++) {
            int cmp = BY_SIGNER.compare(sigs.get(i - 1), sigs.get(i));
            if (cmp == 0) {
              throw new DecodeException(
                  DecodeException.Reason.DUPLICATE,
                  "signedTransaction.signatures: signer " + sigs.get(i).signer() + " twice");
            }
            if (cmp > 0) {
              throw new DecodeException(
                  DecodeException.Reason.NOT_SORTED,
                  "signedTransaction.signatures: element " + i + " out of order");
            }
          }
          return new SignedTransaction(body, sigs);
        }

        @Override
        public SignedTransaction decode(Bytes bytes) {
          if (bytes.size() > MAX_ENCODED_SIZE) {
            throw new DecodeException(
                DecodeException.Reason.TOO_LONG,
                "signedTransaction: " + bytes.size() + " bytes, limit " + MAX_ENCODED_SIZE);
          }
          return Codec.super.decode(bytes);
        }
      };

  public SignedTransaction {
    Objects.requireNonNull(body, "body");
    if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException(
          "a transaction has 1.." + MAX_SIGNATURES + " signatures, got " + signatures.size());
    }
    List<TxSignature> sorted = new ArrayList<>(signatures);
    sorted.sort(BY_SIGNER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).signer().equals(sorted.get(i).signer())) {
        throw new IllegalArgumentException("duplicate signer " + sorted.get(i).signer());
      }
    }
    signatures = List.copyOf(sorted);
  }

  /**
   * Signs {@code body} with every key in {@code signers} (any order, each key once).
   *
   * @throws IllegalArgumentException if a key is not of {@code suite}, a signer repeats, or the
   *     count is outside 1..{@value #MAX_SIGNATURES}
   */
  public static SignedTransaction sign(
      TransactionBody body, List<KeyPair> signers, SignatureSuite suite) {
    Bytes message = body.signBytes();
    List<TxSignature> sigs = new ArrayList<>(signers.size());
    for (KeyPair key : signers) {
      if (key.publicKey().suite() != suite.id()) {
        throw new IllegalArgumentException(
            "key of suite " + key.publicKey().suite() + " cannot sign for " + suite.id());
      }
      sigs.add(new TxSignature(key.publicKey(), suite.sign(key.privateKey(), message)));
    }
    return new SignedTransaction(body, sigs);
  }

  public TransactionId id(HashFunction hash) {
    return body.id(hash);
  }

  public Bytes encode() {
    return CODEC.encode(this);
  }

  /**
   * Checks every signature against the body's sign bytes, in order, and reports the first that
   * fails. It does not decide whether these signers may act for {@link TransactionBody#sender()}:
   * that needs the account's keys from state.
   */
  public SignatureVerification verifySignatures(SignatureSuite suite) {
    Bytes message = body.signBytes();
    for (int i = 0; i < signatures.size(); i++) {
      TxSignature s = signatures.get(i);
      if (s.signer().suite() != suite.id()) {
        return new SignatureVerification.Invalid(
            i, s.signer(), SignatureVerification.Failure.WRONG_SUITE);
      }
      if (!suite.verify(s.signer(), message, s.signature())) {
        return new SignatureVerification.Invalid(
            i, s.signer(), SignatureVerification.Failure.BAD_SIGNATURE);
      }
    }
    return SignatureVerification.VALID;
  }
}
