package org.silkchain.runtime.module;

import java.util.List;

/**
 * A module of the runtime: a package with its state types, its actions, its queries and its tests.
 * Modules are registered at startup ({@link ModuleRegistry}); the runtime dispatches a payload
 * {@code (module, action, body)} to the action of that name, so adding a module touches no other.
 *
 * <p>Contract for implementations: actions and queries are deterministic functions of the state and
 * the execution context (no clock, randomness, I/O or hash-order iteration); a module writes only
 * under its own name as key namespace, and reaches other modules' state through their Java API.
 */
public interface TradeModule {
  /** The payload's {@code module}: {@code [a-z][a-z0-9_.-]{0,31}}, also its key namespace. */
  String name();

  List<Action<?>> actions();

  List<Query<?, ?>> queries();
}
