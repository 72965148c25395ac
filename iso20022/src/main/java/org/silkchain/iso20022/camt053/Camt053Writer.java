package org.silkchain.iso20022.camt053;

import java.time.LocalDate;
import java.util.Optional;
import org.silkchain.iso20022.common.IsoXmlWriter;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.schema.MessageType;

/**
 * Writes a {@link Statement} as an ISO 20022 <b>camt.053.001.08</b> message
 * (BankToCustomerStatementV08, namespace {@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.08})
 * with one statement: the account, its opening ({@code OPBD}) and closing ({@code CLBD}) booked
 * balances, and one booked ({@code BOOK}) entry per {@link StatementEntry}.
 *
 * <p>Every entry carries the bank transaction code {@code PMNT / RCDT} (received credit transfer)
 * or {@code PMNT / ICDT} (issued credit transfer) with sub-family {@code XBCT}, cross-border credit
 * transfer: the payments Silkchain settles.
 *
 * <p>Deterministic, validated before it returns, and failing with {@link IllegalStateException}
 * only on a bug, like every writer of this module.
 */
public final class Camt053Writer {
  /** The message definition this writer produces. */
  public static final MessageType MESSAGE_TYPE = MessageType.CAMT_053_001_08;

  private Camt053Writer() {}

  /** The statement as a camt.053.001.08 document. */
  public static String write(Statement statement) {
    IsoXmlWriter xml = IsoXmlWriter.document(MESSAGE_TYPE);
    xml.start("BkToCstmrStmt");
    xml.start("GrpHdr")
        .leaf("MsgId", statement.messageId())
        .leaf("CreDtTm", statement.creationDateTime())
        .end();
    xml.start("Stmt")
        .leaf("Id", statement.statementId())
        .account("Acct", statement.account(), Optional.of(statement.currency()));
    balance(xml, "OPBD", statement.currency(), statement.openingBalance(), statement.date());
    balance(xml, "CLBD", statement.currency(), statement.closingBalance(), statement.date());
    for (StatementEntry entry : statement.entries()) {
      entry(xml, entry);
    }
    xml.end();
    return xml.finish();
  }

  private static void balance(
      IsoXmlWriter xml, String type, String currency, long minorUnits, LocalDate date) {
    xml.start("Bal")
        .start("Tp")
        .start("CdOrPrtry")
        .leaf("Cd", type)
        .end()
        .end()
        .amount("Amt", new Money(currency, Math.abs(minorUnits)))
        .leaf("CdtDbtInd", (minorUnits >= 0 ? CreditDebit.CRDT : CreditDebit.DBIT).name())
        .start("Dt")
        .leaf("Dt", date)
        .end()
        .end();
  }

  private static void entry(IsoXmlWriter xml, StatementEntry entry) {
    boolean credit = entry.direction() == CreditDebit.CRDT;
    xml.start("Ntry")
        .leaf("NtryRef", entry.reference())
        .amount("Amt", entry.amount())
        .leaf("CdtDbtInd", entry.direction().name())
        .start("Sts")
        .leaf("Cd", "BOOK")
        .end()
        .start("BookgDt")
        .leaf("Dt", entry.bookingDate())
        .end()
        .start("ValDt")
        .leaf("Dt", entry.valueDate())
        .end()
        .start("BkTxCd")
        .start("Domn")
        .leaf("Cd", "PMNT")
        .start("Fmly")
        .leaf("Cd", credit ? "RCDT" : "ICDT")
        .leaf("SubFmlyCd", "XBCT")
        .end()
        .end()
        .end();
    if (entry.hasTransactionDetails()) {
      xml.start("NtryDtls").start("TxDtls");
      if (entry.endToEndId().isPresent() || entry.uetr().isPresent()) {
        xml.start("Refs").leaf("EndToEndId", entry.endToEndId()).leaf("UETR", entry.uetr()).end();
      }
      entry
          .counterpartyName()
          .ifPresent(
              name ->
                  xml.start("RltdPties")
                      .start(credit ? "Dbtr" : "Cdtr")
                      .start("Pty")
                      .leaf("Nm", name)
                      .end()
                      .end()
                      .end());
      entry
          .remittanceInformation()
          .ifPresent(text -> xml.start("RmtInf").leaf("Ustrd", text).end());
      xml.end().end();
    }
    xml.end();
  }
}
