package org.silkchain.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.confidential.Recipients;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.documents.DocumentClient;
import org.silkchain.trade.documents.DocumentsModule;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.BillClient;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.BillRef;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.ebl.Endorsement;
import org.silkchain.trade.ebl.SurrenderRequest;
import org.silkchain.trade.ebl.TransportDocumentExport;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.SetEncryptionKey;
import org.silkchain.trade.lc.Advice;
import org.silkchain.trade.lc.Credit;
import org.silkchain.trade.lc.CreditRef;
import org.silkchain.trade.lc.CreditTerms;
import org.silkchain.trade.lc.DocumentExamination;
import org.silkchain.trade.lc.IssueCredit;
import org.silkchain.trade.lc.LcModule;
import org.silkchain.trade.lc.Present;
import org.silkchain.trade.lc.examination.BankingCalendar;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;
import org.silkchain.trade.messages.MessageClient;
import org.silkchain.trade.messages.MessageId;
import org.silkchain.trade.messages.MessageReference;
import org.silkchain.trade.messages.MessagesModule;

/**
 * The trade chapter: a documentary credit with an eBL, settled delivery versus payment. The
 * importer applies at its bank for a credit in favour of the exporter, advised by the exporter's
 * bank; the carrier issues the eBL to the exporter, who registers its invoice and presents both;
 * the banks examine the sealed documents on their own side; honour and reimbursement each move the
 * money and the bill in one transaction; the bill is endorsed onward, surrendered and accomplished;
 * the banks close with a message in Chinese and its delivery receipt. Terms, documents, the bill's
 * data and the message are sealed: the chain carries commitments and envelopes only.
 */
public final class TradeChapter {
  /** What the chapter exported. */
  public record Exports(String billReference, String transportDocument, String creditReceipts) {}

  private final Story story;
  private final ChainClient chain;
  private final Narrator say;
  private final Sealer sealer;
  private final ArrayNode creditReceipts = new ObjectMapper().createArrayNode();

  TradeChapter(Story story, ChainClient chain) {
    this.story = story;
    this.chain = chain;
    this.say = story.say;
    this.sealer = new Sealer(chain.hash(), new SecureRandom());
  }

