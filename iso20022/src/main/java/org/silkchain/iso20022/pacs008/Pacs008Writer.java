package org.silkchain.iso20022.pacs008;

import java.util.Optional;
import org.silkchain.iso20022.common.Charge;
import org.silkchain.iso20022.common.IsoXmlWriter;
import org.silkchain.iso20022.schema.MessageType;

/**
 * Writes a {@link CreditTransfer} as an ISO 20022 <b>pacs.008.001.09</b> message
 * (FIToFICustomerCreditTransferV09, namespace {@code
 * urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09}) with one transaction.
 *
 * <p>The output is deterministic: the same transfer always gives the same characters, and it
 * contains no time but the transfer's own. Elements appear in schema order; only those the schema
 * requires and those the transfer fills are written. Before returning, the document is validated
 * against the bundled official schema; a failure there is a bug and throws {@link
 * IllegalStateException}.
 */
public final class Pacs008Writer {
  /** The message definition this writer produces. */
  public static final MessageType MESSAGE_TYPE = MessageType.PACS_008_001_09;

  private Pacs008Writer() {}

  /** The transfer as a pacs.008.001.09 document (UTF-8 when encoded; the declaration says so). */
  public static String write(CreditTransfer transfer) {
    IsoXmlWriter xml = IsoXmlWriter.document(MESSAGE_TYPE);
    xml.start("FIToFICstmrCdtTrf");

    xml.start("GrpHdr")
        .leaf("MsgId", transfer.messageId())
        .leaf("CreDtTm", transfer.creationDateTime())
        .leaf("NbOfTxs", "1");
    xml.start("SttlmInf").leaf("SttlmMtd", transfer.settlement().method().name());
    transfer
        .settlement()
        .clearingSystem()
        .ifPresent(system -> xml.start("ClrSys").leaf("Prtry", system).end());
    xml.end().end();

    xml.start("CdtTrfTxInf");
    xml.start("PmtId")
        .leaf("InstrId", transfer.instructionId())
        .leaf("EndToEndId", transfer.endToEndId())
        .leaf("TxId", transfer.txId())
        .leaf("UETR", transfer.uetr())
        .end();
    xml.amount("IntrBkSttlmAmt", transfer.interbankSettlementAmount())
        .leaf("IntrBkSttlmDt", transfer.interbankSettlementDate());
    transfer.instructedAmount().ifPresent(amount -> xml.amount("InstdAmt", amount));
    xml.leaf("XchgRate", transfer.exchangeRate().map(rate -> rate.toPlainString()))
        .leaf("ChrgBr", transfer.chargeBearer().name());
    for (Charge charge : transfer.charges()) {
      xml.start("ChrgsInf").amount("Amt", charge.amount()).agent("Agt", charge.agent()).end();
    }
    xml.party("Dbtr", transfer.debtor())
        .account("DbtrAcct", transfer.debtorAccount(), Optional.empty())
        .agent("DbtrAgt", transfer.debtorAgent())
        .agent("CdtrAgt", transfer.creditorAgent())
        .party("Cdtr", transfer.creditor())
        .account("CdtrAcct", transfer.creditorAccount(), Optional.empty());
    transfer
        .remittanceInformation()
        .ifPresent(text -> xml.start("RmtInf").leaf("Ustrd", text).end());
    xml.end();

    return xml.finish();
  }
}
