package org.silkchain.runtime.module;

import java.util.Objects;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.state.StateAccess;

/**
 * A read-only question a module answers from a state version, with canonical request and response
 * codecs so that clients can ask over the wire.
 *
 * <p>A {@code confidential} query answers only an authenticated member over the node API (a signed
 * request); others get {@code UNAUTHENTICATED}. The flag guards what the API shows, not what the
 * state holds: validators replicate the whole state.
 *
 * @param <Q> request
 * @param <R> response
 */
public record Query<Q, R>(
    String name, Codec<Q> request, Codec<R> response, Handler<Q, R> handler, boolean confidential) {
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

  /** A public query (anyone may ask it over the API). */
  public Query(String name, Codec<Q> request, Codec<R> response, Handler<Q, R> handler) {
    this(name, request, response, handler, false);
  }

  /** This query, answering only authenticated members over the API. */
  public Query<Q, R> asConfidential() {
    return new Query<>(name, request, response, handler, true);
  }

  public R answer(StateAccess state, Q q) {
    return handler.answer(state, q);
  }
}
