package org.silkchain.cli.client;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code silkchain query MODULE NAME [--request HEX]}: a module query, any module. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a module query on the node (GET /api/v1/query/MODULE/NAME) and prints the canonical"
          + " response in hex. 'silkchain chain modules' lists the queries.",
      "A confidential query needs --key (the member's signing key file) and its passphrase.",
      "Exit 0 answered, 1 refused (the node's code), 2 bad input, 3 node unreachable."
    })
public final class QueryCommand extends ClientCommand {
  @Parameters(index = "0", description = "The module (currency, payments, ...).")
  String module;

  @Parameters(index = "1", description = "The query's name.")
  String name;

  @Option(names = "--request", defaultValue = "", description = "The canonical request in hex.")
  String request;

  @Option(names = "--key", description = "Sign the request as this member (key file).")
  Path key;

  @Option(
      names = "--passphrase-file",
      description = "The key file's passphrase (else env SILKCHAIN_PASSPHRASE).")
  Path passphraseFile;

  @Override
  protected void run(SilkchainClient client) throws Failure {
    Bytes encoded;
    try {
      encoded = Bytes.fromHex(request);
    } catch (RuntimeException e) {
      throw new Failure(Failure.BAD_INPUT, "--request is not hex");
    }
    Optional<Member> as = key == null ? Optional.empty() : Optional.of(member(key, passphraseFile));
    Bytes response = client.query(module, name, encoded, as);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("module", module);
    body.put("query", name);
    body.put("response", response.toHex());
    print(body, response.toHex());
  }
}
