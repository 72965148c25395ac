package org.silkchain.runtime.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.Overlay;
import org.silkchain.runtime.state.StateAccess;

class AttemptTest {
  private static final Bytes KEPT = Bytes.utf8("t/kept");
  private static final Bytes INNER = Bytes.utf8("t/inner");
  private final Overlay overlay = new Overlay(StateAccess.empty());

  private ExecutionContext context(ExecutionLimits limits) {
    return new ExecutionContext(
        new AccountId(Bytes.wrap(new byte[32])),
        List.of(),
        new TransactionId(Hash.ZERO),
        new BlockInfo(1, 0),
        0,
        HashFunction.sha256(),
        limits,
        overlay);
  }

  @Test
  void completedStepKeepsItsWritesAndEvents() {
    ExecutionContext ctx = context(ExecutionLimits.DEFAULT);
    Optional<Rejection> r =
        ctx.attempt(
            c -> {
              c.put(INNER, Bytes.utf8("1"));
              c.emit(Event.of("t", "done"));
            });
    assertThat(r).isEmpty();
    assertThat(overlay.get(INNER)).contains(Bytes.utf8("1"));
    assertThat(ctx.events()).hasSize(1);
  }

  @Test
  void refusedStepLeavesNoTraceButEarlierWritesStay() {
    ExecutionContext ctx = context(ExecutionLimits.DEFAULT);
    ctx.put(KEPT, Bytes.utf8("k"));
    ctx.emit(Event.of("t", "before"));
    Optional<Rejection> r =
        ctx.attempt(
            c -> {
              c.put(INNER, Bytes.utf8("1"));
              c.emit(Event.of("t", "inside"));
              assertThat(c.get(INNER)).isPresent(); // reads see the nested writes
              throw new Rejection(ResultCode.INVALID_ARGUMENT, "no");
            });
    assertThat(r).get().extracting(Rejection::code).isEqualTo(ResultCode.INVALID_ARGUMENT);
    assertThat(overlay.get(INNER)).isEmpty();
    assertThat(overlay.get(KEPT)).isPresent();
    assertThat(ctx.events()).extracting(Event::type).containsExactly("before");
    ctx.put(Bytes.utf8("t/after"), Bytes.utf8("a"));
    assertThat(overlay.get(Bytes.utf8("t/after"))).isPresent();
  }

  @Test
  void overflowAndBugsBecomeCodesButLimitsAbortTheTransaction() {
    ExecutionContext ctx = context(ExecutionLimits.DEFAULT);
    assertThat(ctx.attempt(c -> Math.addExact(Long.MAX_VALUE, 1)))
        .get()
        .extracting(Rejection::code)
        .isEqualTo(ResultCode.OVERFLOW);
    assertThat(
            ctx.attempt(
                c -> {
                  throw new UnsupportedOperationException("contract");
                }))
        .get()
        .extracting(Rejection::code)
        .isEqualTo(ResultCode.INTERNAL_ERROR);
    ExecutionContext tight = context(new ExecutionLimits(1024, 1, 1_000, 4));
    assertThatThrownBy(
            () ->
                tight.attempt(
                    c -> {
                      c.put(INNER, Bytes.utf8("1"));
                      c.put(KEPT, Bytes.utf8("2"));
                    }))
        .isInstanceOf(Rejection.class)
        .extracting(e -> ((Rejection) e).code())
        .isEqualTo(ResultCode.LIMIT_EXCEEDED);
  }
}
