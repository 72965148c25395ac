package org.silkchain.runtime.module;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;

/**
 * One action of a module: its name, the canonical codec of its body, the roles that may send it
 * (the sender needs at least one; empty means any account) and its handler.
 *
 * @param <B> the decoded body
 */
public record Action<B>(String name, Codec<B> body, Set<Role> roles, Handler<B> handler) {
  /**
   * Checks the rules and then changes state through {@code ctx}. Refuses by throwing {@link
   * org.silkchain.runtime.result.Rejection}; every write is then discarded. Arithmetic overflow
   * ({@code Math.addExact}) becomes {@code OVERFLOW}.
   */
  @FunctionalInterface
  public interface Handler<B> {
    void apply(ExecutionContext ctx, B body);
  }

  public Action {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(handler, "handler");
    if (!Payload.isValidName(name)) {
      throw new IllegalArgumentException("invalid action name " + name);
    }
    EnumSet<Role> copy = EnumSet.noneOf(Role.class);
    copy.addAll(roles);
    roles = java.util.Collections.unmodifiableSet(copy);
  }

  /** An action any account may send. */
  public static <B> Action<B> open(String name, Codec<B> body, Handler<B> handler) {
    return new Action<>(name, body, Set.of(), handler);
  }

  /** An action only accounts with one of {@code roles} may send. */
  public static <B> Action<B> restricted(
      String name, Codec<B> body, Handler<B> handler, Role... roles) {
    return new Action<>(name, body, Set.of(roles), handler);
  }

  public boolean allows(Set<Role> senderRoles) {
    if (roles.isEmpty()) {
      return true;
    }
    for (Role r : senderRoles) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** The payload that asks {@code module} to run this action with {@code value} (for clients). */
  public Payload payload(String module, B value) {
    return new Payload(module, name, body.encode(value));
  }
}
