package org.silkchain.cli.module;

import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.currency.CurrencyAccount;
import org.silkchain.trade.currency.CurrencyInfo;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain currency ...}: digital currencies, their issue, movements and balances. */
@Command(
    name = "currency",
    mixinStandardHelpOptions = true,
    description = {
      "Digital currencies: a central bank issues its currency, mints to and burns from commercial"
          + " banks and freezes holdings; anyone transfers. Amounts are in minor units.",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      CurrencyCommand.IssueCmd.class,
      CurrencyCommand.MintCmd.class,
      CurrencyCommand.BurnCmd.class,
      CurrencyCommand.TransferCmd.class,
      CurrencyCommand.FreezeCmd.class,
      CurrencyCommand.UnfreezeCmd.class,
      CurrencyCommand.InfoCmd.class,
      CurrencyCommand.BalanceCmd.class
    })
public final class CurrencyCommand extends GroupCommand {
  private static final String M = CurrencyModule.NAME;

  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      description = "Central bank: creates its currency (the sender becomes its issuer).")
  static final class IssueCmd extends ModuleTx {
    @Option(names = "--code", required = true, description = "ISO 4217 code, e.g. EUR.")
    String code;

    @Option(names = "--minor-units", required = true, description = "Decimal places (0..8).")
    int minorUnits;

    @Override
    Payload payload() throws Failure {
      return payload(M, CurrencyModule.ISSUE, new Issue(code, minorUnits));
    }
  }

  abstract static class MovementCmd extends ModuleTx {
    @Option(names = "--code", required = true, description = "The currency's code.")
    String code;

    @Option(names = "--amount", required = true, description = "Minor units, at least 1.")
    long amount;

    abstract String account();

    abstract String option();

    Movement movement() throws Failure {
      return new Movement(
          code, Args.account(option(), account()), Args.positive("--amount", amount));
    }
  }

  /** Mint and burn: the issuer moves money in or out of a commercial bank's account. */
  abstract static class BankMovementCmd extends MovementCmd {
    @Option(names = "--account", required = true, description = "The bank's account id (hex).")
    String account;

    @Override
    String account() {
      return account;
    }

    @Override
    String option() {
      return "--account";
    }
  }

  @Command(
      name = "mint",
      mixinStandardHelpOptions = true,
      description = "Issuer: creates money in a commercial bank's account.")
  static final class MintCmd extends BankMovementCmd {
    @Override
    Payload payload() throws Failure {
      return payload(M, CurrencyModule.MINT, movement());
    }
  }

  @Command(
      name = "burn",
      mixinStandardHelpOptions = true,
      description = "Issuer: destroys money held by a commercial bank.")
  static final class BurnCmd extends BankMovementCmd {
    @Override
    Payload payload() throws Failure {
      return payload(M, CurrencyModule.BURN, movement());
    }
  }

  @Command(
      name = "transfer",
      mixinStandardHelpOptions = true,
      description = "Pays from the sender's account to another account.")
  static final class TransferCmd extends MovementCmd {
    @Option(names = "--to", required = true, description = "The payee's account id (hex).")
    String to;

    @Override
    String account() {
      return to;
    }

    @Override
    String option() {
      return "--to";
    }

    @Override
    Payload payload() throws Failure {
      return payload(M, CurrencyModule.TRANSFER, movement());
    }
  }

  abstract static class HoldingCmd extends ModuleTx {
    @Option(names = "--code", required = true, description = "The currency's code.")
    String code;

    @Option(names = "--account", required = true, description = "The account id (hex).")
    String account;

    CurrencyAccount holding() throws Failure {
      return new CurrencyAccount(code, Args.account("--account", account));
    }
  }

  @Command(
      name = "freeze",
      mixinStandardHelpOptions = true,
      description = "Issuer: freezes an account's holding of its currency.")
  static final class FreezeCmd extends HoldingCmd {
    @Override
    Payload payload() throws Failure {
      return payload(M, CurrencyModule.FREEZE, holding());
    }
  }

  @Command(
      name = "unfreeze",
      mixinStandardHelpOptions = true,
      description = "Issuer: releases a frozen holding.")
  static final class UnfreezeCmd extends HoldingCmd {
    @Override
    Payload payload() throws Failure {
      return payload(M, CurrencyModule.UNFREEZE, holding());
    }
  }

  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      description = "A currency: minor units, issuer, supply, minted and burned.")
  static final class InfoCmd extends ModuleQuery {
    @Option(names = "--code", required = true, description = "The currency's code.")
    String code;

    @Override
    void answer(SilkchainClient client) throws Failure {
      CurrencyInfo c = query(client, M, CurrencyModule.INFO, code);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("code", c.code());
      out.put("minorUnits", c.minorUnits());
      out.put("issuer", c.issuer().toString());
      out.put("supply", c.supply());
      out.put("minted", c.minted());
      out.put("burned", c.burned());
      show(out);
    }
  }

  @Command(
      name = "balance",
      mixinStandardHelpOptions = true,
      description = "An account's balance of a currency, in minor units.")
  static final class BalanceCmd extends ModuleQuery {
    @Option(names = "--code", required = true, description = "The currency's code.")
    String code;

    @Option(names = "--account", required = true, description = "The account id (hex).")
    String account;

    @Override
    void answer(SilkchainClient client) throws Failure {
      var holder = Args.account("--account", account);
      long balance = query(client, M, CurrencyModule.BALANCE, new CurrencyAccount(code, holder));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("code", code);
      out.put("account", holder.toString());
      out.put("balance", balance);
      show(out);
    }
  }
}