  Exports run(Party importer, Party exporter) throws StepFailed {
    Party db = story.member(DemoConsortium.DB);
    Party boc = story.member(DemoConsortium.BOC);
    Party scb = story.member(DemoConsortium.SCB);
    Party carrier = story.member(DemoConsortium.CARRIER);

    say.chapter("Trade: a letter of credit with an eBL, settled delivery versus payment");
    registerEncryptionKey(importer);
    registerEncryptionKey(exporter);
    LocalDate today = BankingCalendar.dateOf(chain.blockTime());
    TradeDeal deal = TradeDeal.on(today, importer.account(), exporter.account(), carrier.account());
    List<AccountId> parties =
        List.of(importer.account(), exporter.account(), db.account(), boc.account());
    String amount = say.money(TradeDeal.CURRENCY, TradeDeal.AMOUNT);

    Hash credit =
        Hash.fromHex(
            credit(
                    importer.name()
                        + " applies to "
                        + db.name()
                        + " for a credit of "
                        + amount
                        + " in favour of "
                        + exporter.name()
                        + " (terms sealed to the four parties)",
                    importer,
                    LcModule.APPLY.payload(
                        LcModule.NAME,
                        CreditTerms.of(
                            db.account(),
                            boc.account(),
                            exporter.account(),
                            deal.terms(),
                            seal(importer, LcTerms.CODEC, deal.terms(), parties))))
                .txId());
    say.note(
        "credit "
            + credit.toHex().substring(0, 12)
            + ": "
            + TradeDeal.GOODS
            + ", FOB Shanghai, ship by "
            + deal.terms().latestShipmentDate()
            + ", expires "
            + deal.terms().expiryDate());
    credit(
        db.name() + " issues the credit",
        db,
        LcModule.ISSUE.payload(
            LcModule.NAME,
            new IssueCredit(credit, seal(db, LcTerms.CODEC, deal.terms(), parties))));
    credit(
        boc.name() + " advises the credit to " + exporter.name() + " and adds its confirmation",
        boc,
        LcModule.ADVISE.payload(LcModule.NAME, new Advice(credit, true)));

    BillClient bills = new BillClient(sealer);
    Hash bill =
        Hash.fromHex(
            story
                .commit(
                    carrier.name()
                        + " issues to-order eBL "
                        + TradeDeal.BILL_REFERENCE
                        + " to "
                        + exporter.name()
                        + ": shipped on board "
                        + deal.bill().vesselName()
                        + " at Shanghai",
                    carrier,
                    EblModule.ISSUE.payload(
                        EblModule.NAME,
                        bills.issue(
                            chain.state(carrier),
                            carrier.account(),
                            exporter.account(),
                            Optional.empty(),
                            deal.bill())),
                    "OK")
                .txId());
    DocumentClient documents = new DocumentClient(sealer);
    story.tx(
        exporter.name()
            + " registers commercial invoice "
            + TradeDeal.INVOICE_NUMBER
            + " over "
            + amount
            + " (sealed to the buyer and both banks)",
        exporter,
        DocumentsModule.REGISTER.payload(
            DocumentsModule.NAME,
            documents.register(
                chain.state(exporter),
                exporter.account(),
                deal.invoice(),
                exporter.account(),
                List.of(importer.account(), db.account(), boc.account()),
                List.of(),
                Optional.empty())),
        "OK");
    Sealed forTheBanks;
    try {
      forTheBanks =
          bills.resealForHolders(
              chain.state(exporter),
              bill,
              List.of(db.account(), importer.account()),
              exporter.encryption());
    } catch (EnvelopeException e) {
      throw new StepFailed("the shipper cannot open its bill: " + e.getMessage(), e);
    }
    credit(
        exporter.name()
            + " presents the invoice and the eBL, its data re-sealed for "
            + db.name()
            + " and "
            + importer.name()
            + ": the bill passes into the credit's custody",
        exporter,
        LcModule.PRESENT.payload(
            LcModule.NAME,
            new Present(
                credit,
                bill,
                TradeDeal.AMOUNT,
                seal(exporter, PresentedDocuments.CODEC, deal.presented(), parties),
                forTheBanks)));
    examine(boc, credit);
    examine(db, credit);

    credit(
        db.name()
            + " honours: pays "
            + amount
            + " to "
            + boc.name()
            + " and takes the eBL, in one transaction",
        db,
        LcModule.HONOUR.payload(LcModule.NAME, new CreditRef(credit)));
    holder(bill, "the bill is held by " + db.name());
    credit(
        importer.name() + " reimburses " + db.name() + " " + amount + " and receives the eBL",
        importer,
        LcModule.REIMBURSE.payload(LcModule.NAME, new CreditRef(credit)));
    story.balances(
        List.of(
            new Story.Holding(importer, TradeDeal.CURRENCY),
            new Story.Holding(boc, TradeDeal.CURRENCY)));

    say.note(
        "the bill came with its data re-sealed at presentation: "
            + importer.name()
            + " reads it and re-seals it (same content, same commitment) for the next holder");
    Sealed resealed;
    try {
      resealed = bills.resealFor(chain.state(importer), bill, scb.account(), importer.encryption());
    } catch (EnvelopeException e) {
      throw new StepFailed(
          importer.name() + " cannot open the bill it holds: " + e.getMessage(), e);
    }
    story.tx(
        importer.name() + " endorses the eBL to " + scb.name() + ", which finances the goods",
        importer,
        EblModule.ENDORSE.payload(EblModule.NAME, new Endorsement(bill, scb.account(), resealed)),
        "OK");
    BillData opened = read(bills, scb, bill);
    say.note(
        scb.name()
            + " opens the bill: "
            + opened.reference()
            + ", "
            + opened.vesselName()
            + ", "
            + opened.portOfLoading().name()
            + " -> "
            + opened.portOfDischarge().name());
    story.tx(
        scb.name() + " surrenders the eBL to the carrier for delivery in Hamburg",
        scb,
        EblModule.SURRENDER.payload(
            EblModule.NAME, new SurrenderRequest(bill, SurrenderRequest.Purpose.DELIVERY)),
        "OK");
    story.tx(
        carrier.name() + " delivers the goods and accomplishes the eBL",
        carrier,
        EblModule.ACCOMPLISH.payload(EblModule.NAME, new BillRef(bill)),
        "OK");
    Bill record = billRecord(bill);
    String transportDocument = TransportDocumentExport.toJson(record, read(bills, carrier, bill));
    say.note(
        "eBL "
            + record.status()
            + "; exported as a DCSA TransportDocument ("
            + transportDocument.length()
            + " characters of JSON)");

    bankMessage(db, boc, credit);
    try {
      return new Exports(
          TradeDeal.BILL_REFERENCE,
          transportDocument,
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(creditReceipts));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StepFailed("cannot write the credit's receipts: " + e.getMessage(), e);
    }
  }

