package org.silkchain.trade;

import org.silkchain.runtime.account.Role;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;

/**
 * The test consortium: central banks for CNY and EUR, three commercial banks, a regulator, a
 * governance secretariat and two traders (customers of bank-cn and bank-de); Chinese customs and an
 * insurer on request (they are members, so they would change every governance tally). Every party
 * has an encryption key registered on chain ({@link Party#encryption()}).
 */
public final class Consortium {
  public final TradeChain chain = new TradeChain();
  public final Party pboc = chain.member("pboc", "CN", null, Role.CENTRAL_BANK);
  public final Party ecb = chain.member("ecb", "DE", null, Role.CENTRAL_BANK);
  public final Party bankCn = chain.member("bank-cn", "CN", "BKCHCNBJ", Role.COMMERCIAL_BANK);
  public final Party bankDe = chain.member("bank-de", "DE", "DEUTDEFF", Role.COMMERCIAL_BANK);
  public final Party bankFr = chain.member("bank-fr", "FR", "BNPAFRPP", Role.COMMERCIAL_BANK);
  public final Party regulator = chain.member("regulator", "CH", null, Role.REGULATOR);
  public final Party secretariat =
      chain.member("secretariat", "CH", null, Role.GOVERNANCE_SECRETARIAT);

  /** Chinese customs and an insurer, after {@link #withTradeAuthorities()} (null before). */
  public Party customsCn;

  public Party insurer;
  public final Party traderCn;
  public final Party traderDe;

  public Consortium() {
    traderCn = chain.customer(bankCn, "trader-cn", "CN");
    traderDe = chain.customer(bankDe, "trader-de", "DE");
  }

  /** Adds Chinese customs and an insurer as members (for documents they issue). */
  public Consortium withTradeAuthorities() {
    customsCn = chain.member("customs-cn", "CN", null, Role.CUSTOMS);
    insurer = chain.member("insurer", "GB", null, Role.INSURER);
    return this;
  }

  /** Issues CNY and EUR (2 decimals each) and mints {@code amount} of each to every bank. */
  public Consortium withMoney(long amount) {
    chain.ok(pboc, CurrencyModule.ISSUE, CurrencyModule.NAME, new Issue("CNY", 2));
    chain.ok(ecb, CurrencyModule.ISSUE, CurrencyModule.NAME, new Issue("EUR", 2));
    for (Party bank : new Party[] {bankCn, bankDe, bankFr}) {
      chain.ok(
          pboc, CurrencyModule.MINT, CurrencyModule.NAME, new Movement("CNY", bank.id(), amount));
      chain.ok(
          ecb, CurrencyModule.MINT, CurrencyModule.NAME, new Movement("EUR", bank.id(), amount));
    }
    return this;
  }
}
