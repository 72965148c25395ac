package org.silkchain.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.node.genesis.Role;
import org.silkchain.trade.currency.CurrencyCodes;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.OpenCustomer;
import org.silkchain.trade.payments.ChargeBearer;
import org.silkchain.trade.payments.CrossBorderPay;
import org.silkchain.trade.payments.FxTerms;
import org.silkchain.trade.payments.PaymentsModule;
import org.silkchain.trade.payments.Rate;
import org.silkchain.trade.payments.Reference;

/**
 * {@code fx-payment}: two central banks issue their currencies and mint both to two commercial
 * banks; each bank opens and funds {@value #CUSTOMERS_PER_BANK} trader (customer) accounts; the
 * banks agree an FX corridor each way. The load is cross-border {@code xb-pay} payments from each
 * bank's traders to the other bank's traders, each payment executing all four legs.
 */
final class FxPaymentWorkload implements Workload {
  static final String NAME = "fx-payment";
  static final int CUSTOMERS_PER_BANK = 12;
  private static final long MINT = 1_000_000_000_000L;
  private static final long FUNDING = 1_000_000_000L;
  private static final long CREDIT_LINE = 1_000_000_000_000_000L;
  private static final long AMOUNT = 100;
  private static final long DAY_MS = 86_400_000L;

  @Override
  public void check(BenchNetwork net) throws BenchException {
    Workload.need(net, Role.CENTRAL_BANK, 2, NAME);
    Workload.need(net, Role.COMMERCIAL_BANK, 2, NAME);
  }

  @Override
  public Load prepare(BenchNetwork net, PrintWriter out) throws BenchException {
    List<String> centralIds = Workload.need(net, Role.CENTRAL_BANK, 2, NAME);
    List<String> bankIds = Workload.need(net, Role.COMMERCIAL_BANK, 2, NAME);
    List<Sender> centrals = new ArrayList<>();
    List<String> currencies = new ArrayList<>();
    for (String id : centralIds) {
      centrals.add(net.member(id));
      currencies.add(Workload.currencyOf(net.genesis().member(id).orElseThrow().jurisdiction()));
    }
    if (currencies.get(0).equals(currencies.get(1))) {
      throw new BenchException(
          "workload " + NAME + " needs central banks of two jurisdictions: " + centralIds);
    }
    List<Sender> banks = new ArrayList<>();
    for (String id : bankIds) {
      banks.add(net.member(id));
    }
    out.println("setup: " + centralIds + " issue " + currencies + " and mint to " + bankIds);
    List<BenchNetwork.Step> issue = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      issue.add(
          new BenchNetwork.Step(
              centrals.get(c),
              CurrencyModule.ISSUE.payload(CurrencyModule.NAME, new Issue(currencies.get(c), 2)),
              List.of("OK", CurrencyCodes.ALREADY_ISSUED.value())));
    }
    net.run("issue", issue);

    List<BenchNetwork.Step> mintAndOpen = new ArrayList<>();
    List<List<Sender>> customers = List.of(new ArrayList<>(), new ArrayList<>());
    for (int c = 0; c < 2; c++) {
      for (Sender bank : banks) {
        mintAndOpen.add(
            new BenchNetwork.Step(
                centrals.get(c),
                CurrencyModule.MINT.payload(
                    CurrencyModule.NAME, new Movement(currencies.get(c), bank.account(), MINT))));
      }
    }
    for (int b = 0; b < 2; b++) {
      Sender bank = banks.get(b);
      for (int k = 0; k < CUSTOMERS_PER_BANK; k++) {
        KeyPair key = net.newKey();
        mintAndOpen.add(
            new BenchNetwork.Step(
                bank,
                IdentityModule.OPEN_CUSTOMER.payload(
                    IdentityModule.NAME,
                    new OpenCustomer(
                        List.of(key.publicKey()),
                        1,
                        net.genesis().hashFunction().digest(Bytes.utf8("bench trader " + k)),
                        net.genesis().member(bank.label()).orElseThrow().jurisdiction()))));
        customers
            .get(b)
            .add(
                new Sender(
                    bank.label() + "-trader-" + k,
                    key,
                    Identities.customerAccountId(
                        net.genesis().hashFunction(), bank.account(), List.of(key.publicKey())),
                    0));
      }
    }
    out.println("setup: mint, open " + 2 * CUSTOMERS_PER_BANK + " trader accounts");
    net.run("mint and open traders", mintAndOpen);

    // Bank b pays out of currency b: its traders are funded in it, its corridor converts it.
    List<BenchNetwork.Step> fundAndPropose = new ArrayList<>();
    long expiry = System.currentTimeMillis() + DAY_MS;
    for (int b = 0; b < 2; b++) {
      for (Sender trader : customers.get(b)) {
        fundAndPropose.add(
            new BenchNetwork.Step(
                banks.get(b),
                CurrencyModule.TRANSFER.payload(
                    CurrencyModule.NAME,
                    new Movement(currencies.get(b), trader.account(), FUNDING))));
      }
      fundAndPropose.add(
          new BenchNetwork.Step(
              banks.get(b),
              PaymentsModule.FX_PROPOSE.payload(
                  PaymentsModule.NAME,
                  new FxTerms(
                      banks.get(1 - b).account(),
                      currencies.get(b),
                      currencies.get(1 - b),
                      b == 0 ? new Rate(5, 0) : new Rate(2, 1),
                      1,
                      1,
                      CREDIT_LINE,
                      expiry))));
    }
    out.println("setup: fund the traders, propose a corridor each way");
    List<String> ids = net.run("fund and propose corridors", fundAndPropose);
    // The proposals are the last step of each bank's block of steps.
    List<Hash> corridors =
        List.of(
            Hash.fromHex(ids.get(CUSTOMERS_PER_BANK)),
            Hash.fromHex(ids.get(2 * CUSTOMERS_PER_BANK + 1)));
    List<BenchNetwork.Step> accept = new ArrayList<>();
    for (int b = 0; b < 2; b++) {
      accept.add(
          new BenchNetwork.Step(
              banks.get(1 - b),
              PaymentsModule.FX_ACCEPT.payload(
                  PaymentsModule.NAME, new Reference(corridors.get(b)))));
    }
    out.println("setup: accept the corridors");
    net.run("accept corridors", accept);

    List<Sender> senders = new ArrayList<>(customers.get(0));
    senders.addAll(customers.get(1));
    List<Sender> all = List.copyOf(senders);
    return new Load() {
      @Override
      public List<Sender> senders() {
        return all;
      }

      @Override
      public Payload payload(int sender, long seq) {
        int bank = sender / CUSTOMERS_PER_BANK;
        Sender payee = customers.get(1 - bank).get(sender % CUSTOMERS_PER_BANK);
        return PaymentsModule.XB_PAY.payload(
            PaymentsModule.NAME,
            new CrossBorderPay(
                "BENCH-" + seq, payee.account(), corridors.get(bank), AMOUNT, ChargeBearer.SHAR));
      }
    };
  }
}
