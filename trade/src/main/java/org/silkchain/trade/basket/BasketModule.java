package org.silkchain.trade.basket;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;

/**
 * A basket unit modelled on the IMF SDR: banks create units by depositing the member currencies in
 * fixed amounts per lot ({@code deposit}, commercial banks) and any holder redeems them for the
 * same amounts ({@code redeem}). The governance secretariat sets the composition ({@code
 * set-composition}; the first call creates the unit). Queries: {@code composition}, {@code
 * outstanding} (units in minor units), both with an {@link Empty} request.
 */
public final class BasketModule implements TradeModule {
  public static final String NAME = "basket";

  public static final Action<Lots> DEPOSIT =
      Action.restricted("deposit", Lots.CODEC, Basket::deposit, Role.COMMERCIAL_BANK);
  public static final Action<Lots> REDEEM = Action.open("redeem", Lots.CODEC, Basket::redeem);
  public static final Action<Composition> SET_COMPOSITION =
      Action.restricted(
          "set-composition",
          Composition.CODEC,
          Basket::setComposition,
          Role.GOVERNANCE_SECRETARIAT);

  public static final Query<Empty, Composition> COMPOSITION =
      new Query<>(
          "composition",
          Empty.CODEC,
          Composition.CODEC,
          (state, q) ->
              Basket.composition(state)
                  .orElseThrow(() -> new Rejection(BasketCodes.NOT_CONFIGURED, "no basket")));
  public static final Query<Empty, Long> OUTSTANDING =
      new Query<>("outstanding", Empty.CODEC, Fields.U63, (state, q) -> Basket.outstanding(state));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(DEPOSIT, REDEEM, SET_COMPOSITION);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(COMPOSITION, OUTSTANDING);
  }
}
