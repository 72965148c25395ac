package org.silkchain.runtime.module;

import java.util.Objects;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.state.StateAccess;

/**
 * A read-only question a module answers from a state version, with canonical request and response
 * codecs so that clients can ask over the wire.
 *
 * @param <Q> request
 * @param <R> response
 */
public record Query<Q, R>(String name, Codec<Q> request, Codec<R> response, Handler<Q, R> handler) {
  @FunctionalInterface
  public interface Handler<Q, R> {
    /**
     * @throws org.silkchain.runtime.result.Rejection for a question with no answer (such as {@code
     *     NOT_FOUND})
     */
    R answer(StateAccess state, Q request);
  }

  public Query {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(handler, "handler");
    if (!Payload.isValidName(name)) {
      throw new IllegalArgumentException("invalid query name " + name);
    }
  }

  public R answer(StateAccess state, Q q) {
    return handler.answer(state, q);
  }
}
