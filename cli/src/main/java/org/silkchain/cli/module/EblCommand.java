package org.silkchain.cli.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.BillRef;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.ebl.HolderEntry;
import org.silkchain.trade.ebl.Page;
import org.silkchain.trade.ebl.SurrenderRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain ebl ...}: electronic bills of lading. */
@Command(
    name = "ebl",
    mixinStandardHelpOptions = true,
    description = {
      "Electronic bills of lading: reads a bill, its chain of holders and an account's holdings;"
          + " the holder endorses in blank or surrenders a bill, the carrier accomplishes or"
          + " voids it. Issuing, amending, endorsing to a named party and transferring carry"
          + " sealed bill data: use the SDK's BillClient (org.silkchain.trade.ebl.BillClient).",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      EblCommand.SurrenderCmd.class,
      EblCommand.AccomplishCmd.class,
      EblCommand.VoidCmd.class,
      EblCommand.EndorseBlankCmd.class,
      EblCommand.BillCmd.class,
      EblCommand.HistoryCmd.class,
      EblCommand.HeldCmd.class
    })
public final class EblCommand extends GroupCommand {
  private static final String M = EblModule.NAME;

  abstract static class BillTx extends ModuleTx {
    @Option(names = "--bill", required = true, description = "The bill id (hex).")
    String bill;

    Hash billId() throws Failure {
      return Args.hash("--bill", bill);
    }
  }

  @Command(
      name = "surrender",
      mixinStandardHelpOptions = true,
      description = "Holder: surrenders the bill to the carrier for delivery or amendment.")
  static final class SurrenderCmd extends BillTx {
    @Option(
        names = "--purpose",
        defaultValue = "DELIVERY",
        description = "DELIVERY or AMENDMENT (default ${DEFAULT-VALUE}).")
    SurrenderRequest.Purpose purpose;

    @Override
    Payload payload() throws Failure {
      return payload(M, EblModule.SURRENDER, new SurrenderRequest(billId(), purpose));
    }
  }

  @Command(
      name = "accomplish",
      mixinStandardHelpOptions = true,
      description = "Carrier: accomplishes a bill surrendered for delivery (goods delivered).")
  static final class AccomplishCmd extends BillTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, EblModule.ACCOMPLISH, new BillRef(billId()));
    }
  }

  @Command(
      name = "void",
      mixinStandardHelpOptions = true,
      description = "Carrier: voids a bill it holds (e.g. replaced by an amended one).")
  static final class VoidCmd extends BillTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, EblModule.VOID, new BillRef(billId()));
    }
  }

  @Command(
      name = "endorse-blank",
      mixinStandardHelpOptions = true,
      description = "Holder: endorses a to-order bill in blank.")
  static final class EndorseBlankCmd extends BillTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, EblModule.ENDORSE_BLANK, new BillRef(billId()));
    }
  }

  @Command(
      name = "bill",
      mixinStandardHelpOptions = true,
      description = "A bill: carrier, shipper, form, holder, status (its data stays sealed).")
  static final class BillCmd extends ModuleQuery {
    @Option(names = "--bill", required = true, description = "The bill id (hex).")
    String bill;

    @Override
    void answer(SilkchainClient client) throws Failure {
      Bill b = query(client, M, EblModule.BILL, new BillRef(Args.hash("--bill", bill)));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", b.id().toHex());
      out.put("carrier", b.carrier().toString());
      out.put("shipper", b.shipper().toString());
      out.put("form", b.form().name());
      out.put("consignee", b.consignee().map(AccountId::toString).orElse(null));
      out.put("holder", b.holder().toString());
      out.put("status", b.status().name());
      out.put("blankEndorsed", b.blankEndorsed());
      out.put("surrenderedBy", b.surrenderedBy().map(AccountId::toString).orElse(null));
      out.put("commitment", b.commitment().toHex());
      out.put("issuedAt", b.issuedAtMillis());
      out.put("amendments", b.amendments());
      out.put("entries", b.entries());
      show(out);
    }
  }

  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description = "A bill's chain of holders: each issue, endorsement, transfer and surrender.")
  static final class HistoryCmd extends ModuleQuery {
    @Option(names = "--bill", required = true, description = "The bill id (hex).")
    String bill;

    @Option(names = "--from", defaultValue = "0", description = "First entry (default 0).")
    long from;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many.")
    int limit;

    @Override
    void answer(SilkchainClient client) throws Failure {
      List<HolderEntry> entries =
          query(
              client,
              M,
              EblModule.HISTORY,
              new Page.History(Args.hash("--bill", bill), from, limit));
      List<Map<String, Object>> list = new ArrayList<>();
      for (HolderEntry e : entries) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", e.seq());
        entry.put("height", e.height());
        entry.put("time", e.timeMillis());
        entry.put("from", e.from().toString());
        entry.put("to", e.to().toString());
        entry.put("kind", e.kind().name());
        entry.put("module", e.module());
        entry.put("reason", e.reason());
        list.add(entry);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("bill", bill);
      out.put("entries", list);
      show(out);
    }
  }

  @Command(
      name = "held",
      mixinStandardHelpOptions = true,
      description = "The bills an account holds.")
  static final class HeldCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      request(); // checks --from and --limit
      List<Hash> ids =
          query(client, M, EblModule.HELD, new Page.Holdings(accountId(), from, limit));
      Map<String, Object> out = ids(account, ids.size(), ids);
      out.remove("total");
      show(out);
    }
  }
}
