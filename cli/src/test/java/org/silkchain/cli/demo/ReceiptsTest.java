package org.silkchain.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptsTest {
  @TempDir Path tmp;

  @Test
  void aStepWithAnUnexpectedCodeIsNotOkAndTheFailureIsNamed() throws Exception {
    List<Outcome> outcomes =
        List.of(
            new Outcome(1, "issue", "ab".repeat(32), 3, "OK", "OK"),
            new Outcome(
                2, "overdraft", "cd".repeat(32), 4, "INSUFFICIENT_FUNDS", "INSUFFICIENT_FUNDS"),
            new Outcome(3, "pay", "ef".repeat(32), 5, "payments.EXPIRED", "OK"));

    Receipts.write(tmp, outcomes, "step 3 (pay): expected OK, got payments.EXPIRED");

    JsonNode root = new ObjectMapper().readTree(tmp.resolve(Receipts.RECEIPTS_FILE).toFile());
    assertThat(root.path("succeeded").asBoolean()).isFalse();
    assertThat(root.path("failure").asText()).startsWith("step 3 (pay)");
    assertThat(root.path("steps")).hasSize(3);
    assertThat(root.path("steps").get(1).path("ok").asBoolean()).isTrue();
    assertThat(root.path("steps").get(2).path("ok").asBoolean()).isFalse();
    assertThat(root.path("steps").get(2).path("height").asLong()).isEqualTo(5);
  }

  @Test
  void theTradeExportsAreNamedAfterTheBillAndTheCredit() throws Exception {
    Receipts.writeTrade(
        tmp,
        new TradeChapter.Exports("DOCL-1", "{\"transportDocumentReference\":\"DOCL-1\"}", "[]"));

    assertThat(tmp.resolve("ebl-DOCL-1.dcsa.json"))
        .hasContent("{\"transportDocumentReference\":\"DOCL-1\"}");
    assertThat(tmp.resolve(Receipts.CREDIT_RECEIPTS_FILE)).hasContent("[]");
  }
}
