package org.silkchain.cli.module;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.module.Action;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.payments.ChargeBearer;
import org.silkchain.trade.payments.CrossBorderPay;
import org.silkchain.trade.payments.CrossBorderPayment;
import org.silkchain.trade.payments.FxAgreement;
import org.silkchain.trade.payments.FxTerms;
import org.silkchain.trade.payments.PaymentsModule;
import org.silkchain.trade.payments.PvpOffer;
import org.silkchain.trade.payments.PvpTerms;
import org.silkchain.trade.payments.Rate;
import org.silkchain.trade.payments.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain payments ...}: FX agreements, cross-border payments and PvP swaps. */
@Command(
    name = "payments",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-border payments: a debtor agent bank proposes FX terms to a creditor agent bank"
          + " (fx-propose, fx-accept), its customers then pay across currencies in one"
          + " transaction (xb-pay); banks swap currencies payment-versus-payment (pvp-offer,"
          + " pvp-accept, pvp-cancel, pvp-expire). Ids are in the receipt's events; by-account,"
          + " agreements-by-party and offers-by-party list an account's.",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      PaymentsCommand.FxProposeCmd.class,
      PaymentsCommand.FxAcceptCmd.class,
      PaymentsCommand.XbPayCmd.class,
      PaymentsCommand.PvpOfferCmd.class,
      PaymentsCommand.PvpAcceptCmd.class,
      PaymentsCommand.PvpCancelCmd.class,
      PaymentsCommand.PvpExpireCmd.class,
      PaymentsCommand.AgreementCmd.class,
      PaymentsCommand.OfferCmd.class,
      PaymentsCommand.PaymentCmd.class,
      PaymentsCommand.ByAccountCmd.class,
      PaymentsCommand.AgreementsByPartyCmd.class,
      PaymentsCommand.OffersByPartyCmd.class
    })
public final class PaymentsCommand extends GroupCommand {
  private static final String M = PaymentsModule.NAME;

  /** A decimal rate such as 7.8123 as units and scale. */
  static Rate rate(String text) throws Failure {
    try {
      BigDecimal d = new BigDecimal(text).stripTrailingZeros();
      if (d.scale() < 0) {
        d = d.setScale(0);
      }
      return new Rate(d.unscaledValue().longValueExact(), d.scale());
    } catch (RuntimeException e) {
      throw new Failure(Failure.BAD_INPUT, "--rate must be a positive decimal, got '" + text + "'");
    }
  }

  @Command(
      name = "fx-propose",
      mixinStandardHelpOptions = true,
      description = "Debtor agent bank: proposes FX terms and a credit line to a creditor agent.")
  static final class FxProposeCmd extends ModuleTx {
    @Option(names = "--creditor-agent", required = true, description = "Its account id (hex).")
    String creditorAgent;

    @Option(names = "--from", required = true, description = "Instructed currency code.")
    String from;

    @Option(names = "--to", required = true, description = "Settlement currency code.")
    String to;

    @Option(names = "--rate", required = true, description = "Units of TO per FROM, e.g. 7.8123.")
    String rate;

    @Option(names = "--debtor-agent-fee", defaultValue = "0", description = "Minor units.")
    long debtorAgentFee;

    @Option(names = "--creditor-agent-fee", defaultValue = "0", description = "Minor units.")
    long creditorAgentFee;

    @Option(names = "--credit-line", required = true, description = "Most to pay, minor units.")
    long creditLine;

    @Option(names = "--expires-at", required = true, description = "Block time (ms), exclusive.")
    long expiresAtMillis;

    @Override
    Payload payload() throws Failure {
      return payload(
          M,
          PaymentsModule.FX_PROPOSE,
          new FxTerms(
              Args.account("--creditor-agent", creditorAgent),
              from,
              to,
              rate(rate),
              debtorAgentFee,
              creditorAgentFee,
              creditLine,
              expiresAtMillis));
    }
  }

  abstract static class RefTx extends ModuleTx {
    @Option(names = "--id", required = true, description = "The id (hex, from the events).")
    String id;

