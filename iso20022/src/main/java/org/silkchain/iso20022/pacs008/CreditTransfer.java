package org.silkchain.iso20022.pacs008;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.silkchain.iso20022.common.Account;
import org.silkchain.iso20022.common.Agent;
import org.silkchain.iso20022.common.Charge;
import org.silkchain.iso20022.common.IsoText;
import org.silkchain.iso20022.common.IsoTime;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.common.Party;

/**
 * A settled cross-border customer credit transfer, as exported in one pacs.008 message with one
 * transaction. {@link #builder()} names every field, which the long component list makes wise.
 *
 * <p>The constructor rejects, with an {@link IllegalArgumentException} naming the field, anything
 * the pacs.008.001.09 schema would reject, plus the message definition's own cross-field rules:
 *
 * <ul>
 *   <li>an instructed amount in another currency than the settlement amount needs an exchange rate,
 *       and one in the same currency must not have one (ISO rules
 *       InstructedAmountAndExchangeRate1/2); without an instructed amount there is no rate;
 *   <li>charges information needs an instructed amount (ChargesInformationAndInstructedAmount);
 *   <li>amounts are positive (charges may be zero) and at most {@link #MAX_CHARGES} charges.
 * </ul>
 *
 * @param messageId {@code GrpHdr/MsgId}, up to 35 characters, unique per sender
 * @param creationDateTime {@code GrpHdr/CreDtTm}, given by the caller (normally the commit time of
 *     the settling block), truncated to milliseconds
 * @param endToEndId the debtor's reference, carried unchanged to the creditor, up to 35 characters
 * @param uetr the unique end-to-end transaction reference, a lower-case version 4 UUID
 * @param txId the debtor agent's transaction id, up to 35 characters
 * @param instructionId the instructing agent's id for the instruction, up to 35 characters
 * @param exchangeRate units of the settlement currency per unit of the instructed currency; stored
 *     without trailing zeros (so {@code 1.10} and {@code 1.1} make equal records and equal XML), at
 *     most 11 digits of which at most 10 after the point ({@code BaseOneRate})
 * @param remittanceInformation unstructured, up to 140 characters of any script
 */
public record CreditTransfer(
    String messageId,
    Instant creationDateTime,
    String endToEndId,
    String uetr,
    String txId,
    String instructionId,
    Money interbankSettlementAmount,
    LocalDate interbankSettlementDate,
    Optional<Money> instructedAmount,
    Optional<BigDecimal> exchangeRate,
    ChargeBearer chargeBearer,
    List<Charge> charges,
    Party debtor,
    Account debtorAccount,
    Agent debtorAgent,
    Agent creditorAgent,
    Party creditor,
    Account creditorAccount,
    Optional<String> remittanceInformation,
    Settlement settlement) {

  /** The most charges one transfer reports. */
  public static final int MAX_CHARGES = 10;

  public CreditTransfer {
    IsoText.text("messageId", messageId, IsoText.MAX_35);
    creationDateTime = IsoTime.dateTime("creationDateTime", creationDateTime);
    IsoText.text("endToEndId", endToEndId, IsoText.MAX_35);
    IsoText.uetr("uetr", uetr);
    IsoText.text("txId", txId, IsoText.MAX_35);
    IsoText.text("instructionId", instructionId, IsoText.MAX_35);
    positive("interbankSettlementAmount", interbankSettlementAmount);
    IsoTime.date("interbankSettlementDate", interbankSettlementDate);
    Objects.requireNonNull(instructedAmount, "instructedAmount");
    instructedAmount.ifPresent(a -> positive("instructedAmount", a));
    exchangeRate = Objects.requireNonNull(exchangeRate, "exchangeRate").map(ExchangeRates::check);
    Objects.requireNonNull(chargeBearer, "chargeBearer");
    charges = List.copyOf(charges);
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(debtorAccount, "debtorAccount");
    Objects.requireNonNull(debtorAgent, "debtorAgent");
    Objects.requireNonNull(creditorAgent, "creditorAgent");
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(creditorAccount, "creditorAccount");
    IsoText.optionalText("remittanceInformation", remittanceInformation, IsoText.MAX_140);
    Objects.requireNonNull(settlement, "settlement");

    boolean converted =
        instructedAmount
            .map(a -> !a.currency().equals(interbankSettlementAmount.currency()))
            .orElse(false);
    if (converted && exchangeRate.isEmpty()) {
      throw new IllegalArgumentException(
          "instructedAmount in "
              + instructedAmount.get().currency()
              + " differs from the settlement currency "
              + interbankSettlementAmount.currency()
              + ", so an exchangeRate is required");
    }
    if (!converted && exchangeRate.isPresent()) {
      throw new IllegalArgumentException(
          "exchangeRate is only allowed with an instructedAmount in another currency than the"
              + " settlement amount");
    }
    if (charges.size() > MAX_CHARGES) {
      throw new IllegalArgumentException(
          "at most " + MAX_CHARGES + " charges, got " + charges.size());
    }
    if (!charges.isEmpty() && instructedAmount.isEmpty()) {
      throw new IllegalArgumentException("charges require an instructedAmount");
    }
  }

  /** A builder; settlement defaults to {@link Settlement#onLedger()}, optional parts to empty. */
  public static CreditTransferBuilder builder() {
    return new CreditTransferBuilder();
  }

  private static void positive(String field, Money amount) {
    Objects.requireNonNull(amount, field);
    if (amount.minorUnits() == 0) {
      throw new IllegalArgumentException(field + " must be positive, got " + amount);
    }
  }
}
