package org.silkchain.cli.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.module.Empty;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.basket.Lots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain basket ...}: the basket currency, deposited and redeemed in lots. */
@Command(
    name = "basket",
    mixinStandardHelpOptions = true,
    description = {
      "The basket currency: a commercial bank deposits lots of the member currencies and receives"
          + " basket units; anyone holding basket units redeems them for the currencies. Its"
          + " composition changes only by a governance vote ('governance table set-basket').",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      BasketCommand.DepositCmd.class,
      BasketCommand.RedeemCmd.class,
      BasketCommand.CompositionCmd.class,
      BasketCommand.OutstandingCmd.class
    })
public final class BasketCommand extends GroupCommand {
  private static final String M = BasketModule.NAME;

  abstract static class LotsTx extends ModuleTx {
    @Option(names = "--lots", required = true, description = "How many lots, at least 1.")
    long lots;
  }

  @Command(
      name = "deposit",
      mixinStandardHelpOptions = true,
      description = "Commercial bank: deposits the member currencies of N lots for basket units.")
  static final class DepositCmd extends LotsTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, BasketModule.DEPOSIT, new Lots(Args.positive("--lots", lots)));
    }
  }

  @Command(
      name = "redeem",
      mixinStandardHelpOptions = true,
      description = "Redeems N lots of basket units for the member currencies.")
  static final class RedeemCmd extends LotsTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, BasketModule.REDEEM, new Lots(Args.positive("--lots", lots)));
    }
  }

  @Command(
      name = "composition",
      mixinStandardHelpOptions = true,
      description = "The basket's code, lot size and each currency's amount per lot.")
  static final class CompositionCmd extends ModuleQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      Composition c = query(client, M, BasketModule.COMPOSITION, Empty.INSTANCE);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("code", c.code());
      out.put("minorUnits", c.minorUnits());
      out.put("lotSize", c.lotSize());
      List<Map<String, Object>> legs = new ArrayList<>();
      for (Composition.Leg leg : c.legs()) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("currency", leg.currency());
        l.put("amountPerLot", leg.amountPerLot());
        legs.add(l);
      }
      out.put("legs", legs);
      show(out);
    }
  }

  @Command(
      name = "outstanding",
      mixinStandardHelpOptions = true,
      description = "How many basket minor units are outstanding.")
  static final class OutstandingCmd extends ModuleQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      long outstanding = query(client, M, BasketModule.OUTSTANDING, Empty.INSTANCE);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("outstanding", outstanding);
      show(out);
    }
  }
}
