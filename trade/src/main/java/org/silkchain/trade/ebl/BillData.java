package org.silkchain.trade.ebl;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * The business content of a bill of lading, shaped after the DCSA eBL 3.0 {@code
 * TransportDocument}: what the carrier states about the shipment. It never appears on chain in the
 * clear: its canonical encoding is the content of the bill's {@code Sealed} envelope, and the
 * bill's commitment binds the on-chain record to it. Clients open the envelope, decode this record,
 * and export it with {@link TransportDocumentExport}.
 *
 * <p>What a letter-of-credit examination reads (UCP 600 art. 20, 27) is plain here: {@link
 * #portOfLoading}, {@link #portOfDischarge}, {@link #shippedOnBoardDate}, {@link #vesselName},
 * {@link #clean} with {@link #clauses}, {@link #goodsDescription()}, {@link #consignee} and {@link
 * #notifyParties}.
 *
 * @param reference the transport document reference (DCSA: at most 20 characters)
 * @param carrierCode the carrier's SMDG code
 * @param issuingParty the carrier as the issuing party, with its address
 * @param shipper the shipper
 * @param consignee the consignee (a straight bill's; a to-order bill may name none)
 * @param notifyParties up to three parties to notify on arrival
 * @param vesselName the vessel the goods are shipped on board
 * @param voyageNumber the carrier's export voyage number
 * @param portOfLoading where the goods are loaded
 * @param portOfDischarge where they are discharged
 * @param plannedDeparture planned departure from the port of loading
 * @param plannedArrival planned arrival at the port of discharge
 * @param shippedOnBoardDate the on-board date, which is the date of shipment
 * @param issueDate date of issue
 * @param placeOfIssue UN/LOCODE of the place of issue
 * @param invoicePayableAt UN/LOCODE where the freight invoice is payable
 * @param clean whether the bill is clean: no clause declares the goods or packaging defective
 * @param clauses the carrier's clauses (a claused bill's reservations among them)
 * @param goods the consignment items
 * @param containers the containers
 * @param contactName a contact at the carrier for this document
 * @param contactEmail the contact's e-mail
 * @param termsAndConditions the carrier's terms and conditions of carriage
 */
public record BillData(
    String reference,
    String carrierCode,
    BillParty issuingParty,
    BillParty shipper,
    Optional<BillParty> consignee,
    List<BillParty> notifyParties,
    String vesselName,
    String voyageNumber,
    Port portOfLoading,
    Port portOfDischarge,
    LocalDate plannedDeparture,
    LocalDate plannedArrival,
    LocalDate shippedOnBoardDate,
    LocalDate issueDate,
    String placeOfIssue,
    String invoicePayableAt,
    boolean clean,
    List<String> clauses,
    List<Consignment> goods,
    List<Container> containers,
    String contactName,
    String contactEmail,
    String termsAndConditions) {
  public static final int TYPE_TAG = 0x0E20;

  private static final Pattern CARRIER_CODE = Pattern.compile("\\S{1,4}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s][^@]*@\\S+");
  private static final int MAX_TERMS = 50_000;
  private static final Codec<String> CLAUSE = Text.string("bill.clause", 8_000);

  public static final Codec<BillData> CODEC =
      new Codec<>() {
        @Override
        public void encode(BillData d, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(d.reference).string(d.carrierCode);
          BillParty.CODEC.encode(d.issuingParty, out);
          BillParty.CODEC.encode(d.shipper, out);
          out.optional(d.consignee, BillParty.CODEC).list(d.notifyParties, BillParty.CODEC);
          out.string(d.vesselName).string(d.voyageNumber);
          Port.CODEC.encode(d.portOfLoading, out);
          Port.CODEC.encode(d.portOfDischarge, out);
          Text.DATE.encode(d.plannedDeparture, out);
          Text.DATE.encode(d.plannedArrival, out);
          Text.DATE.encode(d.shippedOnBoardDate, out);
          Text.DATE.encode(d.issueDate, out);
          out.string(d.placeOfIssue).string(d.invoicePayableAt).bool(d.clean);
          out.list(d.clauses, CLAUSE).list(d.goods, Consignment.CODEC);
          out.list(d.containers, Container.CODEC);
          out.string(d.contactName).string(d.contactEmail).string(d.termsAndConditions);
        }

        @Override
        public BillData decode(CanonicalReader in) {
          in.header("billData", TYPE_TAG, 1);
          String reference = in.string("bill.reference", 80);
          String carrierCode = in.string("bill.carrierCode", 16);
          BillParty issuer = BillParty.CODEC.decode(in);
          BillParty shipper = BillParty.CODEC.decode(in);
          Optional<BillParty> consignee = in.optional("bill.consignee", BillParty.CODEC);
          List<BillParty> notify = in.list("bill.notifyParties", 3, BillParty.CODEC);
          String vessel = in.string("bill.vessel", 200);
          String voyage = in.string("bill.voyage", 200);
          Port loading = Port.CODEC.decode(in);
          Port discharge = Port.CODEC.decode(in);
          LocalDate departure = Text.DATE.decode(in);
          LocalDate arrival = Text.DATE.decode(in);
          LocalDate onBoard = Text.DATE.decode(in);
          LocalDate issued = Text.DATE.decode(in);
          String placeOfIssue = in.string("bill.placeOfIssue", 5);
          String payableAt = in.string("bill.invoicePayableAt", 5);
          boolean clean = in.bool("bill.clean");
          List<String> clauses = in.list("bill.clauses", 32, CLAUSE);
          List<Consignment> goods = in.list("bill.goods", 64, Consignment.CODEC);
          List<Container> containers = in.list("bill.containers", 256, Container.CODEC);
          String contact = in.string("bill.contactName", 140);
          String email = in.string("bill.contactEmail", 400);
          String terms = in.string("bill.terms", MAX_TERMS * 4);
          return Text.decoded(
              "billData",
              () ->
                  new BillData(
                      reference,
                      carrierCode,
                      issuer,
                      shipper,
                      consignee,
                      notify,
                      vessel,
                      voyage,
                      loading,
                      discharge,
                      departure,
                      arrival,
                      onBoard,
                      issued,
                      placeOfIssue,
                      payableAt,
                      clean,
                      clauses,
                      goods,
                      containers,
                      contact,
                      email,
                      terms));
        }
      };

  public BillData {
    Text.text("reference", reference, 20);
    Text.code("carrierCode", carrierCode, CARRIER_CODE);
    Objects.requireNonNull(issuingParty, "issuingParty");
    if (issuingParty.address().isEmpty()) {
      throw new IllegalArgumentException("issuingParty: the carrier's address is required");
    }
    Objects.requireNonNull(shipper, "shipper");
    Objects.requireNonNull(consignee, "consignee");
    if (consignee.isPresent() && consignee.get().account().isEmpty()) {
      // DCSA identifies a consignee by code; here the code is its account.
      throw new IllegalArgumentException("consignee: must be a party on the network");
    }
    notifyParties = Text.list("notifyParties", notifyParties, 0, 3);
    Text.text("vesselName", vesselName, 50);
    Text.text("voyageNumber", voyageNumber, 50);
    Objects.requireNonNull(portOfLoading, "portOfLoading");
    Objects.requireNonNull(portOfDischarge, "portOfDischarge");
    Objects.requireNonNull(plannedDeparture, "plannedDeparture");
    Objects.requireNonNull(plannedArrival, "plannedArrival");
    Objects.requireNonNull(shippedOnBoardDate, "shippedOnBoardDate");
    Objects.requireNonNull(issueDate, "issueDate");
    Text.code("placeOfIssue", placeOfIssue, Text.UN_LOCODE);
    Text.code("invoicePayableAt", invoicePayableAt, Text.UN_LOCODE);
    clauses = Text.lines("clauses", clauses, 32, 2_000);
    goods = Text.list("goods", goods, 1, 64);
    containers = Text.list("containers", containers, 1, 256);
    Text.text("contactName", contactName, 35);
    if (contactEmail == null
        || contactEmail.length() > 100
        || !EMAIL.matcher(contactEmail).matches()) {
      throw new IllegalArgumentException("contactEmail: not an e-mail address");
    }
    if (termsAndConditions == null
        || termsAndConditions.isEmpty()
        || termsAndConditions.length() > MAX_TERMS) {
      throw new IllegalArgumentException("termsAndConditions: 1.." + MAX_TERMS + " characters");
    }
  }

  /** The goods description as one text: every consignment's lines, in order, one per line. */
  public String goodsDescription() {
    StringBuilder text = new StringBuilder();
    for (Consignment c : goods) {
      for (String line : c.description()) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(line);
      }
    }
    return text.toString();
  }
}
