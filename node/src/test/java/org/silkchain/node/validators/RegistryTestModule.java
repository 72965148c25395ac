package org.silkchain.node.validators;

import java.util.List;
import org.silkchain.crypto.PublicKey;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.validators.ValidatorRegistry;

/**
 * Test only: changes the registry without a vote, standing in for governance in unit tests of the
 * node side. Never registered in a real node.
 */
public final class RegistryTestModule implements TradeModule {
  public static final String NAME = "registry-test";

  public static final Action<ValidatorRegistry.Entry> ADD =
      Action.open("add", ValidatorRegistry.Entry.CODEC, ValidatorRegistry::add);

  public static final Action<PublicKey> REMOVE =
      Action.open("remove", PublicKey.CODEC, ValidatorRegistry::remove);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(ADD, REMOVE);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of();
  }
}
