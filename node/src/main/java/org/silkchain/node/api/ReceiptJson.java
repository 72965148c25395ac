package org.silkchain.node.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.receipt.Receipt;

/** A committed transaction's receipt as the API shows it. */
final class ReceiptJson {
  private ReceiptJson() {}

  /**
   * {@code {"id", "status": "committed", "height", "index", "result": {"code", "message"},
   * "events": [{"module", "type", "attributes": {...}}], "writes", "steps"}}.
   */
  static Map<String, Object> of(Receipt r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", r.txId().toString());
    body.put("status", "committed");
    body.put("height", r.height());
    body.put("index", r.txIndex());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("code", r.code().value());
    result.put("message", r.message());
    body.put("result", result);
    List<Map<String, Object>> events = new ArrayList<>();
    for (Event e : r.events()) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("module", e.module());
      event.put("type", e.type());
      event.put("attributes", new LinkedHashMap<>(e.attributes()));
      events.add(event);
    }
    body.put("events", events);
    body.put("writes", r.writes());
    body.put("steps", r.steps());
    return body;
  }
}
