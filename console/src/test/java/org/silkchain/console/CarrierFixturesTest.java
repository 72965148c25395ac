package org.silkchain.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.confidential.RecipientsRequest;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.BillParty;
import org.silkchain.trade.ebl.Consignment;
import org.silkchain.trade.ebl.Container;
import org.silkchain.trade.ebl.IssueBill;
import org.silkchain.trade.ebl.Port;

/**
 * The carrier's issuance from the browser ({@code test/carrier.test.ts}): a {@link BillData} as the
 * console's form builds it, the {@code ebl/issue} bodies around a {@link Sealed} made by the real
 * {@link Sealer} (seeded, so repeatable), and the {@code confidential/recipients} request. And the
 * other direction: content sealed by the browser's {@code sealContent} ({@code
 * test/fixtures/ts-sealed.json}, written by {@code test/make-ts-sealed.ts}) decodes as a canonical
 * {@link Sealed} and opens with {@link Sealer#openWithSalt} for its recipients only.
 */
class CarrierFixturesTest {
  static final AccountId CARRIER = AccountId.fromHex("11".repeat(32));
  static final AccountId SHIPPER = AccountId.fromHex("22".repeat(32));
  static final AccountId CONSIGNEE = AccountId.fromHex("33".repeat(32));

  @Test
  void carrierFixtures() throws Exception {
    EncryptionKeyPair carrierKey = SealedFixturesTest.key(101);
    EncryptionKeyPair shipperKey = SealedFixturesTest.key(151);
    SecureRandom fixed = SecureRandom.getInstance("SHA1PRNG");
    fixed.setSeed(11);
    BillData data = billData();
    Bytes content = BillData.CODEC.encode(data);
    Sealed sealed =
        new Sealer(HashFunction.sha256(), fixed)
            .seal(content, List.of(shipperKey.publicKey(), carrierKey.publicKey()));

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("billData", content.toHex());
    out.put("sealed", Sealed.CODEC.encode(sealed).toHex());
    out.put("sealedJson", SealedFixturesTest.json(sealed));
    out.put("carrier", CARRIER.toString());
    out.put("shipper", SHIPPER.toString());
    out.put("consignee", CONSIGNEE.toString());
    out.put(
        "issueToOrder",
        IssueBill.CODEC
            .encode(new IssueBill(SHIPPER, Bill.Form.TO_ORDER, Optional.empty(), sealed))
            .toHex());
    out.put(
        "issueStraight",
        IssueBill.CODEC
            .encode(new IssueBill(SHIPPER, Bill.Form.STRAIGHT, Optional.of(CONSIGNEE), sealed))
            .toHex());
    out.put(
        "recipientsRequest",
        RecipientsRequest.CODEC
            .encode(
                new RecipientsRequest(List.of(SHIPPER, CARRIER, CONSIGNEE), List.of("SG", "CN")))
            .toHex());
    Fixtures.check("carrier", out);
  }

  @Test
  void browserSealedContentOpensInJava() throws Exception {
    JsonNode sample =
        new ObjectMapper()
            .readTree(Files.readString(moduleDir().resolve("test/fixtures/ts-sealed.json")));
    Sealed sealed = Sealed.CODEC.decode(Bytes.fromHex(sample.get("sealed").asText()));
    Sealer sealer = new Sealer(HashFunction.sha256(), new SecureRandom());
    for (int first : new int[] {101, 151}) {
      Sealer.Opened opened = sealer.openWithSalt(sealed, SealedFixturesTest.key(first));
      assertThat(opened.content().toHex()).isEqualTo(sample.get("content").asText());
      assertThat(BillData.CODEC.decode(opened.content()).reference()).isEqualTo("SLK-TS-7");
    }
    assertThatThrownBy(() -> sealer.openWithSalt(sealed, SealedFixturesTest.key(201)))
        .isInstanceOfSatisfying(
            EnvelopeException.class,
            e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_A_RECIPIENT));
  }

  /** The bill data of {@code test/carrier.test.ts}, field for field. */
  static BillData billData() {
    return new BillData(
        "SLK-2026-0042",
        "ESSC",
        BillParty.of(
            "East Sea Shipping",
            new BillParty.Address("Harbour Road 1", "Shanghai", "CN"),
            CARRIER),
        new BillParty(
            "丝路贸易 Silkroad Traders",
            Optional.of(new BillParty.Address("Silk Street 8", "Shanghai", "CN")),
            Optional.of(SHIPPER)),
        Optional.empty(),
        List.of(),
        "Silk Star",
        "042E",
        new Port("CNSHA", "Shanghai"),
        new Port("SGSIN", "Singapore"),
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 9),
        LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 2),
        "CNSHA",
        "CNSHA",
        true,
        List.of(),
        List.of(
            new Consignment(
                "SLK-2026-0042",
                List.of("Raw silk, 60 cartons", "Grade 5A"),
                "500200",
                List.of(new Consignment.Cargo("SLKU1234565", 1_234_500, 60, "Carton")))),
        List.of(new Container("SLKU1234565", "22G1", List.of("DO0012345"), false)),
        "Operations desk",
        "ops@east-sea.example",
        "Carriage subject to the carrier's standard terms.");
  }

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
  }
}