    Payload ref(Action<Reference> action) throws Failure {
      return payload(M, action, new Reference(Args.hash("--id", id)));
    }
  }

  @Command(
      name = "fx-accept",
      mixinStandardHelpOptions = true,
      description = "Creditor agent bank: accepts proposed FX terms.")
  static final class FxAcceptCmd extends RefTx {
    @Override
    Payload payload() throws Failure {
      return ref(PaymentsModule.FX_ACCEPT);
    }
  }

  @Command(
      name = "xb-pay",
      mixinStandardHelpOptions = true,
      description = "Trader: pays a payee abroad under an agreed FX agreement of its bank.")
  static final class XbPayCmd extends ModuleTx {
    @Option(names = "--end-to-end-id", required = true, description = "The payer's reference.")
    String endToEndId;

    @Option(names = "--payee", required = true, description = "The payee's account id (hex).")
    String payee;

    @Option(names = "--agreement", required = true, description = "The FX agreement id (hex).")
    String agreement;

    @Option(names = "--amount", required = true, description = "Instructed minor units.")
    long amount;

    @Option(
        names = "--charge-bearer",
        defaultValue = "SHAR",
        description = "DEBT, CRED or SHAR (default ${DEFAULT-VALUE}).")
    ChargeBearer chargeBearer;

    @Override
    Payload payload() throws Failure {
      return payload(
          M,
          PaymentsModule.XB_PAY,
          new CrossBorderPay(
              endToEndId,
              Args.account("--payee", payee),
              Args.hash("--agreement", agreement),
              Args.positive("--amount", amount),
              chargeBearer));
    }
  }

  @Command(
      name = "pvp-offer",
      mixinStandardHelpOptions = true,
      description = "Bank: offers to swap currencies with a counterparty bank, both legs at once.")
  static final class PvpOfferCmd extends ModuleTx {
    @Option(names = "--counterparty", required = true, description = "Its account id (hex).")
    String counterparty;

    @Option(names = "--give", required = true, description = "Currency given.")
    String give;

    @Option(names = "--give-amount", required = true, description = "Minor units given.")
    long giveAmount;

    @Option(names = "--want", required = true, description = "Currency wanted.")
    String want;

    @Option(names = "--want-amount", required = true, description = "Minor units wanted.")
    long wantAmount;

    @Option(names = "--expires-at", required = true, description = "Block time (ms), exclusive.")
    long expiresAtMillis;

    @Override
    Payload payload() throws Failure {
      return payload(
          M,
          PaymentsModule.PVP_OFFER,
          new PvpTerms(
              Args.account("--counterparty", counterparty),
              give,
              Args.positive("--give-amount", giveAmount),
              want,
              Args.positive("--want-amount", wantAmount),
              expiresAtMillis));
    }
  }

  @Command(
      name = "pvp-accept",
      mixinStandardHelpOptions = true,
      description = "Counterparty bank: accepts an offer; both legs settle.")
  static final class PvpAcceptCmd extends RefTx {
    @Override
    Payload payload() throws Failure {
      return ref(PaymentsModule.PVP_ACCEPT);
    }
  }

  @Command(
      name = "pvp-cancel",
      mixinStandardHelpOptions = true,
      description = "Maker: cancels its open offer.")
  static final class PvpCancelCmd extends RefTx {
    @Override
    Payload payload() throws Failure {
      return ref(PaymentsModule.PVP_CANCEL);
    }
  }

  @Command(
      name = "pvp-expire",
      mixinStandardHelpOptions = true,
      description = "Anyone: marks an offer past its expiry as expired.")
  static final class PvpExpireCmd extends RefTx {
    @Override
    Payload payload() throws Failure {
      return ref(PaymentsModule.PVP_EXPIRE);
    }
  }

  abstract static class RefQuery extends ModuleQuery {
    @Option(names = "--id", required = true, description = "The id (hex).")
    String id;

    Reference ref() throws Failure {
      return new Reference(Args.hash("--id", id));
    }
  }

