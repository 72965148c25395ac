package org.silkchain.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.silkchain.ledger.transaction.TransactionId;

/** A committed transaction's receipt, as the node's API shows it. */
public record TxReceipt(
    TransactionId id,
    long height,
    int index,
    String code,
    String message,
    List<ModuleEvent> events,
    JsonNode json) {

  /** An event a module emitted. */
  public record ModuleEvent(String module, String type, Map<String, String> attributes) {}

  public boolean succeeded() {
    return code.equals("OK");
  }

  static TxReceipt of(JsonNode r) {
    List<ModuleEvent> events = new ArrayList<>();
    for (JsonNode e : r.path("events")) {
      Map<String, String> attributes = new TreeMap<>();
      e.path("attributes")
          .fields()
          .forEachRemaining(a -> attributes.put(a.getKey(), a.getValue().asText()));
      events.add(new ModuleEvent(e.path("module").asText(), e.path("type").asText(), attributes));
    }
    return new TxReceipt(
        new TransactionId(org.silkchain.crypto.Hash.fromHex(r.path("id").asText())),
        r.path("height").asLong(),
        r.path("index").asInt(),
        r.path("result").path("code").asText(),
        r.path("result").path("message").asText(),
        List.copyOf(events),
        r);
  }
}
