package org.silkchain.runtime.execution;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.ledger.transaction.TxSignature;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Delegations;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.ModuleRegistry;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.receipt.EventIndex;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.Overlay;
import org.silkchain.runtime.state.StateAccess;

/**
 * The deterministic execution runtime. A transaction is first checked against the sender's account
 * (size, chain, validity window, nonce, signatures against the account's m-of-n keys or a live
 * delegated session key ({@link Delegations}), not frozen); failing any of these makes it {@link
 * TxResult.Invalid}: it may not be in a block and changes nothing. Otherwise its nonce is consumed
 * and its payload dispatched to the module action: unknown action, missing role, malformed body, a
 * rejection by the action's rules, arithmetic overflow or exceeded limits all give a committed
 * receipt with that code, whose only writes are the consumed nonce and the receipt. Consuming the
 * nonce of a refused transaction is deliberate: the same signed transaction can never be replayed
 * later, when the state might let it through.
 *
 * <p>A successful action's writes, its receipt and the index keys of its events are applied
 * together (atomic). Execution is a function of (state, transaction, block height, block time,
 * index in block): no clock, no randomness, sorted maps only.
 */
public final class Runtime {
  private final ChainId chainId;
  private final HashFunction hash;
  private final ModuleRegistry modules;
  private final ExecutionLimits limits;
  private final SignatureCheck signatures;

  public Runtime(
      ChainId chainId,
      HashFunction hash,
      ModuleRegistry modules,
      ExecutionLimits limits,
      SignatureCheck signatures) {
    this.chainId = Objects.requireNonNull(chainId, "chainId");
    this.hash = Objects.requireNonNull(hash, "hash");
    this.modules = Objects.requireNonNull(modules, "modules");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.signatures = Objects.requireNonNull(signatures, "signatures");
  }

  public ModuleRegistry modules() {
    return modules;
  }

  public HashFunction hash() {
    return hash;
  }

  /**
   * The checks that decide whether {@code tx} may be in a block at {@code height} with block time
   * {@code timeMillis} on {@code state}, without executing it: what the mempool asks on admission
   * (with the last committed block's time: a delegation that expires meanwhile is caught again when
   * the block executes).
   */
  public Optional<TxResult.Invalid> check(
      StateAccess state, SignedTransaction tx, long height, long timeMillis) {
    return precheck(state, tx, height, timeMillis).invalid;
  }

  /** Executes {@code tx} alone as the first transaction of {@code block}. */
  public TxResult executeTransaction(StateAccess base, SignedTransaction tx, BlockInfo block) {
    return executeTransaction(base, tx, block, 0);
  }

