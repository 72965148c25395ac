package org.silkchain.trade.kv;

import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;

/**
 * The body of payload {@code kv/put}: a UTF-8 key of at most {@value #MAX_KEY_BYTES} bytes and a
 * value of at most {@value #MAX_VALUE_BYTES} bytes, encoded as {@code string(key) bytes(value)}
 * with no header. The node contract fixes this wire form for clients: do not change it.
 */
public record KvPut(String key, Bytes value) {
  public static final String MODULE = KvModule.NAME;
  public static final String ACTION = "put";
  public static final int MAX_KEY_BYTES = 128;
  public static final int MAX_VALUE_BYTES = 4096;

  public static final Codec<KvPut> CODEC =
      new Codec<>() {
        @Override
        public void encode(KvPut p, CanonicalWriter out) {
          out.string(p.key).bytes(p.value);
        }

        @Override
        public KvPut decode(CanonicalReader in) {
          return new KvPut(
              in.string("kv.key", MAX_KEY_BYTES), in.bytes("kv.value", MAX_VALUE_BYTES));
        }
      };

  public Bytes encode() {
    return CODEC.encode(this);
  }

  /** The payload that writes this pair (for clients). */
  public Payload payload() {
    return new Payload(MODULE, ACTION, encode());
  }

  /**
   * A signed {@code kv/put} transaction from the account that {@code signer}'s key alone owns (as
   * every genesis member's account is), for clients and tests.
   */
  public SignedTransaction sign(
      ChainId chainId, KeyPair signer, long nonce, ValidityWindow validity) {
    SignatureSuite suite = SignatureSuite.of(signer.publicKey().suite());
    AccountId sender = AccountId.fromInitialKeys(suite.hash(), List.of(signer.publicKey()));
    TransactionBody body = new TransactionBody(chainId, sender, nonce, validity, payload());
    return SignedTransaction.sign(body, List.of(signer), suite);
  }
}
