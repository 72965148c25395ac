package org.silkchain.runtime.execution;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateKey;

/** A toy module for runtime tests: a counter with an add, a refusal, a loop and a restricted op. */
final class CounterModule implements TradeModule {
  static final String NAME = "counter";
  static final ResultCode TOO_BIG = ResultCode.of(NAME, "TOO_BIG");

  static final Action<Long> ADD =
      Action.open(
          "add",
          Fields.U63,
          (ctx, n) -> {
            long value = ctx.read(StateKey.of(NAME, "value"), Fields.U63).orElse(0L);
            ctx.write(StateKey.of(NAME, "value"), Fields.U63, Math.addExact(value, n));
            ctx.emit(Event.of(NAME, "added").with("by", ctx.sender().toString()).with("n", n));
          });

  /** Writes, then refuses when n > 100: the write must be discarded. */
  static final Action<Long> ADD_SMALL =
      Action.open(
          "add-small",
          Fields.U63,
          (ctx, n) -> {
            ctx.write(StateKey.of(NAME, "value"), Fields.U63, n);
            Rejection.require(n <= 100, TOO_BIG, () -> n + " is more than 100");
          });

  /** Writes n distinct keys. */
  static final Action<Long> FILL =
      Action.open(
          "fill",
          Fields.U63,
          (ctx, n) -> {
            for (long i = 0; i < n; i++) {
              ctx.write(StateKey.of(NAME, "fill", StateKey.part(i)), Fields.U63, i);
            }
          });

  static final Action<Long> REGULATED =
      Action.restricted("regulated", Fields.U63, (ctx, n) -> {}, Role.REGULATOR);

  static final Action<Long> WRITE_ACCOUNT_KEY =
      Action.open(
          "sneaky",
          Fields.U63,
          (ctx, n) ->
              ctx.put(
                  org.silkchain.runtime.account.Accounts.key(ctx.sender()),
                  org.silkchain.codec.Bytes.EMPTY));

  static final Query<Long, Long> VALUE =
      new Query<>(
          "value",
          Fields.U63,
          Fields.U63,
          (state, q) -> state.read(StateKey.of(NAME, "value"), Fields.U63).orElse(0L));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(ADD, ADD_SMALL, FILL, REGULATED, WRITE_ACCOUNT_KEY);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(VALUE);
  }
}
