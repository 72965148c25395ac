package org.silkchain.runtime.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.receipt.EventIndex;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.Overlay;
import org.silkchain.runtime.state.StateAccess;

/**
 * Everything an action may see and do: who sent it and who signed, the block's height and time, and
 * state reads and writes through the transaction's overlay (discarded if the action is refused).
 * Every operation is metered against {@link ExecutionLimits}; going over throws a {@link Rejection}
 * with {@link ResultCode#LIMIT_EXCEEDED}.
 *
 * <p>Modules may not write the runtime's namespaces ({@code account}, {@code receipt}, {@code idx})
 * with {@link #put}; accounts change only through {@link #putAccount}, whose callers (the identity
 * module) own the rules for it.
 */
public final class ExecutionContext implements StateAccess {
  private static final List<Bytes> RESERVED =
      List.of(
          Bytes.utf8(Accounts.NAMESPACE + "/"),
          Bytes.utf8(EventIndex.RECEIPTS + "/"),
          Bytes.utf8(EventIndex.NAMESPACE + "/"));

  private final AccountId sender;
  private final List<PublicKey> signers;
  private final TransactionId txId;
  private final BlockInfo block;
  private final int txIndex;
  private final HashFunction hash;
  private final ExecutionLimits limits;
  private Overlay overlay; // swapped for a nested one during attempt()
  private final List<Event> events = new ArrayList<>();
  private long steps;
  private int writes;

  ExecutionContext(
      AccountId sender,
      List<PublicKey> signers,
      TransactionId txId,
      BlockInfo block,
      int txIndex,
      HashFunction hash,
      ExecutionLimits limits,
      Overlay overlay) {
    this.sender = sender;
    this.signers = List.copyOf(signers);
    this.txId = txId;
    this.block = block;
    this.txIndex = txIndex;
    this.hash = hash;
    this.limits = limits;
    this.overlay = overlay;
  }

  public AccountId sender() {
    return sender;
  }

  /**
   * The keys that signed the transaction (all verified): keys of the sender's account, or the one
   * session key the sender delegated ({@link org.silkchain.runtime.account.Delegations}).
   */
  public List<PublicKey> signers() {
    return signers;
  }

  public TransactionId txId() {
    return txId;
  }

  public long height() {
    return block.height();
  }

  /** The block's timestamp in Unix milliseconds: the only time there is. */
  public long blockTimeMillis() {
    return block.timeMillis();
  }

  public int txIndex() {
    return txIndex;
  }

  /** The network's hash function, for ids derived in execution. */
  public HashFunction hash() {
    return hash;
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    step(ExecutionLimits.READ_STEPS);
    return overlay.get(key);
  }

  public void put(Bytes key, Bytes value) {
    checkNotReserved(key);
    write();
    step(ExecutionLimits.WRITE_STEPS + (value.size() + 63) / 64);
    overlay.put(key, value);
  }

  public <T> void write(Bytes key, Codec<T> codec, T value) {
    put(key, codec.encode(value));
  }

  public void delete(Bytes key) {
    checkNotReserved(key);
    write();
    step(ExecutionLimits.WRITE_STEPS);
    overlay.delete(key);
  }

  public Optional<AccountRecord> account(AccountId id) {
    return read(Accounts.key(id), AccountRecord.CODEC);
  }

  /** Creates or replaces an account record (identity module: opening, keys, freezing). */
  public void putAccount(AccountId id, AccountRecord account) {
    write();
    step(ExecutionLimits.WRITE_STEPS);
    overlay.put(Accounts.key(id), AccountRecord.CODEC.encode(account));
  }

  public void emit(Event event) {
    step(ExecutionLimits.EVENT_STEPS);
    if (events.size() >= limits.maxEvents()) {
      throw new Rejection(ResultCode.LIMIT_EXCEEDED, "more than " + limits.maxEvents() + " events");
    }
    events.add(event);
  }

  /** Charges {@code n} steps (for a module's own loops); throws when over the limit. */
  public void step(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative steps");
    }
    steps = Math.addExact(steps, n);
    if (steps > limits.maxSteps()) {
      throw new Rejection(
          ResultCode.LIMIT_EXCEEDED, "more than " + limits.maxSteps() + " execution steps");
    }
  }

  /**
   * Runs {@code step} as a nested unit: its writes and events are kept if it completes and
   * discarded if it is refused, so that a caller can record a failure and go on (governance records
   * a failed execution with its reason while the proposal's outcome stands). A refusal, an
   * arithmetic overflow or a module bug become the returned {@link Rejection} ({@code OVERFLOW},
   * {@code INTERNAL_ERROR}); exceeding the transaction's limits is not caught, since the steps
   * already spent stay charged and the whole transaction must fail.
   *
   * @return empty if {@code step} completed, otherwise why it did not
   */
  public Optional<Rejection> attempt(Consumer<ExecutionContext> step) {
    Overlay outer = overlay;
    int eventCount = events.size();
    Overlay inner = new Overlay(outer);
    overlay = inner;
    Rejection failure;
    try {
      step.accept(this);
      overlay = outer;
      outer.merge(inner);
      return Optional.empty();
    } catch (Rejection r) {
      if (r.code().equals(ResultCode.LIMIT_EXCEEDED)) {
        throw r;
      }
      failure = r;
    } catch (ArithmeticException e) {
      failure = new Rejection(ResultCode.OVERFLOW, "arithmetic overflow: " + e.getMessage());
    } catch (RuntimeException e) {
      failure =
          new Rejection(
              ResultCode.INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      overlay = outer;
    }
    events.subList(eventCount, events.size()).clear();
    return Optional.of(failure);
  }

  long steps() {
    return steps;
  }

  int writes() {
    return writes;
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  private void write() {
    if (++writes > limits.maxWrites()) {
      throw new Rejection(
          ResultCode.LIMIT_EXCEEDED, "more than " + limits.maxWrites() + " state writes");
    }
  }

  private static void checkNotReserved(Bytes key) {
    for (Bytes prefix : RESERVED) {
      if (key.startsWith(prefix)) {
        throw new IllegalStateException("modules may not write runtime key " + key);
      }
    }
  }
}
