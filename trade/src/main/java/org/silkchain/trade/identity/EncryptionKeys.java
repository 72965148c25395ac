package org.silkchain.trade.identity;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Map;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * The registry of encryption public keys: {@code identity/encryption-key/<account hex>} holds the
 * key that content sealed for the account must be encrypted to. Members get theirs from genesis;
 * any account (member or bank customer) sets or rotates its own with {@code
 * identity/set-encryption-key}.
 *
 * <p>Rotation changes only what future envelopes are sealed to: envelopes already on chain stay
 * readable with the old private key, which the account should therefore keep.
 */
public final class EncryptionKeys {
  /** Type tag of the stored key. */
  public static final int TYPE_TAG = 0x0931;

  public static final ResultCode INVALID_ENCRYPTION_KEY =
      ResultCode.of(IdentityModule.NAME, "INVALID_ENCRYPTION_KEY");

  /** The stored form: a header, then the key. */
  public static final Codec<EncryptionPublicKey> CODEC =
      new Codec<>() {
        @Override
        public void encode(EncryptionPublicKey key, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          EncryptionPublicKey.CODEC.encode(key, out);
        }

        @Override
        public EncryptionPublicKey decode(CanonicalReader in) {
          in.header("encryptionKey", TYPE_TAG, 1);
          return EncryptionPublicKey.CODEC.decode(in);
        }
      };

  private EncryptionKeys() {}

  public static Bytes key(AccountId account) {
    return StateKey.of(IdentityModule.NAME, "encryption-key", StateKey.part(account));
  }

  /** The account's current encryption key, if it registered one. */
  public static Optional<EncryptionPublicKey> of(StateAccess state, AccountId account) {
    return state.read(key(account), CODEC);
  }

  /**
   * The genesis entry that registers {@code key} for the member whose account {@code signingKey}
   * alone owns (as {@link IdentityGenesis#accountOf} derives it).
   */
  public static Map.Entry<Bytes, Bytes> genesisEntry(
      HashFunction hash, PublicKey signingKey, EncryptionPublicKey key) {
    if (key.suite() != signingKey.suite()) {
      throw new IllegalArgumentException("encryption key of another suite than the signing key");
    }
    return Map.entry(key(IdentityGenesis.accountOf(hash, signingKey)), CODEC.encode(key));
  }

  /**
   * Registers {@code key} for {@code account} from another action's transaction: for the code that
   * admits a member after genesis (with its encryption key from the admission decision). Same
   * checks as {@code set-encryption-key}.
   */
  public static void register(ExecutionContext ctx, AccountId account, EncryptionPublicKey key) {
    AccountRecord record =
        ctx.account(account)
            .orElseThrow(() -> new Rejection(ResultCode.NOT_FOUND, "no account " + account));
    check(record, key);
    boolean rotation = ctx.get(key(account)).isPresent();
    ctx.write(key(account), CODEC, key);
    ctx.emit(
        Event.of(IdentityModule.NAME, rotation ? "encryption-key-rotated" : "encryption-key-set")
            .with("account", account.toString()));
  }

  /**
   * {@code identity/set-encryption-key}: the key must be of the suite the sender's signing keys
   * use, so that everyone who seals for the account can use one cipher.
   */
  static void set(ExecutionContext ctx, SetEncryptionKey body) {
    register(ctx, ctx.sender(), body.key());
  }

  private static void check(AccountRecord account, EncryptionPublicKey key) {
    require(
        account.keys().get(0).suite() == key.suite(),
        INVALID_ENCRYPTION_KEY,
        () -> "a " + key.suite() + " key for an account that signs with another suite");
    require(
        !key.bytes().equals(Bytes.wrap(new byte[key.bytes().size()])),
        INVALID_ENCRYPTION_KEY,
        "the all-zero key is not a usable encryption key");
  }
}
