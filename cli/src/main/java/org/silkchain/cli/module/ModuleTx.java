package org.silkchain.cli.module;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.client.ClientCommand;
import org.silkchain.cli.client.Failure;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.runtime.module.Action;
import org.silkchain.sdk.Actions;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.sdk.TxReceipt;
import picocli.CommandLine.Option;

/**
 * A typed module action: builds the body from options, signs it as the member of {@code --key},
 * submits it and waits until it is final, then prints the receipt (id, height, code, message,
 * events). Exit 1 when the node refuses it or it commits with a result other than OK.
 */
abstract class ModuleTx extends ClientCommand {
  @Option(names = "--key", required = true, description = "The member's signing key file.")
  Path key;

  @Option(
      names = "--passphrase-file",
      description = "The key file's passphrase (else env SILKCHAIN_PASSPHRASE).")
  Path passphraseFile;

  @Option(
      names = "--timeout-seconds",
      defaultValue = "30",
      description = "How long to wait for finality (default ${DEFAULT-VALUE}, at most 60).")
  int timeoutSeconds;

  /** The signed payload; throws a bad-input failure for options it cannot encode. */
  abstract Payload payload() throws Failure;

  /**
   * The payload for a body that depends on the chain (such as the keys content is sealed to); by
   * default {@link #payload()}.
   */
  Payload payload(SilkchainClient client, Member sender) throws Failure {
    return payload();
  }

  static <B> Payload payload(String module, Action<B> action, B body) throws Failure {
    try {
      return Actions.of(module, action, body);
    } catch (RuntimeException e) {
      throw new Failure(
          Failure.BAD_INPUT, "cannot encode " + action.name() + ": " + e.getMessage());
    }
  }

  @Override
  protected final void run(SilkchainClient client) throws Failure {
    Member member = member(key, passphraseFile);
    Payload payload;
    try {
      payload = payload(client, member);
    } catch (IllegalArgumentException e) {
      throw new Failure(Failure.BAD_INPUT, oneLine(e.getMessage()));
    }
    long nonce = client.account(member.account()).path("nonce").asLong();
    var tx =
        member.sign(
            client.chainId(),
            nonce,
            new ValidityWindow(0, SilkchainClient.VALIDITY_BLOCKS),
            payload);
    TxReceipt receipt =
        client.submitAndWait(tx, Duration.ofSeconds(Math.max(1, Math.min(60, timeoutSeconds))));
    print(receiptJson(receipt), receiptText(receipt));
    if (!receipt.succeeded()) {
      throw new Failure(Failure.REFUSED, receipt.code() + ": " + oneLine(receipt.message()));
    }
  }

  static Map<String, Object> receiptJson(TxReceipt r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id().toString());
    out.put("height", r.height());
    out.put("code", r.code());
    out.put("message", r.message());
    List<Map<String, Object>> events = new ArrayList<>();
    for (TxReceipt.ModuleEvent e : r.events()) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("module", e.module());
      event.put("type", e.type());
      event.put("attributes", e.attributes());
      events.add(event);
    }
    out.put("events", events);
    return out;
  }

  static String receiptText(TxReceipt r) {
    StringBuilder s = new StringBuilder(r.id() + " committed at " + r.height() + ": " + r.code());
    if (!r.message().isEmpty()) {
      s.append(" (").append(oneLine(r.message())).append(')');
    }
    for (TxReceipt.ModuleEvent e : r.events()) {
      s.append("\n  ").append(e.module()).append('/').append(e.type());
      e.attributes().forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    }
    return s.toString();
  }
}
