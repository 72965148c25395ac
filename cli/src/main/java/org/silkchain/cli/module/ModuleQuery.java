package org.silkchain.cli.module;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.silkchain.cli.client.ClientCommand;
import org.silkchain.cli.client.Failure;
import org.silkchain.runtime.module.Query;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import picocli.CommandLine.Option;

/**
 * A typed module query: encodes the request from options, decodes the response and prints it as
 * text or, with {@code --json}, as a JSON object made by an explicit mapper. Confidential queries
 * sign the request with {@code --key}.
 */
abstract class ModuleQuery extends ClientCommand {
  @Option(
      names = "--key",
      description = "Sign the request as this member (needed for confidential data).")
  Path key;

  @Option(
      names = "--passphrase-file",
      description = "The key file's passphrase (else env SILKCHAIN_PASSPHRASE).")
  Path passphraseFile;

  /** Runs the query and shows its mapped answer. */
  abstract void answer(SilkchainClient client) throws Failure;

  @Override
  protected final void run(SilkchainClient client) throws Failure {
    try {
      answer(client);
    } catch (IllegalArgumentException e) {
      throw new Failure(Failure.BAD_INPUT, oneLine(e.getMessage()));
    }
  }

  <Q, R> R query(SilkchainClient client, String module, Query<Q, R> query, Q request)
      throws Failure {
    Optional<Member> as = key == null ? Optional.empty() : Optional.of(member(key, passphraseFile));
    return client.query(module, query, request, as);
  }

  /** Prints a mapped response: JSON as is, text as one {@code name: value} line per entry. */
  void show(Map<String, Object> value) {
    print(value, Text.lines(value));
  }
}
