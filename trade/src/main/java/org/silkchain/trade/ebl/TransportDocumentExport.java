package org.silkchain.trade.ebl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Exports a bill as a DCSA eBL 3.0.4 {@code TransportDocument} (JSON): the decrypted {@link
 * BillData} for the content, the on-chain {@link Bill} for what only the chain knows (status, to
 * order or straight, who holds it). Client-side: it runs where the bill data was opened, never in
 * execution.
 *
 * <p>Fixed choices, since every bill here is an electronic, shipped-on-board bill of lading for
 * full container loads: {@code transportDocumentTypeCode} BOL, {@code isElectronic} and {@code
 * isShippedOnBoardType} true, receipt and delivery at the container yard (CY), cargo movement FCL,
 * carrier code list SMDG. Parties on the network carry their account as an identifying code (list
 * provider {@code ZZZ}, mutually defined; list name {@value #CODE_LIST_NAME}). An accomplished bill
 * exports as {@code SURRENDERED_FOR_DELIVERY}, DCSA's last status of a delivered bill.
 */
public final class TransportDocumentExport {
  /** The code list name of network accounts as DCSA identifying codes. */
  public static final String CODE_LIST_NAME = "silkchain-account";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TransportDocumentExport() {}

  /** The document as JSON, with no endorsee (a bill in the shipper's hands, or in blank). */
  public static String toJson(Bill bill, BillData data) {
    return toJson(bill, data, Optional.empty());
  }

  /**
   * The document as JSON. {@code endorsee} names the holder of a to-order bill endorsed to it, as
   * the client knows it (the chain knows only the account); it must be the bill's holder.
   *
   * @throws IllegalArgumentException if the data does not belong to the bill (other shipper or
   *     consignee), or an endorsee is given for a straight bill, a bill endorsed in blank, or is
   *     not the holder
   */
  public static String toJson(Bill bill, BillData data, Optional<BillParty> endorsee) {
    try {
      return JSON.writeValueAsString(document(bill, data, endorsee));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** The document as a Jackson tree. */
  public static ObjectNode document(Bill bill, BillData data, Optional<BillParty> endorsee) {
    checkMatches(bill, data, endorsee);
    ObjectNode doc = JSON.createObjectNode();
    doc.put("transportDocumentReference", data.reference());
    doc.put("transportDocumentStatus", status(bill.status()));
    doc.put("transportDocumentTypeCode", "BOL");
    doc.put("isShippedOnBoardType", true);
    doc.put("isElectronic", true);
    doc.put("isToOrder", bill.form() == Bill.Form.TO_ORDER);
    doc.put("shippedOnBoardDate", data.shippedOnBoardDate().toString());
    doc.put("termsAndConditions", data.termsAndConditions());
    doc.put("receiptTypeAtOrigin", "CY");
    doc.put("deliveryTypeAtDestination", "CY");
    doc.put("cargoMovementTypeAtOrigin", "FCL");
    doc.put("cargoMovementTypeAtDestination", "FCL");
    doc.put("issueDate", data.issueDate().toString());
    doc.put("carrierCode", data.carrierCode());
    doc.put("carrierCodeListProvider", "SMDG");
    if (!data.clauses().isEmpty()) {
      ArrayNode clauses = doc.putArray("carrierClauses");
      data.clauses().forEach(clauses::add);
    }
    doc.set("transports", transports(data));
    doc.putObject("placeOfIssue").put("UNLocationCode", data.placeOfIssue());
    doc.putObject("invoicePayableAt").put("UNLocationCode", data.invoicePayableAt());
    doc.putArray("partyContactDetails")
        .addObject()
        .put("name", data.contactName())
        .put("email", data.contactEmail());
    doc.set("documentParties", parties(data, endorsee));
    ArrayNode items = doc.putArray("consignmentItems");
    data.goods().forEach(c -> items.add(consignment(c)));
    ArrayNode equipment = doc.putArray("utilizedTransportEquipments");
    data.containers().forEach(c -> equipment.add(container(c)));
    return doc;
  }

  static String status(Bill.Status status) {
    return switch (status) {
      case ISSUED -> "ISSUED";
      case SURRENDERED_FOR_AMENDMENT -> "SURRENDERED_FOR_AMENDMENT";
      case SURRENDERED_FOR_DELIVERY, ACCOMPLISHED -> "SURRENDERED_FOR_DELIVERY";
      case VOID -> "VOIDED";
    };
  }

  private static void checkMatches(Bill bill, BillData data, Optional<BillParty> endorsee) {
    if (!data.shipper().account().equals(Optional.of(bill.shipper()))) {
      throw new IllegalArgumentException("the bill data names another shipper than the bill");
    }
    if (bill.isStraight()
        && !data.consignee().flatMap(BillParty::account).equals(bill.consignee())) {
      throw new IllegalArgumentException("the bill data names another consignee than the bill");
    }
    if (endorsee.isPresent()) {
      if (bill.isStraight() || bill.blankEndorsed()) {
        throw new IllegalArgumentException("only a bill endorsed to order has an endorsee");
      }
      if (!endorsee.get().account().equals(Optional.of(bill.holder()))) {
        throw new IllegalArgumentException("the endorsee must be the bill's holder");
      }
    }
  }

  private static ObjectNode transports(BillData data) {
    ObjectNode t = JSON.createObjectNode();
    t.put("plannedArrivalDate", data.plannedArrival().toString());
    t.put("plannedDepartureDate", data.plannedDeparture().toString());
    t.set("portOfLoading", port(data.portOfLoading()));
    t.set("portOfDischarge", port(data.portOfDischarge()));
    t.putArray("vesselVoyages")
        .addObject()
        .put("vesselName", data.vesselName())
        .put("carrierExportVoyageNumber", data.voyageNumber());
    return t;
  }

  private static ObjectNode port(Port port) {
    return JSON.createObjectNode()
        .put("locationName", port.name())
        .put("UNLocationCode", port.unLocode());
  }

  private static ObjectNode parties(BillData data, Optional<BillParty> endorsee) {
    ObjectNode parties = JSON.createObjectNode();
    parties.set("shipper", party(data.shipper()));
    data.consignee().ifPresent(c -> parties.set("consignee", party(c)));
    endorsee.ifPresent(e -> parties.set("endorsee", party(e)));
    parties.set("issuingParty", party(data.issuingParty()));
    if (!data.notifyParties().isEmpty()) {
      ArrayNode notify = parties.putArray("notifyParties");
      data.notifyParties().forEach(p -> notify.add(party(p)));
    }
    return parties;
  }

  private static ObjectNode party(BillParty p) {
    ObjectNode node = JSON.createObjectNode().put("partyName", p.name());
    p.address()
        .ifPresent(
            a ->
                node.putObject("address")
                    .put("street", a.street())
                    .put("city", a.city())
                    .put("countryCode", a.countryCode()));
    p.account()
        .ifPresent(
            account ->
                node.putArray("identifyingCodes")
                    .addObject()
                    .put("codeListProvider", "ZZZ")
                    .put("partyCode", account.toString())
                    .put("codeListName", CODE_LIST_NAME));
    return node;
  }

  private static ObjectNode consignment(Consignment c) {
    ObjectNode item = JSON.createObjectNode().put("carrierBookingReference", c.bookingReference());
    ArrayNode lines = item.putArray("descriptionOfGoods");
    c.description().forEach(lines::add);
    item.putArray("HSCodes").add(c.hsCode());
    ArrayNode cargo = item.putArray("cargoItems");
    for (Consignment.Cargo part : c.cargo()) {
      ObjectNode node = cargo.addObject().put("equipmentReference", part.equipmentReference());
      node.putObject("cargoGrossWeight")
          .put("value", BigDecimal.valueOf(part.grossWeightGrams(), 3))
          .put("unit", "KGM");
      node.putObject("outerPackaging")
          .put("numberOfPackages", part.packages())
          .put("description", part.packaging());
    }
    return item;
  }

  private static ObjectNode container(Container c) {
    ObjectNode node = JSON.createObjectNode();
    node.putObject("equipment")
        .put("equipmentReference", c.reference())
        .put("ISOEquipmentCode", c.isoCode());
    node.put("isShipperOwned", c.shipperOwned());
    ArrayNode seals = node.putArray("seals");
    c.seals().forEach(s -> seals.addObject().put("number", s));
    return node;
  }
}
