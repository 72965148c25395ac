package org.silkchain.runtime.result;

import java.util.Objects;

/**
 * Thrown by an action's checks to refuse it, with a stable code and a message naming the cause. The
 * runtime catches it, discards every write the action made and commits a receipt with the code.
 * Actions check first and write after, in the style of Corda's {@code requireThat}:
 *
 * <pre>{@code
 * Rejection.require(balance >= amount, INSUFFICIENT_FUNDS, () -> "balance " + balance);
 * }</pre>
 *
 * <p>No stack trace: rejections are expected outcomes, and hostile transactions must not be able to
 * make nodes spend time filling them.
 */
public final class Rejection extends RuntimeException {
  private final ResultCode code;

  public Rejection(ResultCode code, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ResultCode code() {
    return code;
  }

  /** Refuses with {@code code} unless {@code condition} holds. */
  public static void require(boolean condition, ResultCode code, String message) {
    if (!condition) {
      throw new Rejection(code, message);
    }
  }

  /** As {@link #require(boolean, ResultCode, String)}, building the message only on failure. */
  public static void require(
      boolean condition, ResultCode code, java.util.function.Supplier<String> message) {
    if (!condition) {
      throw new Rejection(code, message.get());
    }
  }

  @Override
  public String toString() {
    return code + ": " + getMessage();
  }
}
