package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Exported bills validate against the DCSA eBL 3.0.4 {@code TransportDocument} schema, read from
 * the official OpenAPI document (test resource {@code dcsa/EBL_v3.0.4.yaml}). The validator loads
 * the YAML document itself and resolves the schema's {@code #/components/schemas/...} references
 * within it, under the OpenAPI 3.0 dialect (draft-4 style {@code exclusiveMinimum}, {@code
 * nullable}).
 */
class TransportDocumentSchemaTest {
  private static final Schema TRANSPORT_DOCUMENT =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30())
          .getSchema(
              SchemaLocation.of(
                  "classpath:dcsa/EBL_v3.0.4.yaml#/components/schemas/TransportDocument"));

  private static final AccountId CARRIER = BillSamples.account(1);
  private static final AccountId SHIPPER = BillSamples.account(2);
  private static final AccountId CONSIGNEE = BillSamples.account(3);
  private static final AccountId BANK = BillSamples.account(4);

  static List<Error> validate(String json) {
    return TRANSPORT_DOCUMENT.validate(json, InputFormat.JSON);
  }

  static Stream<String> exports() {
    BillData toOrder = BillSamples.toOrder("SLK0001", CARRIER, SHIPPER, CONSIGNEE);
    Bill toOrderBill = BillSamples.issued(toOrder, CARRIER, Bill.Form.TO_ORDER);
    BillData straight = BillSamples.straight("SLK0002", CARRIER, SHIPPER, CONSIGNEE, true);
    Bill straightBill = BillSamples.issued(straight, CARRIER, Bill.Form.STRAIGHT);
    BillData claused = BillSamples.straight("SLK0003", CARRIER, SHIPPER, CONSIGNEE, false);
    Bill endorsed = toOrderBill.movedTo(BANK);
    BillParty bank = BillSamples.party("Bank of Hamburg", BANK, "Hamburg", "DE");
    return Stream.of(
        TransportDocumentExport.toJson(toOrderBill, toOrder),
        TransportDocumentExport.toJson(straightBill, straight),
        TransportDocumentExport.toJson(
            BillSamples.issued(claused, CARRIER, Bill.Form.STRAIGHT), claused),
        TransportDocumentExport.toJson(endorsed, toOrder, Optional.of(bank)),
        TransportDocumentExport.toJson(
            straightBill
                .movedTo(CARRIER)
                .withStatus(Bill.Status.ACCOMPLISHED, Optional.of(CONSIGNEE)),
            straight),
        TransportDocumentExport.toJson(
            toOrderBill.withStatus(Bill.Status.VOID, Optional.of(SHIPPER)), toOrder));
  }

  @ParameterizedTest
  @MethodSource("exports")
  void exportedBillsValidate(String json) {
    assertThat(validate(json)).isEmpty();
  }

  @Test
  void billOnChainExportsWhatTheHolderOpens() throws Exception {
    Shipping s = new Shipping();
    Hash id = s.issueToOrder(s.consortium.traderCn);
    Shipping.assertOk(s.endorse(s.consortium.traderCn, id, s.consortium.bankDe));
    BillData opened = s.open(id, s.consortium.bankDe.encryption());
    BillParty bank =
        BillSamples.party("Bank of Hamburg", s.consortium.bankDe.id(), "Hamburg", "DE");
    String json = TransportDocumentExport.toJson(s.bill(id), opened, Optional.of(bank));
    assertThat(validate(json)).isEmpty();
    assertThat(json).contains("\"transportDocumentReference\" : \"" + opened.reference() + "\"");

    Shipping.assertOk(s.surrender(s.consortium.bankDe, id, SurrenderRequest.Purpose.DELIVERY));
    Shipping.assertOk(s.accomplish(s.carrier, id));
    String delivered = TransportDocumentExport.toJson(s.bill(id), opened);
    assertThat(validate(delivered)).isEmpty();
    assertThat(delivered).contains("SURRENDERED_FOR_DELIVERY");
  }

  @Test
  void exportCarriesTheBillsFacts() {
    BillData data = BillSamples.straight("SLK0003", CARRIER, SHIPPER, CONSIGNEE, false);
    ObjectNode doc =
        TransportDocumentExport.document(
            BillSamples.issued(data, CARRIER, Bill.Form.STRAIGHT), data, Optional.empty());
    assertThat(doc.get("isToOrder").asBoolean()).isFalse();
    assertThat(doc.get("transportDocumentStatus").asText()).isEqualTo("ISSUED");
    assertThat(doc.get("shippedOnBoardDate").asText()).isEqualTo("2026-03-01");
    assertThat(doc.at("/transports/portOfLoading/UNLocationCode").asText()).isEqualTo("CNSHA");
    assertThat(doc.at("/transports/vesselVoyages/0/vesselName").asText())
        .isEqualTo("SILK ROAD EXPRESS");
    assertThat(doc.at("/carrierClauses/0").asText()).contains("torn");
    assertThat(doc.at("/consignmentItems/0/cargoItems/0/cargoGrossWeight/value").decimalValue())
        .isEqualByComparingTo("12500.5");
    assertThat(doc.at("/documentParties/consignee/identifyingCodes/0/partyCode").asText())
        .isEqualTo(CONSIGNEE.toString());
  }

  @Test
  void documentMissingARequiredFieldFailsNamingIt() {
    ObjectNode doc = sampleDocument();
    doc.remove("transportDocumentReference");
    assertThat(messages(doc)).anyMatch(m -> m.contains("transportDocumentReference"));
  }

  @Test
  void brokenNestedFieldFailsNamingIt() {
    ObjectNode doc = sampleDocument();
    ((ObjectNode) doc.at("/transports/portOfLoading")).put("UNLocationCode", "shanghai");
    ((ObjectNode) doc.at("/transports/vesselVoyages/0")).remove("vesselName");
    List<String> messages = messages(doc);
    assertThat(messages).anyMatch(m -> m.contains("UNLocationCode"));
    assertThat(messages).anyMatch(m -> m.contains("vesselName"));
  }

  @Test
  void unknownStatusCodeAndNonPositiveWeightFail() {
    ObjectNode doc = sampleDocument();
    doc.put("transportDocumentTypeCode", "XYZ");
    ((ObjectNode) doc.at("/consignmentItems/0/cargoItems/0/cargoGrossWeight")).put("value", 0);
    List<String> messages = messages(doc);
    assertThat(messages).anyMatch(m -> m.contains("transportDocumentTypeCode"));
    assertThat(messages).anyMatch(m -> m.contains("cargoGrossWeight"));
  }

  @Test
  void exportRefusesDataOfAnotherBill() {
    BillData data = BillSamples.toOrder("SLK0001", CARRIER, SHIPPER, CONSIGNEE);
    BillData other = BillSamples.toOrder("SLK0009", CARRIER, BANK, CONSIGNEE);
    Bill bill = BillSamples.issued(data, CARRIER, Bill.Form.TO_ORDER);
    assertThatThrownBy(() -> TransportDocumentExport.toJson(bill, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shipper");
    BillParty notHolder = BillSamples.party("Bank of Hamburg", BANK, "Hamburg", "DE");
    assertThatThrownBy(() -> TransportDocumentExport.toJson(bill, data, Optional.of(notHolder)))
        .hasMessageContaining("holder");
  }

  private static ObjectNode sampleDocument() {
    BillData data = BillSamples.toOrder("SLK0001", CARRIER, SHIPPER, CONSIGNEE);
    ObjectNode doc =
        TransportDocumentExport.document(
            BillSamples.issued(data, CARRIER, Bill.Form.TO_ORDER), data, Optional.empty());
    assertThat(validate(doc.toString())).as("the unbroken document is valid").isEmpty();
    return doc;
  }

  private static List<String> messages(ObjectNode doc) {
    List<String> messages =
        validate(doc.toString()).stream()
            .map(e -> e.getInstanceLocation() + " " + e.getMessage())
            .toList();
    assertThat(messages).isNotEmpty();
    return messages;
  }
}
