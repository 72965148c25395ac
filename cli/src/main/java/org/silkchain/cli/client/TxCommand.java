package org.silkchain.cli.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.sdk.TxReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code silkchain tx --module M --action A --body HEX}: signs an action of any module with a
 * member's key, submits it and (unless {@code --no-wait}) waits for its receipt.
 */
@Command(
    name = "tx",
    mixinStandardHelpOptions = true,
    description = {
      "Signs a module action as a member, submits it and waits for the receipt. The body is the"
          + " action's canonical encoding in hex (the SDK's Actions builds it from typed values).",
      "Exit 0 committed with result OK, 1 refused or committed with another result, 2 bad input,"
          + " 3 node unreachable."
    })
public final class TxCommand extends ClientCommand {
  @Option(names = "--module", required = true, description = "The module.")
  String module;

  @Option(names = "--action", required = true, description = "The action.")
  String action;

  @Option(names = "--body", defaultValue = "", description = "The canonical body in hex.")
  String body;

  @Option(names = "--key", required = true, description = "The member's signing key file.")
  Path key;

  @Option(
      names = "--passphrase-file",
      description = "The key file's passphrase (else env SILKCHAIN_PASSPHRASE).")
  Path passphraseFile;

  @Option(names = "--nonce", description = "The nonce (default: the account's next).")
  Long nonce;

  @Option(names = "--no-wait", description = "Return once admitted, without waiting.")
  boolean noWait;

  @Option(
      names = "--timeout-seconds",
      defaultValue = "30",
      description = "How long to wait (at most 60).")
  int timeoutSeconds;

  @Override
  protected void run(SilkchainClient client) throws Failure {
    Payload payload;
    try {
      payload = new Payload(module, action, Bytes.fromHex(body));
    } catch (IllegalArgumentException e) {
      throw new Failure(Failure.BAD_INPUT, "bad payload: " + e.getMessage());
    }
    Member member = member(key, passphraseFile);
    long n = nonce != null ? nonce : client.account(member.account()).path("nonce").asLong();
    var tx =
        member.sign(
            client.chainId(), n, new ValidityWindow(0, SilkchainClient.VALIDITY_BLOCKS), payload);
    if (noWait) {
      String id = client.submit(tx).toString();
      print(Map.of("id", id, "status", "pending"), id + " pending");
      return;
    }
    TxReceipt receipt = client.submitAndWait(tx, Duration.ofSeconds(timeoutSeconds));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", receipt.id().toString());
    out.put("height", receipt.height());
    out.put("code", receipt.code());
    out.put("message", receipt.message());
    print(out, receipt.id() + " committed at " + receipt.height() + ": " + receipt.code());
    if (!receipt.succeeded()) {
      throw new Failure(Failure.REFUSED, receipt.code() + ": " + oneLine(receipt.message()));
    }
  }
}
