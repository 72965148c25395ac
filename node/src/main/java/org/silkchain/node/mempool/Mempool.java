package org.silkchain.node.mempool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.node.config.MempoolSettings;
import org.silkchain.node.execution.RejectionCode;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.state.StateAccess;

/**
 * Transactions waiting for a block. Thread-safe.
 *
 * <p>Admission checks, cheapest first, each with its stable code: size ({@code TOO_LARGE}),
 * encoding ({@code MALFORMED}), chain id ({@code WRONG_CHAIN}), already pending ({@code
 * DUPLICATE}), validity window against the next height ({@code EXPIRED}, {@code NOT_YET_VALID}),
 * sender account ({@code UNKNOWN_ACCOUNT}), nonce against the account's ({@code NONCE_TOO_LOW}, or
 * {@code NONCE_TOO_HIGH} more than {@value #NONCE_WINDOW} ahead), another pending transaction at
 * the same nonce ({@code DUPLICATE}), then the execution runtime's own checks ({@link
 * Runtime#check}: keys, threshold and signatures, {@code BAD_SIGNATURE}, {@code
 * INSUFFICIENT_SIGNATURES}, a delegated session key's expiry against the last committed block's
 * time and its scope, {@code DELEGATION_EXPIRED}, {@code DELEGATION_OUT_OF_SCOPE}, a frozen sender,
 * {@code ACCOUNT_FROZEN}; signatures are verified once and cached for block validation), run as if
 * the account's nonce were the transaction's so that future nonces pass, then the bounds: per
 * sender ({@code SENDER_QUOTA}) and total count and bytes ({@code MEMPOOL_FULL}). Nothing is
 * evicted to make room: a full pool says so.
 *
 * <p>Each sender has a queue ordered by nonce. {@link #reap} takes senders round robin, one
 * transaction per turn, each sender's in nonce order from its account nonce on, so one busy sender
 * cannot crowd out the others. After each committed block, {@link #onBlockCommitted} drops what was
 * included, what the new nonces make stale, and what expired.
 */
public final class Mempool {
  /** How far ahead of its account's nonce a pending transaction may be (node contract). */
  public static final int NONCE_WINDOW = 64;

  private record Entry(SignedTransaction tx, TransactionId id, int size) {}

  private final MempoolSettings limits;
  private final ChainId chainId;
  private final Runtime runtime;
  private final AccountView accounts;

  /** Insertion-ordered senders: the round-robin order. Guarded by {@code this}. */
  private final LinkedHashMap<AccountId, TreeMap<Long, Entry>> senders = new LinkedHashMap<>();

  private final Map<TransactionId, Entry> byId = new HashMap<>();
  private long bytes;

  public Mempool(MempoolSettings limits, ChainId chainId, Runtime runtime, AccountView accounts) {
    this.limits = limits;
    this.chainId = chainId;
    this.runtime = runtime;
    this.accounts = accounts;
  }

  /** Decodes and admits a transaction received as bytes. */
  public Admission admit(Bytes encoded) {
    if (encoded.size() > limits.maxTransactionBytes()) {
      return Admission.rejected(
          null,
          RejectionCode.TOO_LARGE,
          encoded.size() + " bytes, limit " + limits.maxTransactionBytes());
    }
    SignedTransaction tx;
    try {
      tx = SignedTransaction.CODEC.decode(encoded);
    } catch (DecodeException e) {
      return Admission.rejected(null, RejectionCode.MALFORMED, e.getMessage());
    }
    return admit(tx, encoded.size());
  }

  private Admission admit(SignedTransaction tx, int size) {
    TransactionBody body = tx.body();
    TransactionId id = tx.id(runtime.hash());
    if (!body.chainId().equals(chainId)) {
      return Admission.rejected(id, RejectionCode.WRONG_CHAIN, "for chain " + body.chainId());
    }
    Optional<Admission> early = precheck(tx, id);
    if (early.isPresent()) {
      return early.get();
    }
    Optional<TxResult.Invalid> invalid =
        runtime.check(
            atOwnNonce(accounts.committedState(), tx),
            tx,
            accounts.nextHeight(),
            accounts.committedTimeMillis());
    if (invalid.isPresent()) {
      return Admission.rejected(
          id, RejectionCode.of(invalid.get().code()), invalid.get().message());
    }
    synchronized (this) {
      // Checked again: another thread may have admitted meanwhile.
      Optional<Admission> late = precheck(tx, id);
      if (late.isPresent()) {
        return late.get();
      }
      TreeMap<Long, Entry> queue = senders.get(body.sender());
      if (queue != null && queue.size() >= limits.maxPerSender()) {
        return Admission.rejected(
            id, RejectionCode.SENDER_QUOTA, "sender has " + queue.size() + " pending");
      }
      if (byId.size() >= limits.maxTransactions() || bytes + size > limits.maxBytes()) {
        return Admission.rejected(
            id, RejectionCode.MEMPOOL_FULL, byId.size() + " transactions, " + bytes + " bytes");
      }
      Entry entry = new Entry(tx, id, size);
      senders.computeIfAbsent(body.sender(), s -> new TreeMap<>()).put(body.nonce(), entry);
      byId.put(id, entry);
      bytes += size;
    }
    return Admission.admitted(id);
  }

