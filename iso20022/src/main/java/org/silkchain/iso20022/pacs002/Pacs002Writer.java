package org.silkchain.iso20022.pacs002;

import org.silkchain.iso20022.common.IsoXmlWriter;
import org.silkchain.iso20022.pacs008.Pacs008Writer;
import org.silkchain.iso20022.schema.MessageType;

/**
 * Writes a {@link PaymentStatus} as an ISO 20022 <b>pacs.002.001.11</b> message
 * (FIToFIPaymentStatusReportV11, namespace {@code urn:iso:std:iso:20022:tech:xsd:pacs.002.001.11})
 * with one transaction status, reporting on a pacs.008.001.09 transfer.
 *
 * <p>Deterministic, validated before it returns, and failing with {@link IllegalStateException}
 * only on a bug, like every writer of this module.
 */
public final class Pacs002Writer {
  /** The message definition this writer produces. */
  public static final MessageType MESSAGE_TYPE = MessageType.PACS_002_001_11;

  private Pacs002Writer() {}

  /** The status as a pacs.002.001.11 document. */
  public static String write(PaymentStatus status) {
    IsoXmlWriter xml = IsoXmlWriter.document(MESSAGE_TYPE);
    xml.start("FIToFIPmtStsRpt");
    xml.start("GrpHdr")
        .leaf("MsgId", status.messageId())
        .leaf("CreDtTm", status.creationDateTime())
        .end();
    xml.start("TxInfAndSts")
        .start("OrgnlGrpInf")
        .leaf("OrgnlMsgId", status.originalMessageId())
        .leaf("OrgnlMsgNmId", Pacs008Writer.MESSAGE_TYPE.identifier())
        .end()
        .leaf("OrgnlEndToEndId", status.originalEndToEndId())
        .leaf("OrgnlTxId", status.originalTxId())
        .leaf("OrgnlUETR", status.uetr())
        .leaf("TxSts", status.status().name());
    if (status.reasonCode().isPresent() || status.additionalInfo().isPresent()) {
      xml.start("StsRsnInf");
      status.reasonCode().ifPresent(code -> xml.start("Rsn").leaf("Cd", code).end());
      xml.leaf("AddtlInf", status.additionalInfo()).end();
    }
    xml.end();
    return xml.finish();
  }
}
