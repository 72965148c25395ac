package org.silkchain.trade.ebl;

import java.util.List;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;

/** Electronic bills of lading as transferable records (actions follow). */
public final class EblModule implements TradeModule {
  public static final String NAME = "ebl";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of();
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of();
  }
}
