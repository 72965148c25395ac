package org.silkchain.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
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

/**
 * {@code transfer}: a central bank issues a currency and mints it to two commercial banks; each
 * bank opens and funds {@value #CUSTOMERS_PER_BANK} customer accounts. The load is currency
 * transfers of one minor unit from each sender (banks and customers) to the next, so that no single
 * sender's mempool quota or nonce window limits the rate.
 */
final class TransferWorkload implements Workload {
  static final String NAME = "transfer";
  static final int CUSTOMERS_PER_BANK = 12;
  private static final long MINT = 1_000_000_000_000L;
  private static final long FUNDING = 1_000_000_000L;

  @Override
  public void check(BenchNetwork net) throws BenchException {
    Workload.need(net, Role.CENTRAL_BANK, 1, NAME);
    Workload.need(net, Role.COMMERCIAL_BANK, 2, NAME);
  }

  @Override
  public Load prepare(BenchNetwork net, PrintWriter out) throws BenchException {
    String centralId = Workload.need(net, Role.CENTRAL_BANK, 1, NAME).get(0);
    List<String> bankIds = Workload.need(net, Role.COMMERCIAL_BANK, 2, NAME);
    Sender central = net.member(centralId);
    String currency =
        Workload.currencyOf(net.genesis().member(centralId).orElseThrow().jurisdiction());
    List<Sender> banks = new ArrayList<>();
    for (String id : bankIds) {
      banks.add(net.member(id));
    }
    out.println("setup: " + centralId + " issues " + currency + " and mints to " + bankIds);
    net.run(
        "issue",
        List.of(
            new BenchNetwork.Step(
                central,
                CurrencyModule.ISSUE.payload(CurrencyModule.NAME, new Issue(currency, 2)),
                List.of("OK", CurrencyCodes.ALREADY_ISSUED.value()))));
    List<BenchNetwork.Step> mintAndOpen = new ArrayList<>();
    List<Sender> customers = new ArrayList<>();
    for (Sender bank : banks) {
      mintAndOpen.add(
          new BenchNetwork.Step(
              central,
              CurrencyModule.MINT.payload(
                  CurrencyModule.NAME, new Movement(currency, bank.account(), MINT))));
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
                        net.genesis().hashFunction().digest(Bytes.utf8("bench kyc " + k)),
                        net.genesis().member(bank.label()).orElseThrow().jurisdiction()))));
        customers.add(
            new Sender(
                bank.label() + "-customer-" + k,
                key,
                Identities.customerAccountId(
                    net.genesis().hashFunction(), bank.account(), List.of(key.publicKey())),
                0));
      }
    }
    out.println("setup: mint, open " + customers.size() + " customer accounts");
    net.run("mint and open customers", mintAndOpen);
    List<BenchNetwork.Step> funding = new ArrayList<>();
    for (int b = 0; b < banks.size(); b++) {
      for (int k = 0; k < CUSTOMERS_PER_BANK; k++) {
        Sender customer = customers.get(b * CUSTOMERS_PER_BANK + k);
        funding.add(
            new BenchNetwork.Step(
                banks.get(b),
                CurrencyModule.TRANSFER.payload(
                    CurrencyModule.NAME, new Movement(currency, customer.account(), FUNDING))));
      }
    }
    out.println("setup: fund the customers");
    net.run("fund customers", funding);
    List<Sender> senders = new ArrayList<>(banks);
    senders.addAll(customers);
    List<Sender> all = List.copyOf(senders);
    return new Load() {
      @Override
      public List<Sender> senders() {
        return all;
      }

      @Override
      public Payload payload(int sender, long seq) {
        Sender to = all.get((sender + 1) % all.size());
        return CurrencyModule.TRANSFER.payload(
            CurrencyModule.NAME, new Movement(currency, to.account(), 1));
      }
    };
  }
}
