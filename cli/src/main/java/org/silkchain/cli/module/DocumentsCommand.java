package org.silkchain.cli.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.documents.AccessRef;
import org.silkchain.trade.documents.Document;
import org.silkchain.trade.documents.DocumentRef;
import org.silkchain.trade.documents.DocumentsModule;
import org.silkchain.trade.listing.IdPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain documents ...}: trade documents' public metadata and access. */
@Command(
    name = "documents",
    mixinStandardHelpOptions = true,
    description = {
      "Trade documents (invoices, packing lists, certificates of origin, insurance, customs"
          + " declarations): reads a document's public metadata and lists documents by issuer or"
          + " party; the owner revokes a party's access. Registering a document and granting"
          + " access carry sealed content: use the SDK's DocumentClient"
          + " (org.silkchain.trade.documents.DocumentClient).",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      DocumentsCommand.RevokeCmd.class,
      DocumentsCommand.DocumentCmd.class,
      DocumentsCommand.ByIssuerCmd.class,
      DocumentsCommand.ByPartyCmd.class
    })
public final class DocumentsCommand extends GroupCommand {
  private static final String M = DocumentsModule.NAME;

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Owner: revokes a party's access to a document's future envelopes.")
  static final class RevokeCmd extends ModuleTx {
    @Option(names = "--id", required = true, description = "The document id (hex).")
    String id;

    @Option(names = "--party", required = true, description = "The party's account id (hex).")
    String party;

    @Override
    Payload payload() throws Failure {
      return payload(
          M,
          DocumentsModule.REVOKE,
          new AccessRef(Args.hash("--id", id), Args.account("--party", party)));
    }
  }

  @Command(
      name = "document",
      mixinStandardHelpOptions = true,
      description = "A document's metadata: type, issuer, owner, parties with access, commitment.")
  static final class DocumentCmd extends ModuleQuery {
    @Option(names = "--id", required = true, description = "The document id (hex).")
    String id;

    @Override
    void answer(SilkchainClient client) throws Failure {
      Document d =
          query(client, M, DocumentsModule.DOCUMENT, new DocumentRef(Args.hash("--id", id), 0));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", d.id().toHex());
      out.put("type", d.type().name());
      out.put("issuer", d.issuer().toString());
      out.put("owner", d.owner().toString());
      List<String> access = new ArrayList<>();
      d.access().forEach(a -> access.add(a.toString()));
      out.put("access", access);
      out.put("jurisdictions", d.jurisdictions());
      out.put("reference", d.reference().map(Hash::toHex).orElse(null));
      out.put("commitment", d.commitment().toHex());
      out.put("height", d.height());
      out.put("time", d.timeMillis());
      out.put("envelopes", d.envelopes());
      show(out);
    }
  }

  @Command(
      name = "by-issuer",
      mixinStandardHelpOptions = true,
      description = "The ids of the documents an account issued.")
  static final class ByIssuerCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      IdPage page = query(client, M, DocumentsModule.BY_ISSUER, request());
      show(ids(account, page));
    }
  }

  @Command(
      name = "by-party",
      mixinStandardHelpOptions = true,
      description = "The ids of the documents an account has access to.")
  static final class ByPartyCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      IdPage page = query(client, M, DocumentsModule.BY_PARTY, request());
      show(ids(account, page));
    }
  }
}