  /** The checks that need no signature verification; empty if they pass. */
  private synchronized Optional<Admission> precheck(SignedTransaction tx, TransactionId id) {
    TransactionBody body = tx.body();
    if (byId.containsKey(id)) {
      return reject(id, RejectionCode.DUPLICATE, "already pending");
    }
    long next = accounts.nextHeight();
    if (body.validity().validUntilHeight() < next) {
      return reject(id, RejectionCode.EXPIRED, "valid until " + body.validity().validUntilHeight());
    }
    if (body.validity().validFromHeight() > next) {
      return reject(
          id, RejectionCode.NOT_YET_VALID, "valid from " + body.validity().validFromHeight());
    }
    Optional<AccountRecord> account = accounts.account(body.sender());
    if (account.isEmpty()) {
      return reject(id, RejectionCode.UNKNOWN_ACCOUNT, "no account " + body.sender());
    }
    long nonce = account.get().nonce();
    if (body.nonce() < nonce) {
      return reject(id, RejectionCode.NONCE_TOO_LOW, "account nonce is " + nonce);
    }
    if (body.nonce() > nonce + NONCE_WINDOW) {
      return reject(
          id,
          RejectionCode.NONCE_TOO_HIGH,
          "account nonce is " + nonce + ", at most " + NONCE_WINDOW + " ahead");
    }
    TreeMap<Long, Entry> queue = senders.get(body.sender());
    if (queue != null && queue.containsKey(body.nonce())) {
      return reject(id, RejectionCode.DUPLICATE, "another transaction holds nonce " + body.nonce());
    }
    return Optional.empty();
  }

  private static Optional<Admission> reject(TransactionId id, RejectionCode code, String detail) {
    return Optional.of(Admission.rejected(id, code, detail));
  }

  /**
   * {@code state} with the sender's account nonce set to the transaction's, so that the runtime's
   * check (which wants the exact next nonce) accepts a future nonce the window allows; the window
   * itself was checked before.
   */
  private static StateAccess atOwnNonce(StateAccess state, SignedTransaction tx) {
    AccountId sender = tx.body().sender();
    Bytes key = Accounts.key(sender);
    Optional<AccountRecord> account = Accounts.read(state, sender);
    if (account.isEmpty()) {
      return state;
    }
    Optional<Bytes> shifted =
        Optional.of(Accounts.encode(account.get().withNonce(tx.body().nonce())));
    return k -> k.equals(key) ? shifted : state.get(k);
  }

  /**
   * Up to {@code maxCount} transactions in fair order: senders round robin, each sender's
   * consecutive nonces from {@code nonceOf(sender)} on (a gap stops that sender).
   */
  public synchronized List<SignedTransaction> reap(
      int maxCount, Function<AccountId, Long> nonceOf) {
    List<SignedTransaction> out = new ArrayList<>();
    Map<AccountId, Long> cursor = new LinkedHashMap<>();
    for (AccountId sender : senders.keySet()) {
      cursor.put(sender, nonceOf.apply(sender));
    }
    boolean progress = true;
    while (progress && out.size() < maxCount) {
      progress = false;
      for (Map.Entry<AccountId, Long> c : cursor.entrySet()) {
        if (out.size() >= maxCount) {
          break;
        }
        Entry e = senders.get(c.getKey()).get(c.getValue());
        if (e != null) {
          out.add(e.tx());
          c.setValue(c.getValue() + 1);
          progress = true;
        }
      }
    }
    return out;
  }

  /**
   * After a block: drops its transactions, those whose nonce the new account nonces make stale, and
   * those that can no longer fit the next height's validity window.
   */
  public synchronized void onBlockCommitted(List<TransactionId> included) {
    for (TransactionId id : included) {
      Entry e = byId.get(id);
      if (e != null) {
        remove(e);
      }
    }
    long next = accounts.nextHeight();
    List<Entry> stale = new ArrayList<>();
    for (Map.Entry<AccountId, TreeMap<Long, Entry>> s : senders.entrySet()) {
      long nonce = accounts.account(s.getKey()).map(AccountRecord::nonce).orElse(Long.MAX_VALUE);
      for (Entry e : s.getValue().values()) {
        if (e.tx().body().nonce() < nonce || e.tx().body().validity().validUntilHeight() < next) {
          stale.add(e);
        }
      }
    }
    stale.forEach(this::remove);
  }

  private void remove(Entry e) {
    byId.remove(e.id());
    bytes -= e.size();
    AccountId sender = e.tx().body().sender();
    TreeMap<Long, Entry> queue = senders.get(sender);
    queue.remove(e.tx().body().nonce());
    if (queue.isEmpty()) {
      senders.remove(sender);
    } else {
      // Rotate the sender to the back: fairness across blocks, not only within one.
      senders.remove(sender);
      senders.put(sender, queue);
    }
  }

  public synchronized boolean contains(TransactionId id) {
    return byId.containsKey(id);
  }

  public synchronized int size() {
    return byId.size();
  }

  public synchronized long bytes() {
    return bytes;
  }

  /** Pending transactions of {@code sender}, in nonce order (for tests and diagnostics). */
  public synchronized List<SignedTransaction> pendingOf(AccountId sender) {
    TreeMap<Long, Entry> queue = senders.get(sender);
    List<SignedTransaction> out = new ArrayList<>();
    if (queue != null) {
      Iterator<Entry> it = queue.values().iterator();
      while (it.hasNext()) {
        out.add(it.next().tx());
      }
    }
    return out;
  }
}
