package org.silkchain.runtime.module;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.ledger.transaction.Payload;

/**
 * The modules of a runtime, built once at startup and immutable after: a lookup by name, with no
 * central switch over modules. Duplicate module, action or query names are rejected at build time.
 */
public final class ModuleRegistry {
  private final SortedMap<String, TradeModule> modules;
  private final SortedMap<String, Action<?>> actions = new TreeMap<>();
  private final SortedMap<String, Query<?, ?>> queries = new TreeMap<>();

  private ModuleRegistry(Collection<? extends TradeModule> list) {
    TreeMap<String, TradeModule> byName = new TreeMap<>();
    for (TradeModule m : list) {
      if (!Payload.isValidName(m.name())) {
        throw new IllegalArgumentException("invalid module name " + m.name());
      }
      if (byName.put(m.name(), m) != null) {
        throw new IllegalArgumentException("module " + m.name() + " registered twice");
      }
      for (Action<?> a : m.actions()) {
        if (actions.put(m.name() + "/" + a.name(), a) != null) {
          throw new IllegalArgumentException("action " + m.name() + "/" + a.name() + " twice");
        }
      }
      for (Query<?, ?> q : m.queries()) {
        if (queries.put(m.name() + "/" + q.name(), q) != null) {
          throw new IllegalArgumentException("query " + m.name() + "/" + q.name() + " twice");
        }
      }
    }
    this.modules = Collections.unmodifiableSortedMap(byName);
  }

  public static ModuleRegistry of(List<? extends TradeModule> modules) {
    return new ModuleRegistry(modules);
  }

  public static ModuleRegistry of(TradeModule... modules) {
    return new ModuleRegistry(List.of(modules));
  }

  /** Every {@link TradeModule} on the class path ({@code META-INF/services}). */
  public static ModuleRegistry discover() {
    return new ModuleRegistry(
        ServiceLoader.load(TradeModule.class).stream().map(ServiceLoader.Provider::get).toList());
  }

  public boolean hasModule(String name) {
    return modules.containsKey(name);
  }

  public Optional<Action<?>> action(String module, String action) {
    return Optional.ofNullable(actions.get(module + "/" + action));
  }

  public Optional<Query<?, ?>> query(String module, String query) {
    return Optional.ofNullable(queries.get(module + "/" + query));
  }

  /** Modules by name, in name order. */
  public SortedMap<String, TradeModule> modules() {
    return modules;
  }
}
