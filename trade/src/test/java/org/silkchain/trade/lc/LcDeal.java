package org.silkchain.trade.lc;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Recipients;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.BillClient;
import org.silkchain.trade.ebl.Bills;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.ebl.IssueBill;
import org.silkchain.trade.lc.examination.DocumentsDraft;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;
import org.silkchain.trade.lc.examination.TermsDraft;

/**
 * A documentary credit on the test consortium: trader-cn (customer of bank-cn) buys from trader-de
 * (customer of bank-de); bank-cn issues, bank-de advises; a carrier issues the eBL to the seller.
 * Every bank holds EUR 1,000,000.00.
 */
final class LcDeal {
  static final long BANK_EUR = 1_000_000_00;

  final Consortium c = new Consortium().withMoney(BANK_EUR);
  final TradeChain chain = c.chain;
  final Party carrier = chain.member("carrier-hl", "DE", null, Role.CARRIER);
  final Party buyer = c.traderCn;
  final Party seller = c.traderDe;
  final Party issuing = c.bankCn;
  final Party advising = c.bankDe;
  final Sealer sealer = new Sealer(TradeChain.SUITE.hash(), new SecureRandom());

  /** The parties' accounts, as the credit's sealed content must name them. */
  List<AccountId> parties() {
    return List.of(buyer.id(), seller.id(), issuing.id(), advising.id());
  }

  <T> Sealed seal(Codec<T> codec, T value, List<AccountId> to) {
    return Recipients.seal(
        sealer,
        chain.view(),
        codec.encode(value),
        to,
        Confidentiality.jurisdictionsOf(chain.view(), to));
  }

  CreditTerms application(LcTerms terms) {
    return CreditTerms.of(
        issuing.id(), advising.id(), seller.id(), terms, seal(LcTerms.CODEC, terms, parties()));
  }

  /** Applied for, issued and advised (with confirmation); returns the credit's id. */
  Hash openCredit(LcTerms terms) {
    chain.ok(buyer, LcModule.APPLY, LcModule.NAME, application(terms));
    Hash id = chain.lastTxId();
    chain.ok(
        issuing,
        LcModule.ISSUE,
        LcModule.NAME,
        new IssueCredit(id, seal(LcTerms.CODEC, terms, parties())));
    chain.ok(advising, LcModule.ADVISE, LcModule.NAME, new Advice(id, true));
    return id;
  }

  /** The carrier issues a to-order eBL to the seller; returns its id. */
  Hash shipGoods(PresentedDocuments docs) {
    Sealed data =
        seal(
            org.silkchain.trade.lc.examination.ExaminedTransportDocument.CODEC,
            docs.transport().orElseThrow(),
            List.of(carrier.id(), seller.id()));
    chain.ok(
        carrier,
        EblModule.ISSUE,
        EblModule.NAME,
        new IssueBill(seller.id(), Bill.Form.TO_ORDER, Optional.empty(), data));
    return chain.lastTxId();
  }

  /** Moves the chain's clock to 10:00 UTC on {@code date}. */
  void advanceTo(LocalDate date) {
    long target =
        date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli() + 36_000_000;
    assertThat(target).isGreaterThan(chain.time());
    chain.advance(target - chain.time());
  }

  Receipt present(Party presenter, Hash credit, Hash bill, long amount, PresentedDocuments docs) {
    return chain.act(
        presenter, LcModule.PRESENT, LcModule.NAME, presentation(credit, bill, amount, docs));
  }

  /**
   * The body of a presentation, with the bill data re-sealed for the issuing bank and the applicant
   * (by the carrier, always a recipient, so that any sender gets a well-formed body).
   */
  Present presentation(Hash credit, Hash bill, long amount, PresentedDocuments docs) {
    return new Present(
        credit,
        bill,
        amount,
        seal(PresentedDocuments.CODEC, docs, parties()),
        resealForLc(bill, carrier.encryption()));
  }

  /** The bill data as {@code reader} re-seals it for the issuing bank and then the applicant. */
  Sealed resealForLc(Hash bill, EncryptionKeyPair reader) {
    try {
      return new BillClient(sealer)
          .resealForHolders(chain.view(), bill, List.of(issuing.id(), buyer.id()), reader);
    } catch (EnvelopeException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether {@code reader} can open the bill's current data (checked against its commitment). */
  boolean canRead(Hash bill, EncryptionKeyPair reader) {
    Sealed data = Bills.data(chain.view(), bill).orElseThrow();
    try {
      sealer.openWithSalt(data, reader);
      return data.commitment().equals(Bills.existing(chain.view(), bill).commitment());
    } catch (EnvelopeException e) {
      return false;
    }
  }

  Credit credit(Hash id) {
    return Credits.credit(chain.view(), id).orElseThrow();
  }

  AccountId holder(Hash bill) {
    return Bills.holder(chain.view(), bill);
  }

  AccountId lcAccount() {
    return org.silkchain.trade.currency.CurrencyLedger.moduleAccount(
        TradeChain.SUITE.hash(), LcModule.NAME);
  }

  static LcTerms terms() {
    return new TermsDraft().build();
  }

  static PresentedDocuments documents() {
    return new DocumentsDraft().build();
  }
}