  /**
   * Executes {@code tx} as transaction {@code txIndex} of {@code block} on {@code base} (the
   * parent's state plus the writes of the block's earlier transactions). Writes nothing to {@code
   * base}: the caller applies {@link TxResult.Executed#writes()}.
   */
  public TxResult executeTransaction(
      StateAccess base, SignedTransaction tx, BlockInfo block, int txIndex) {
    Precheck pre = precheck(base, tx, block.height(), block.timeMillis());
    if (pre.invalid.isPresent()) {
      return pre.invalid.get();
    }
    TransactionBody body = tx.body();
    TransactionId id = tx.id(hash);
    Overlay txState = new Overlay(base);
    txState.put(
        Accounts.key(body.sender()), Accounts.encode(pre.account.withNonce(body.nonce() + 1)));

    Overlay moduleState = new Overlay(txState);
    List<PublicKey> signers = tx.signatures().stream().map(TxSignature::signer).toList();
    ExecutionContext ctx =
        new ExecutionContext(body.sender(), signers, id, block, txIndex, hash, limits, moduleState);
    ResultCode code = ResultCode.OK;
    String message = "";
    try {
      dispatch(ctx, pre.account, body);
    } catch (Rejection r) {
      code = r.code();
      message = r.getMessage();
    } catch (ArithmeticException e) {
      code = ResultCode.OVERFLOW;
      message = "arithmetic overflow: " + e.getMessage();
    } catch (RuntimeException e) {
      // A module bug. Every node hits the same one, so turning it into a failed receipt keeps
      // the chain deterministic and live; the message says where to look.
      code = ResultCode.INTERNAL_ERROR;
      message = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    List<Event> events = List.of();
    if (code.isOk()) {
      txState.merge(moduleState);
      events = ctx.events();
      for (Event e : events) {
        for (Bytes key : EventIndex.keys(e, block.height(), txIndex)) {
          txState.put(key, id.hash().bytes());
        }
      }
    }
    Receipt receipt =
        new Receipt(
            id,
            block.height(),
            txIndex,
            code,
            Receipt.truncate(message),
            events,
            code.isOk() ? ctx.writes() : 0,
            ctx.steps());
    txState.put(EventIndex.receiptKey(id), Receipt.CODEC.encode(receipt));
    return new TxResult.Executed(receipt, txState.writes());
  }

  /**
   * Executes a block's transactions in order; an invalid one makes the whole block invalid (see
   * {@link BlockExecution} for a proposer that skips them instead).
   *
   * @return the receipts and writes, or the first invalid transaction's index and reason
   */
  public BlockOutcome executeBlock(StateAccess base, List<SignedTransaction> txs, BlockInfo block) {
    BlockExecution execution = startBlock(base, block);
    for (int i = 0; i < txs.size(); i++) {
      if (execution.add(txs.get(i)) instanceof TxResult.Invalid invalid) {
        return new BlockOutcome.Invalid(i, invalid);
      }
    }
    return new BlockOutcome.Valid(execution.finish());
  }

  /** Starts executing transactions one at a time on top of {@code base}. */
  public BlockExecution startBlock(StateAccess base, BlockInfo block) {
    return new BlockExecution(this, base, block);
  }

  /**
   * Answers {@code module/query} with a canonical request.
   *
   * @throws Rejection with {@code UNKNOWN_ACTION} for an unknown query, {@code MALFORMED_BODY} for
   *     a request that does not decode, or the query's own code
   */
  public Bytes query(StateAccess state, String module, String query, Bytes request) {
    Query<?, ?> q =
        modules
            .query(module, query)
            .orElseThrow(
                () -> new Rejection(ResultCode.UNKNOWN_ACTION, "no query " + module + "/" + query));
    return answer(q, state, request);
  }

  private static <Q, R> Bytes answer(Query<Q, R> q, StateAccess state, Bytes request) {
    Q decoded;
    try {
      decoded = q.request().decode(request);
    } catch (DecodeException e) {
      throw new Rejection(ResultCode.MALFORMED_BODY, e.getMessage());
    }
    return q.response().encode(q.answer(state, decoded));
  }

  private void dispatch(ExecutionContext ctx, AccountRecord sender, TransactionBody body) {
    String module = body.payload().module();
    String name = body.payload().action();
    if (!modules.hasModule(module)) {
      throw new Rejection(ResultCode.UNKNOWN_MODULE, "no module " + module);
    }
    Action<?> action =
        modules
            .action(module, name)
            .orElseThrow(
                () -> new Rejection(ResultCode.UNKNOWN_ACTION, "no action " + module + "/" + name));
    if (!action.allows(sender.roles())) {
      throw new Rejection(
          ResultCode.UNAUTHORIZED,
          module
              + "/"
              + name
              + " needs one of the roles "
              + action.roles()
              + "; sender has "
              + sender.roles());
    }
    run(action, ctx, body.payload().body());
  }

  private static <B> void run(Action<B> action, ExecutionContext ctx, Bytes encoded) {
    B decoded;
    try {
      decoded = action.body().decode(encoded);
    } catch (DecodeException e) {
      throw new Rejection(ResultCode.MALFORMED_BODY, e.getMessage());
    }
    action.handler().apply(ctx, decoded);
  }

  private record Precheck(Optional<TxResult.Invalid> invalid, AccountRecord account) {}

  private Precheck precheck(StateAccess state, SignedTransaction tx, long height, long timeMillis) {
    TransactionBody body = tx.body();
    int size = tx.encode().size();
    if (size > limits.maxTxBytes()) {
      return invalid(ResultCode.TOO_LARGE, size + " bytes, limit " + limits.maxTxBytes());
    }
    if (!body.chainId().equals(chainId)) {
      return invalid(ResultCode.WRONG_CHAIN, "signed for chain " + body.chainId());
    }
    if (body.validity().validUntilHeight() < height) {
      return invalid(ResultCode.EXPIRED, "valid until " + body.validity().validUntilHeight());
    }
    if (body.validity().validFromHeight() > height) {
      return invalid(ResultCode.NOT_YET_VALID, "valid from " + body.validity().validFromHeight());
    }
    Optional<AccountRecord> stored = Accounts.read(state, body.sender());
    if (stored.isEmpty()) {
      return invalid(ResultCode.UNKNOWN_ACCOUNT, "no account " + body.sender());
    }
    AccountRecord account = stored.get();
    if (body.nonce() < account.nonce()) {
      return invalid(ResultCode.NONCE_TOO_LOW, "account nonce is " + account.nonce());
    }
    if (body.nonce() > account.nonce()) {
      return invalid(ResultCode.NONCE_TOO_HIGH, "account nonce is " + account.nonce());
    }
    Set<PublicKey> keys = new HashSet<>(account.keys());
    boolean delegated = false;
    for (TxSignature s : tx.signatures()) {
      if (!keys.contains(s.signer())) {
        Optional<Precheck> refused = delegatedSigner(state, tx, account, s.signer(), timeMillis);
        if (refused.isPresent()) {
          return refused.get();
        }
        delegated = true;
      }
    }
    if (delegated && tx.signatures().size() != 1) {
      return invalid(
          ResultCode.BAD_SIGNATURE, "a delegated session key signs alone, with no other signature");
    }
    if (tx.signatures().size() < account.threshold()) {
      return invalid(
          ResultCode.INSUFFICIENT_SIGNATURES,
          tx.signatures().size() + " signatures, the account needs " + account.threshold());
    }
    if (!signatures.allValid(tx)) {
      return invalid(ResultCode.BAD_SIGNATURE, "a signature does not verify");
    }
    if (account.frozen()) {
      return invalid(ResultCode.ACCOUNT_FROZEN, "sender " + body.sender() + " is frozen");
    }
    return new Precheck(Optional.empty(), account);
  }

  /**
   * A signer that is not one of the account's keys: allowed only as a live delegated session key of
   * the sender covering the payload's module ({@link Delegations}); empty if allowed.
   */
  private static Optional<Precheck> delegatedSigner(
      StateAccess state,
      SignedTransaction tx,
      AccountRecord account,
      PublicKey signer,
      long timeMillis) {
    TransactionBody body = tx.body();
    String module = body.payload().module();
    Optional<Delegations.Refusal> refusal =
        Delegations.check(state, body.sender(), account, signer, module, timeMillis);
    if (refusal.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (refusal.get()) {
          case NOT_DELEGATED ->
              invalid(
                  ResultCode.BAD_SIGNATURE,
                  "signer " + signer + " is neither a key of the sender nor delegated by it");
          case MULTI_SIGNATURE ->
              invalid(
                  ResultCode.BAD_SIGNATURE,
                  "signer "
                      + signer
                      + " is a delegated session key, and the sender needs "
                      + account.threshold()
                      + " signatures: session keys serve single-signature accounts only");
          case EXPIRED ->
              invalid(
                  ResultCode.DELEGATION_EXPIRED,
                  "the session key " + signer + " expired before block time " + timeMillis);
          case OUT_OF_SCOPE ->
              invalid(
                  ResultCode.DELEGATION_OUT_OF_SCOPE,
                  "the session key " + signer + " is not delegated for module " + module);
        });
  }

  private static Precheck invalid(ResultCode code, String message) {
    return new Precheck(Optional.of(new TxResult.Invalid(code, message)), null);
  }
}
