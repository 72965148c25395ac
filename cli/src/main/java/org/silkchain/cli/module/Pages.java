package org.silkchain.cli.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;
import picocli.CommandLine.Option;

/** A listing of ids by account: {@code --account}, {@code --from}, {@code --limit}. */
abstract class Pages extends ModuleQuery {
  @Option(names = "--account", required = true, description = "The account id (hex).")
  String account;

  @Option(names = "--from", defaultValue = "0", description = "First entry (default 0).")
  long from;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "At most this many (1..100, default ${DEFAULT-VALUE}).")
  int limit;

  AccountId accountId() throws Failure {
    return Args.account("--account", account);
  }

  PageRequest request() throws Failure {
    if (from < 0 || limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new Failure(Failure.BAD_INPUT, "--from must be >= 0 and --limit in 1..100");
    }
    return new PageRequest(accountId(), from, limit);
  }

  static Map<String, Object> ids(String account, long total, List<Hash> ids) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("account", account);
    out.put("total", total);
    List<String> hex = new ArrayList<>();
    ids.forEach(h -> hex.add(h.toHex()));
    out.put("ids", hex);
    return out;
  }

  static Map<String, Object> ids(String account, IdPage page) {
    return ids(account, page.total(), page.ids());
  }
}
