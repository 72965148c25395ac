package org.silkchain.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EncryptionPrivateKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.BlockInfo;
import org.silkchain.runtime.execution.ExecutionLimits;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.execution.SignatureCheck;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.identity.EncryptionKeys;
import org.silkchain.trade.identity.IdentityGenesis;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.MemberRegistry;
import org.silkchain.trade.identity.OpenCustomer;
import org.silkchain.trade.identity.Roster;

/**
 * An in-memory chain with the trade modules: genesis members, one transaction per block, block time
 * advancing one second per block unless a test moves it.
 */
public final class TradeChain {
  public static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.ED25519);
  public static final ChainId CHAIN = ChainId.of("silkchain-test");
  public static final long GENESIS_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  /** An account with its signing keys (the first key signs by default). */
  public record Party(String name, List<KeyPair> keys, AccountId id) {
    public KeyPair key() {
      return keys.get(0);
    }

    /** The party's encryption key pair, derived from its name and registered on chain. */
    public EncryptionKeyPair encryption() {
      return encryptionKey(name);
    }
  }

  public final TreeMap<Bytes, Bytes> state = new TreeMap<>();
  public final Runtime runtime =
      new Runtime(
          CHAIN,
          SUITE.hash(),
          TradeModules.registry(),
          ExecutionLimits.DEFAULT,
          SignatureCheck.verifying(SUITE));
  private long height;
  private long time = GENESIS_TIME;
  private Receipt last;

  public static KeyPair key(String name) {
    return SUITE.fromPrivate(
        new PrivateKey(SuiteId.ED25519, SUITE.hash().digest(Bytes.utf8(name)).bytes()));
  }

  /** A deterministic encryption key pair for {@code name} (X25519 clamps any 32 bytes). */
  public static EncryptionKeyPair encryptionKey(String name) {
    return EncryptionKeyPair.fromPrivate(
        new EncryptionPrivateKey(
            SuiteId.ED25519, SUITE.hash().digest(Bytes.utf8("encryption:" + name)).bytes()));
  }

  /** Every transaction submitted, as encoded on the wire, in order (what blocks would carry). */
  public final List<Bytes> transactions = new ArrayList<>();

  /** Registers a genesis member, with its encryption key as the node's genesis does. */
  public Party member(String id, String jurisdiction, String bic, Role... roles) {
    KeyPair key = key(id);
    state.putAll(
        IdentityGenesis.state(
            SUITE.hash(),
            List.of(
                new IdentityGenesis.MemberSpec(
                    id,
                    id.toUpperCase(java.util.Locale.ROOT) + " institution",
                    Set.of(roles),
                    jurisdiction,
                    Optional.ofNullable(bic),
                    key.publicKey()))));
    var encryption =
        EncryptionKeys.genesisEntry(SUITE.hash(), key.publicKey(), encryptionKey(id).publicKey());
    state.put(encryption.getKey(), encryption.getValue());
    AccountId account = IdentityGenesis.accountOf(SUITE.hash(), key.publicKey());
    // genesis puts every member on the roster that governance counts votes from
    state.put(
        MemberRegistry.rosterKey(),
        Roster.CODEC.encode(MemberRegistry.roster(view()).with(account, false)));
    return new Party(id, List.of(key), account);
  }

  /** Answers {@code module/query} on the current state. */
  public <Q, R> R query(Query<Q, R> query, String module, Q request) {
    return query
        .response()
        .decode(runtime.query(view(), module, query.name(), query.request().encode(request)));
  }

  /** {@code bank} opens a customer account for a fresh key. */
  public Party customer(Party bank, String name, String jurisdiction) {
    KeyPair key = key(name);
    ok(
        bank,
        IdentityModule.OPEN_CUSTOMER,
        IdentityModule.NAME,
        new OpenCustomer(
            List.of(key.publicKey()),
            1,
            SUITE.hash().digest(Bytes.utf8("kyc:" + name)),
            jurisdiction));
    AccountId id =
        org.silkchain.trade.identity.Identities.customerAccountId(
            SUITE.hash(), bank.id(), List.of(key.publicKey()));
    // Registered directly, as if the customer had sent identity/set-encryption-key, so that the
    // harness's block heights and times stay what other tests expect.
    state.put(EncryptionKeys.key(id), EncryptionKeys.CODEC.encode(encryptionKey(name).publicKey()));
    return new Party(name, List.of(key), id);
  }

  public StateAccess view() {
    return key -> Optional.ofNullable(state.get(key));
  }

  public long nonce(AccountId id) {
    return Accounts.read(view(), id).orElseThrow().nonce();
  }

  public long time() {
    return time;
  }

  public void advance(long millis) {
    time += millis;
  }

  public Receipt lastReceipt() {
    return last;
  }

  public Hash lastTxId() {
    return last.txId().hash();
  }

  /** Runs the action as a one-transaction block and returns its receipt; fails if invalid. */
  public <B> Receipt act(Party who, Action<B> action, String module, B body) {
    return act(who, who.keys().subList(0, 1), action, module, body);
  }

  public <B> Receipt act(
      Party who, List<KeyPair> signers, Action<B> action, String module, B body) {
    TxResult r = submit(who.id(), signers, action.payload(module, body));
    assertThat(r)
        .as("%s/%s by %s", module, action.name(), who.name())
        .isInstanceOf(TxResult.Executed.class);
    last = ((TxResult.Executed) r).receipt();
    return last;
  }

  /** As {@link #act}, asserting success. */
  public <B> Receipt ok(Party who, Action<B> action, String module, B body) {
    Receipt r = act(who, action, module, body);
    assertThat(r.code().value()).as(r.message()).isEqualTo("OK");
    return r;
  }

  public TxResult submit(AccountId sender, List<KeyPair> signers, Payload payload) {
    SignedTransaction tx = sign(sender, nonceOrZero(sender), payload, signers);
    transactions.add(SignedTransaction.CODEC.encode(tx));
    height++;
    time += 1000;
    TxResult r = runtime.executeTransaction(view(), tx, new BlockInfo(height, time));
    if (r instanceof TxResult.Executed e) {
      e.writes()
          .forEach(
              (k, v) -> {
                if (v.isPresent()) {
                  state.put(k, v.get());
                } else {
                  state.remove(k);
                }
              });
    }
    return r;
  }

  public SignedTransaction sign(
      AccountId sender, long nonce, Payload payload, List<KeyPair> signers) {
    return SignedTransaction.sign(
        new TransactionBody(
            CHAIN, sender, nonce, new ValidityWindow(0, Long.MAX_VALUE / 2), payload),
        new ArrayList<>(signers),
        SUITE);
  }

  private long nonceOrZero(AccountId id) {
    return Accounts.read(view(), id).map(a -> a.nonce()).orElse(0L);
  }

  public long balance(String code, Party who) {
    return CurrencyLedger.balance(view(), code, who.id());
  }

  /** The state without the keys every transaction writes (nonces and receipts). */
  public TreeMap<Bytes, Bytes> domainState() {
    TreeMap<Bytes, Bytes> copy = new TreeMap<>();
    state.forEach(
        (k, v) -> {
          if (!k.startsWith(Bytes.utf8("receipt/")) && !k.startsWith(Bytes.utf8("account/"))) {
            copy.put(k, v);
          }
        });
    return copy;
  }
}
