package org.silkchain.trade.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.silkchain.crypto.Hash;
import org.silkchain.iso20022.common.Account;
import org.silkchain.iso20022.common.Agent;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.common.Party;
import org.silkchain.iso20022.pacs002.Pacs002Writer;
import org.silkchain.iso20022.pacs002.PaymentStatus;
import org.silkchain.iso20022.pacs002.TransactionStatus;
import org.silkchain.iso20022.pacs008.CreditTransfer;
import org.silkchain.iso20022.pacs008.CreditTransferBuilder;
import org.silkchain.iso20022.pacs008.Pacs008Writer;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.Member;

/**
 * Exports a settled cross-border payment as ISO 20022: pacs.008 (FI to FI customer credit transfer)
 * and pacs.002 (its status). Deterministic: the same state gives the same XML.
 *
 * <p>Mapping: instructed amount = what the payer instructed (source currency); interbank settlement
 * amount = the converted amount (target currency); exchange rate = the corridor's rate; charges =
 * the two agents' charges (source currency) with their BICs; settlement method CLRG over the {@code
 * SILKCHAIN} clearing system. Ids, derived from the payment id (the transaction id): message id
 * {@code SCM<32 hex>}, instruction id {@code SCI<32 hex>}, transaction id {@code SCT<32 hex>}, UETR
 * a version-4-shaped UUID over the id's first 16 bytes; the status report's message id is {@code
 * SCS<32 hex>}.
 *
 * <p>Personal data stay off the chain, so parties' names and account numbers come from a {@link
 * Directory} the exporting bank supplies; {@link #ON_CHAIN} uses account ids only.
 */
public final class PaymentExport {
  /** Off-chain data about the payer and the payee, from the bank that exports. */
  public interface Directory {
    Party party(AccountId account);

    Account account(AccountId account);
  }

  /** Names a party and its account by its on-chain account id (first 34 hex digits). */
  public static final Directory ON_CHAIN =
      new Directory() {
        @Override
        public Party party(AccountId account) {
          return Party.named("Silkchain account " + account.toString().substring(0, 16));
        }

        @Override
        public Account account(AccountId account) {
          return Account.other(account.toString().substring(0, 34), "SILKCHAIN");
        }
      };

  private PaymentExport() {}

  /** The payment id an {@code xb-settled} event names. */
  public static Hash paymentId(Event settled) {
    if (!settled.module().equals(PaymentsModule.NAME) || !settled.type().equals("xb-settled")) {
      throw new IllegalArgumentException("not an xb-settled event: " + settled);
    }
    return Hash.fromHex(settled.attributes().get("payment"));
  }

  /**
   * The pacs.008 input for payment {@code id}.
   *
   * @throws IllegalArgumentException if there is no such payment, an agent has no BIC, or a
   *     currency's minor units differ from ISO 4217's
   */
  public static CreditTransfer creditTransfer(StateAccess state, Hash id, Directory directory) {
    CrossBorderPayment p =
        Payments.payment(state, id)
            .orElseThrow(() -> new IllegalArgumentException("no payment " + id));
    String hex = id.toHex().substring(0, 32);
    Instant settled = Instant.ofEpochMilli(p.settledAtMillis());
    Agent debtorAgent = agent(state, p.debtorAgent());
    Agent creditorAgent = agent(state, p.creditorAgent());
    CreditTransferBuilder b =
        CreditTransfer.builder()
            .messageId("SCM" + hex)
            .creationDateTime(settled)
            .endToEndId(p.endToEndId())
            .uetr(uetr(id))
            .txId("SCT" + hex)
            .instructionId("SCI" + hex)
            .interbankSettlementAmount(money(state, p.settlementCurrency(), p.settlementAmount()))
            .interbankSettlementDate(LocalDate.ofInstant(settled, ZoneOffset.UTC))
            .instructedAmount(money(state, p.instructedCurrency(), p.instructedAmount()))
            .exchangeRate(p.rate().toBigDecimal())
            .chargeBearer(
                org.silkchain.iso20022.pacs008.ChargeBearer.valueOf(p.chargeBearer().name()))
            .debtor(directory.party(p.payer()))
            .debtorAccount(directory.account(p.payer()))
            .debtorAgent(debtorAgent)
            .creditorAgent(creditorAgent)
            .creditor(directory.party(p.payee()))
            .creditorAccount(directory.account(p.payee()));
    if (p.debtorAgentFee() > 0) {
      b.charge(money(state, p.instructedCurrency(), p.debtorAgentFee()), debtorAgent);
    }
    if (p.creditorAgentFee() > 0) {
      b.charge(money(state, p.instructedCurrency(), p.creditorAgentFee()), creditorAgent);
    }
    return b.build();
  }

  public static String pacs008(StateAccess state, Hash id, Directory directory) {
    return Pacs008Writer.write(creditTransfer(state, id, directory));
  }

  /** The pacs.002 status report of payment {@code id}, dated at its settlement. */
  public static PaymentStatus status(StateAccess state, Hash id, Directory directory) {
    CreditTransfer transfer = creditTransfer(state, id, directory);
    CrossBorderPayment p = Payments.payment(state, id).orElseThrow();
    TransactionStatus status = TransactionStatus.valueOf(p.status().name());
    return new PaymentStatus(
        "SCS" + id.toHex().substring(0, 32),
        transfer.creationDateTime(),
        transfer.messageId(),
        transfer.endToEndId(),
        Optional.of(transfer.txId()),
        transfer.uetr(),
        status,
        Optional.empty(),
        Optional.empty());
  }

  public static String pacs002(StateAccess state, Hash id, Directory directory) {
    return Pacs002Writer.write(status(state, id, directory));
  }

  /** A UUID shaped as version 4 (RFC 4122 variant) over the first 16 bytes of {@code id}. */
  static String uetr(Hash id) {
    byte[] b = id.bytes().toArray();
    b[6] = (byte) ((b[6] & 0x0F) | 0x40);
    b[8] = (byte) ((b[8] & 0x3F) | 0x80);
    String h = org.silkchain.codec.Bytes.of(b, 0, 16).toHex();
    return h.substring(0, 8)
        + "-"
        + h.substring(8, 12)
        + "-"
        + h.substring(12, 16)
        + "-"
        + h.substring(16, 20)
        + "-"
        + h.substring(20, 32);
  }

  private static Agent agent(StateAccess state, AccountId bank) {
    Member member =
        Identities.member(state, bank)
            .orElseThrow(() -> new IllegalArgumentException(bank + " is not a member"));
    return new Agent(
        member.bic().orElseThrow(() -> new IllegalArgumentException(member.id() + " has no BIC")),
        Optional.of(member.name()),
        Optional.empty());
  }

  private static Money money(StateAccess state, String code, long amount) {
    int onChain = CurrencyLedger.currency(state, code).minorUnits();
    Money money = new Money(code, amount);
    if (money.exponent() != onChain) {
      throw new IllegalArgumentException(
          code + " has " + onChain + " minor units on chain, ISO 4217 says " + money.exponent());
    }
    return money;
  }
}
