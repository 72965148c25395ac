package org.silkchain.trade;

import java.util.List;
import org.silkchain.runtime.module.ModuleRegistry;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.confidential.ConfidentialModule;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.documents.DocumentsModule;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.kv.KvModule;
import org.silkchain.trade.lc.LcModule;
import org.silkchain.trade.messages.MessagesModule;
import org.silkchain.trade.payments.PaymentsModule;

/** The trade modules, for a node to register at startup (also listed for {@code ServiceLoader}). */
public final class TradeModules {
  private TradeModules() {}

  public static List<TradeModule> all() {
    return List.of(
        new IdentityModule(),
        new CurrencyModule(),
        new PaymentsModule(),
        new BasketModule(),
        new KvModule(),
        new EblModule(),
        new ConfidentialModule(),
        new DocumentsModule(),
        new MessagesModule(),
        new LcModule(),
        new GovernanceModule());
  }

  public static ModuleRegistry registry() {
    return ModuleRegistry.of(all());
  }
}
