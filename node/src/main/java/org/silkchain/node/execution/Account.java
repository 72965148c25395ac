package org.silkchain.node.execution;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.SignedTransaction;

/**
 * An account in state: the nonce its next transaction must carry, and the keys that may sign for it
 * (any one of them suffices in this minimal runtime).
 */
public record Account(long nonce, List<PublicKey> keys) {
  public static final int TYPE_TAG = 0x0710;
  public static final int VERSION = 1;

  public static final Codec<Account> CODEC =
      new Codec<>() {
        @Override
        public void encode(Account a, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).u63(a.nonce).set(a.keys, PublicKey.CODEC);
        }

        @Override
        public Account decode(CanonicalReader in) {
          in.header("account", TYPE_TAG, VERSION);
          long nonce = in.u63("account.nonce");
          List<PublicKey> keys =
              in.set("account.keys", SignedTransaction.MAX_SIGNATURES, PublicKey.CODEC);
          if (keys.isEmpty()) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "account: no keys");
          }
          return new Account(nonce, keys);
        }
      };

  public Account {
    keys = List.copyOf(keys);
    if (nonce < 0 || keys.isEmpty()) {
      throw new IllegalArgumentException("an account has a non-negative nonce and a key");
    }
  }

  public Account withNonce(long next) {
    return new Account(next, keys);
  }
}
