package org.silkchain.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.Main;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeProcesses;
import org.silkchain.iso20022.pacs002.Pacs002Writer;
import org.silkchain.iso20022.pacs008.Pacs008Writer;
import org.silkchain.iso20022.schema.SchemaValidator;
import org.silkchain.iso20022.schema.ValidationResult;

/**
 * {@code silkchain demo --until-done --out DIR} end to end: four node processes, the whole story,
 * ISO 20022 files that validate, a receipt per step, and no node left running afterwards.
 */
class DemoIT {
  private static final int BASE_PORT = 28700; // not the demo's default: a manual demo may run

  private static final Schema TRANSPORT_DOCUMENT =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30())
          .getSchema(
              SchemaLocation.of(
                  "classpath:dcsa/EBL_v3.0.4.yaml#/components/schemas/TransportDocument"));

  @TempDir Path tmp;

  @Test
  @Timeout(240)
  void theStoryRunsToTheEndAndExportsValidMessages() throws Exception {
    Path out = tmp.resolve("out");
    Path work = tmp.resolve("net");
    StringWriter console = new StringWriter();
    StringWriter errors = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(console, true));
    cli.setErr(new PrintWriter(errors, true));

    int code =
        cli.execute(
            "demo",
            "--until-done",
            "--out",
            out.toString(),
            "--dir",
            work.toString(),
            "--base-port",
            Integer.toString(BASE_PORT));

    assertThat(code).as(console + "\n" + errors).isZero();
    assertThat(console.toString())
        .contains("refused as expected: INSUFFICIENT_FUNDS")
        .contains("complying")
        .contains("outcome ADOPTED_BY_CONSENSUS")
        .contains("status EXECUTED")
        .contains("Every step ended as expected");

    String bill = Files.readString(out.resolve(Receipts.billFile(TradeDeal.BILL_REFERENCE)));
    List<com.networknt.schema.Error> invalid = TRANSPORT_DOCUMENT.validate(bill, InputFormat.JSON);
    assertThat(invalid).as(bill).isEmpty();
    JsonNode document = new ObjectMapper().readTree(bill);
    assertThat(document.path("transportDocumentReference").asText())
        .isEqualTo(TradeDeal.BILL_REFERENCE);
    assertThat(document.path("transportDocumentStatus").asText())
        .isEqualTo("SURRENDERED_FOR_DELIVERY");
    JsonNode credit =
        new ObjectMapper().readTree(out.resolve(Receipts.CREDIT_RECEIPTS_FILE).toFile());
    List<String> creditSteps = new ArrayList<>();
    for (JsonNode r : credit) {
      assertThat(r.path("result").path("code").asText()).as(r.toString()).isEqualTo("OK");
      creditSteps.add(r.path("status").asText());
    }
    assertThat(creditSteps).hasSize(6).containsOnly("committed");

    String pacs008 = Files.readString(out.resolve("pacs008-" + Story.END_TO_END_ID + ".xml"));
    ValidationResult v8 = SchemaValidator.validate(Pacs008Writer.MESSAGE_TYPE, pacs008);
    assertThat(v8.valid()).as(v8.toString()).isTrue();
    assertThat(pacs008)
        .contains("<EndToEndId>" + Story.END_TO_END_ID + "</EndToEndId>")
        .contains("<BICFI>DEUTDEFF</BICFI>")
        .contains("<BICFI>BKCHCNBJ</BICFI>");
    String pacs002 = Files.readString(out.resolve("pacs002-" + Story.END_TO_END_ID + ".xml"));
    ValidationResult v2 = SchemaValidator.validate(Pacs002Writer.MESSAGE_TYPE, pacs002);
    assertThat(v2.valid()).as(v2.toString()).isTrue();
    assertThat(pacs002).contains("<TxSts>ACSC</TxSts>");

    JsonNode receipts = new ObjectMapper().readTree(out.resolve(Receipts.RECEIPTS_FILE).toFile());
    assertThat(receipts.path("succeeded").asBoolean()).isTrue();
    List<String> codes = new ArrayList<>();
    int expectedStep = 1;
    long lastHeight = 0;
    for (JsonNode s : receipts.path("steps")) {
      assertThat(s.path("step").asInt()).isEqualTo(expectedStep++);
      assertThat(s.path("ok").asBoolean()).as(s.toString()).isTrue();
      assertThat(s.path("code").asText()).isEqualTo(s.path("expected").asText());
      assertThat(s.path("txId").asText()).matches("[0-9a-f]{64}");
      // One transaction at a time, each waited for: heights only go up.
      assertThat(s.path("height").asLong()).isGreaterThan(lastHeight);
      lastHeight = s.path("height").asLong();
      codes.add(s.path("code").asText());
    }
    assertThat(codes).hasSizeGreaterThanOrEqualTo(20);
    assertThat(codes.stream().filter(c -> !c.equals("OK")).toList())
        .containsExactly("INSUFFICIENT_FUNDS");

    for (NodeHome node : new NetworkHome(work).nodes()) {
      assertThat(NodeProcesses.running(node)).as(node.label() + " still running").isEmpty();
    }
  }
}
