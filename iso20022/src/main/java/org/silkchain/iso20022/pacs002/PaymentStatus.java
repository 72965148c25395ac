package org.silkchain.iso20022.pacs002;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.silkchain.iso20022.common.IsoText;
import org.silkchain.iso20022.common.IsoTime;
import org.silkchain.iso20022.pacs008.CreditTransfer;

/**
 * The status of one credit transfer, as exported in one pacs.002 message.
 *
 * <p>Invariant: a {@link TransactionStatus#RJCT rejection} has a reason code, as the payment
 * market's rules require; other statuses may have one.
 *
 * @param messageId {@code GrpHdr/MsgId} of this status report, up to 35 characters
 * @param creationDateTime {@code GrpHdr/CreDtTm}, given by the caller, truncated to milliseconds
 * @param originalMessageId the {@code MsgId} of the pacs.008 this reports on
 * @param originalEndToEndId its end-to-end id
 * @param originalTxId its transaction id, if known
 * @param uetr its UETR
 * @param reasonCode an ISO external status reason code ({@code ExternalStatusReason1Code}) such as
 *     {@code AC04} (closed account), {@code AM04} (insufficient funds), {@code AG01} (transaction
 *     forbidden), {@code RR04} (regulatory reason)
 * @param additionalInfo free text explaining the status, up to 105 characters
 */
public record PaymentStatus(
    String messageId,
    Instant creationDateTime,
    String originalMessageId,
    String originalEndToEndId,
    Optional<String> originalTxId,
    String uetr,
    TransactionStatus status,
    Optional<String> reasonCode,
    Optional<String> additionalInfo) {

  public PaymentStatus {
    IsoText.text("messageId", messageId, IsoText.MAX_35);
    creationDateTime = IsoTime.dateTime("creationDateTime", creationDateTime);
    IsoText.text("originalMessageId", originalMessageId, IsoText.MAX_35);
    IsoText.text("originalEndToEndId", originalEndToEndId, IsoText.MAX_35);
    IsoText.optionalText("originalTxId", originalTxId, IsoText.MAX_35);
    IsoText.uetr("uetr", uetr);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reasonCode, "reasonCode")
        .ifPresent(c -> IsoText.externalCode("reasonCode", c));
    IsoText.optionalText("additionalInfo", additionalInfo, IsoText.MAX_105);
    if (status == TransactionStatus.RJCT && reasonCode.isEmpty()) {
      throw new IllegalArgumentException("a rejected (RJCT) status needs a reasonCode");
    }
  }

  /** {@link TransactionStatus#ACSC}: {@code transfer} settled. */
  public static PaymentStatus settled(
      String messageId, Instant creationDateTime, CreditTransfer transfer) {
    return of(
        messageId,
        creationDateTime,
        transfer,
        TransactionStatus.ACSC,
        Optional.empty(),
        Optional.empty());
  }

  /** {@link TransactionStatus#RJCT}: {@code transfer} was rejected for {@code reasonCode}. */
  public static PaymentStatus rejected(
      String messageId,
      Instant creationDateTime,
      CreditTransfer transfer,
      String reasonCode,
      Optional<String> additionalInfo) {
    return of(
        messageId,
        creationDateTime,
        transfer,
        TransactionStatus.RJCT,
        Optional.of(reasonCode),
        additionalInfo);
  }

  private static PaymentStatus of(
      String messageId,
      Instant creationDateTime,
      CreditTransfer transfer,
      TransactionStatus status,
      Optional<String> reasonCode,
      Optional<String> additionalInfo) {
    return new PaymentStatus(
        messageId,
        creationDateTime,
        transfer.messageId(),
        transfer.endToEndId(),
        Optional.of(transfer.txId()),
        transfer.uetr(),
        status,
        reasonCode,
        additionalInfo);
  }
}
