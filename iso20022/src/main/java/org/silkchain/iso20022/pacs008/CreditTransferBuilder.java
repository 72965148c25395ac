package org.silkchain.iso20022.pacs008;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.iso20022.common.Account;
import org.silkchain.iso20022.common.Agent;
import org.silkchain.iso20022.common.Charge;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.common.Party;

/**
 * Builds a {@link CreditTransfer} by naming its fields; every check happens in {@link #build()}.
 * Not thread-safe; a builder may be reused, each {@code build()} copying its current values.
 */
public final class CreditTransferBuilder {
  private String messageId;
  private Instant creationDateTime;
  private String endToEndId;
  private String uetr;
  private String txId;
  private String instructionId;
  private Money interbankSettlementAmount;
  private LocalDate interbankSettlementDate;
  private Optional<Money> instructedAmount = Optional.empty();
  private Optional<BigDecimal> exchangeRate = Optional.empty();
  private ChargeBearer chargeBearer;
  private final List<Charge> charges = new ArrayList<>();
  private Party debtor;
  private Account debtorAccount;
  private Agent debtorAgent;
  private Agent creditorAgent;
  private Party creditor;
  private Account creditorAccount;
  private Optional<String> remittanceInformation = Optional.empty();
  private Settlement settlement = Settlement.onLedger();

  CreditTransferBuilder() {}

  public CreditTransferBuilder messageId(String value) {
    messageId = value;
    return this;
  }

  public CreditTransferBuilder creationDateTime(Instant value) {
    creationDateTime = value;
    return this;
  }

  public CreditTransferBuilder endToEndId(String value) {
    endToEndId = value;
    return this;
  }

  public CreditTransferBuilder uetr(String value) {
    uetr = value;
    return this;
  }

  public CreditTransferBuilder txId(String value) {
    txId = value;
    return this;
  }

  public CreditTransferBuilder instructionId(String value) {
    instructionId = value;
    return this;
  }

  public CreditTransferBuilder interbankSettlementAmount(Money value) {
    interbankSettlementAmount = value;
    return this;
  }

  public CreditTransferBuilder interbankSettlementDate(LocalDate value) {
    interbankSettlementDate = value;
    return this;
  }

  public CreditTransferBuilder instructedAmount(Money value) {
    instructedAmount = Optional.of(value);
    return this;
  }

  public CreditTransferBuilder exchangeRate(BigDecimal value) {
    exchangeRate = Optional.of(value);
    return this;
  }

  public CreditTransferBuilder chargeBearer(ChargeBearer value) {
    chargeBearer = value;
    return this;
  }

  /** Adds one charge; charges are written in the order they are added. */
  public CreditTransferBuilder charge(Money amount, Agent agent) {
    charges.add(new Charge(amount, agent));
    return this;
  }

  public CreditTransferBuilder debtor(Party value) {
    debtor = value;
    return this;
  }

  public CreditTransferBuilder debtorAccount(Account value) {
    debtorAccount = value;
    return this;
  }

  public CreditTransferBuilder debtorAgent(Agent value) {
    debtorAgent = value;
    return this;
  }

  public CreditTransferBuilder creditorAgent(Agent value) {
    creditorAgent = value;
    return this;
  }

  public CreditTransferBuilder creditor(Party value) {
    creditor = value;
    return this;
  }

  public CreditTransferBuilder creditorAccount(Account value) {
    creditorAccount = value;
    return this;
  }

  public CreditTransferBuilder remittanceInformation(String value) {
    remittanceInformation = Optional.of(value);
    return this;
  }

  public CreditTransferBuilder settlement(Settlement value) {
    settlement = value;
    return this;
  }

  /**
   * @throws IllegalArgumentException or NullPointerException naming the first bad or missing field
   */
  public CreditTransfer build() {
    return new CreditTransfer(
        messageId,
        creationDateTime,
        endToEndId,
        uetr,
        txId,
        instructionId,
        interbankSettlementAmount,
        interbankSettlementDate,
        instructedAmount,
        exchangeRate,
        chargeBearer,
        charges,
        debtor,
        debtorAccount,
        debtorAgent,
        creditorAgent,
        creditor,
        creditorAccount,
        remittanceInformation,
        settlement);
  }
}