  @Command(
      name = "agreement",
      mixinStandardHelpOptions = true,
      description = "An FX agreement: its terms, whether agreed, and how much is used.")
  static final class AgreementCmd extends RefQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      FxAgreement a = query(client, M, PaymentsModule.AGREEMENT, ref());
      FxTerms t = a.terms();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id);
      out.put("debtorAgent", a.debtorAgent().toString());
      out.put("creditorAgent", t.creditorAgent().toString());
      out.put("from", t.from());
      out.put("to", t.to());
      out.put("rate", rateText(t.rate()));
      out.put("debtorAgentFee", t.debtorAgentFee());
      out.put("creditorAgentFee", t.creditorAgentFee());
      out.put("creditLine", t.creditLine());
      out.put("expiresAt", t.expiresAtMillis());
      out.put("agreed", a.agreed());
      out.put("used", a.used());
      show(out);
    }
  }

  static String rateText(Rate r) {
    return BigDecimal.valueOf(r.units(), r.scale()).toPlainString();
  }

  @Command(
      name = "offer",
      mixinStandardHelpOptions = true,
      description = "A PvP offer: maker, terms and state.")
  static final class OfferCmd extends RefQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      PvpOffer o = query(client, M, PaymentsModule.OFFER, ref());
      PvpTerms t = o.terms();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id);
      out.put("maker", o.maker().toString());
      out.put("counterparty", t.counterparty().toString());
      out.put("give", t.give());
      out.put("giveAmount", t.giveAmount());
      out.put("want", t.want());
      out.put("wantAmount", t.wantAmount());
      out.put("expiresAt", t.expiresAtMillis());
      out.put("state", o.state().name());
      show(out);
    }
  }

  @Command(
      name = "payment",
      mixinStandardHelpOptions = true,
      description = "A cross-border payment: parties, amounts, rate, charges and status.")
  static final class PaymentCmd extends RefQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      CrossBorderPayment p = query(client, M, PaymentsModule.PAYMENT, ref());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", p.id().toHex());
      out.put("endToEndId", p.endToEndId());
      out.put("payer", p.payer().toString());
      out.put("payee", p.payee().toString());
      out.put("debtorAgent", p.debtorAgent().toString());
      out.put("creditorAgent", p.creditorAgent().toString());
      out.put("agreement", p.agreement().toHex());
      out.put("instructedCurrency", p.instructedCurrency());
      out.put("instructedAmount", p.instructedAmount());
      out.put("debited", p.debited());
      out.put("settlementCurrency", p.settlementCurrency());
      out.put("settlementAmount", p.settlementAmount());
      out.put("rate", rateText(p.rate()));
      out.put("chargeBearer", p.chargeBearer().name());
      out.put("debtorAgentFee", p.debtorAgentFee());
      out.put("creditorAgentFee", p.creditorAgentFee());
      out.put("status", p.status().name());
      out.put("settledAt", p.settledAtMillis());
      out.put("height", p.height());
      show(out);
    }
  }

  @Command(
      name = "by-account",
      mixinStandardHelpOptions = true,
      description =
          "The ids of the payments an account is payer, payee, debtor agent or creditor agent of"
              + " (oldest first).")
  static final class ByAccountCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      show(ids(account, query(client, M, PaymentsModule.BY_ACCOUNT, request())));
    }
  }

  @Command(
      name = "agreements-by-party",
      mixinStandardHelpOptions = true,
      description = "The ids of the FX agreements a bank proposed or was offered (oldest first).")
  static final class AgreementsByPartyCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      show(ids(account, query(client, M, PaymentsModule.AGREEMENTS_BY_PARTY, request())));
    }
  }

  @Command(
      name = "offers-by-party",
      mixinStandardHelpOptions = true,
      description = "The ids of the PvP offers a bank made or was made (oldest first).")
  static final class OffersByPartyCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      show(ids(account, query(client, M, PaymentsModule.OFFERS_BY_PARTY, request())));
    }
  }
}