  private void registerEncryptionKey(Party customer) throws StepFailed {
    story.tx(
        customer.name() + " registers its encryption key on its customer account",
        customer,
        IdentityModule.SET_ENCRYPTION_KEY.payload(
            IdentityModule.NAME, new SetEncryptionKey(customer.encryption().publicKey())),
        "OK");
  }

  /** A step of the credit itself: its receipt goes into the credit's export. */
  private ChainClient.Committed credit(
      String title, Party who, org.silkchain.ledger.transaction.Payload p) throws StepFailed {
    ChainClient.Committed c = story.commit(title, who, p, "OK");
    creditReceipts.add(c.receipt());
    return c;
  }

  /**
   * {@code value} sealed to the deal's parties and their regulators, as {@code who} reads state.
   */
  private <T> Sealed seal(Party who, Codec<T> codec, T value, List<AccountId> parties)
      throws StepFailed {
    try {
      return sealer.seal(codec, value, Recipients.keysFor(chain.state(who), parties));
    } catch (RuntimeException e) {
      throw new StepFailed("cannot seal for " + parties + ": " + e.getMessage(), e);
    }
  }

  private void examine(Party bank, Hash credit) throws StepFailed {
    Credit c =
        chain.query(
            bank,
            LcModule.NAME,
            LcModule.CREDIT.name(),
            CreditRef.CODEC,
            new CreditRef(credit),
            LcModule.CREDIT.response());
    DocumentExamination.Result r;
    try {
      r = DocumentExamination.examine(sealer, c, bank.encryption());
    } catch (EnvelopeException e) {
      throw new StepFailed(bank.name() + " cannot open the presentation: " + e.getMessage(), e);
    }
    if (!r.complying()) {
      throw new StepFailed(bank.name() + " finds discrepancies: " + r.discrepancies());
    }
    say.note(
        bank.name()
            + " opens and examines the documents on its own side (UCP 600): complying, "
            + r.terms().requiredDocuments().size()
            + " documents, presented "
            + r.presented());
  }

  private Bill billRecord(Hash bill) throws StepFailed {
    return chain.query(
        EblModule.NAME,
        EblModule.BILL.name(),
        BillRef.CODEC,
        new BillRef(bill),
        EblModule.BILL.response());
  }

  private void holder(Hash bill, String note) throws StepFailed {
    say.note(note + " (" + billRecord(bill).holder().toString().substring(0, 12) + ")");
  }

  private BillData read(BillClient bills, Party reader, Hash bill) throws StepFailed {
    try {
      return bills.read(chain.state(reader), bill, reader.encryption());
    } catch (EnvelopeException e) {
      throw new StepFailed(reader.name() + " cannot open the bill: " + e.getMessage(), e);
    }
  }

  /** The issuing bank tells the advising bank, in Chinese, that the credit is settled. */
  private void bankMessage(Party db, Party boc, Hash credit) throws StepFailed {
    MessageClient messages = new MessageClient(sealer);
    String text = "信用证 " + credit.toHex().substring(0, 12) + " 已承付并由申请人偿付，提单已放行。感谢合作！";
    ChainClient.Committed sent =
        story.commit(
            db.name() + " sends " + boc.name() + " a message in Chinese about the credit",
            db,
            MessagesModule.SEND.payload(
                MessagesModule.NAME,
                messages.compose(
                    chain.state(db),
                    db.account(),
                    boc.account(),
                    MessageReference.of(credit),
                    text)),
            "OK");
    Hash id = Hash.fromHex(sent.txId());
    try {
      say.note(boc.name() + " reads: " + messages.read(chain.state(boc), id, boc.encryption()));
    } catch (EnvelopeException e) {
      throw new StepFailed(boc.name() + " cannot open the message: " + e.getMessage(), e);
    }
    story.tx(
        boc.name() + " acknowledges receipt (the delivery receipt on chain)",
        boc,
        MessagesModule.ACKNOWLEDGE.payload(MessagesModule.NAME, new MessageId(id)),
        "OK");
  }
}
