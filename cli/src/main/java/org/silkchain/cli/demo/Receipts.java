package org.silkchain.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code demo --until-done --out DIR} writes: the ISO 20022 messages and the receipts. */
public final class Receipts {
  public static final String RECEIPTS_FILE = "receipts.json";

  private Receipts() {}

  /**
   * Writes {@code receipts.json}: {@code {"succeeded": bool, "failure": "..."|null, "steps":
   * [{"step", "title", "txId", "height", "code", "expected", "ok"}]}}.
   */
  public static void write(Path dir, List<Outcome> outcomes, String failure) throws IOException {
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Outcome o : outcomes) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("step", o.step());
      s.put("title", o.title());
      s.put("txId", o.txId());
      s.put("height", o.height());
      s.put("code", o.code());
      s.put("expected", o.expected());
      s.put("ok", o.succeeded());
      steps.add(s);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("succeeded", failure == null);
    root.put("failure", failure);
    root.put("steps", steps);
    Files.createDirectories(dir);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve(RECEIPTS_FILE).toFile(), root);
  }

  /** Writes {@code pacs008-<e2eid>.xml} and {@code pacs002-<e2eid>.xml}. */
  public static void writeMessages(Path dir, Story.Exported exported) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pacs008-" + exported.endToEndId() + ".xml"), exported.pacs008());
    Files.writeString(dir.resolve("pacs002-" + exported.endToEndId() + ".xml"), exported.pacs002());
  }

  /** The file of the eBL exported as a DCSA TransportDocument. */
  public static String billFile(String reference) {
    return "ebl-" + reference + ".dcsa.json";
  }

  /** The file of the letter of credit's full receipts, one per step of the credit. */
  public static final String CREDIT_RECEIPTS_FILE = "lc-receipts.json";

  /** Writes the trade chapter's exports: the bill as DCSA JSON and the credit's receipts. */
  public static void writeTrade(Path dir, TradeChapter.Exports exports) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(billFile(exports.billReference())), exports.transportDocument());
    Files.writeString(dir.resolve(CREDIT_RECEIPTS_FILE), exports.creditReceipts());
  }
}
