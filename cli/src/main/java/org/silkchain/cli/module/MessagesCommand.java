package org.silkchain.cli.module;

import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.messages.Message;
import org.silkchain.trade.messages.MessageId;
import org.silkchain.trade.messages.MessagesModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain messages ...}: bank-to-bank messages' delivery and listings. */
@Command(
    name = "messages",
    mixinStandardHelpOptions = true,
    description = {
      "Bank-to-bank messages: reads a message's public envelope and delivery status, lists an"
          + " account's inbox and outbox, and the recipient acknowledges delivery. Sending a"
          + " message carries sealed content: use the SDK's MessageClient"
          + " (org.silkchain.trade.messages.MessageClient).",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      MessagesCommand.AcknowledgeCmd.class,
      MessagesCommand.MessageCmd.class,
      MessagesCommand.StatusCmd.class,
      MessagesCommand.InboxCmd.class,
      MessagesCommand.OutboxCmd.class
    })
public final class MessagesCommand extends GroupCommand {
  private static final String M = MessagesModule.NAME;

  @Command(
      name = "acknowledge",
      mixinStandardHelpOptions = true,
      description = "Recipient: acknowledges a message (it becomes DELIVERED).")
  static final class AcknowledgeCmd extends ModuleTx {
    @Option(names = "--id", required = true, description = "The message id (hex).")
    String id;

    @Override
    Payload payload() throws Failure {
      return payload(M, MessagesModule.ACKNOWLEDGE, new MessageId(Args.hash("--id", id)));
    }
  }

  @Command(
      name = "message",
      mixinStandardHelpOptions = true,
      description = "A message's envelope: sender, recipient, reference, when sent and delivered.")
  static final class MessageCmd extends ModuleQuery {
    @Option(names = "--id", required = true, description = "The message id (hex).")
    String id;

    @Override
    void answer(SilkchainClient client) throws Failure {
      Message m = query(client, M, MessagesModule.MESSAGE, new MessageId(Args.hash("--id", id)));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", m.id().toHex());
      out.put("sender", m.sender().toString());
      out.put("recipient", m.recipient().toString());
      out.put("referenceId", m.reference().id().map(Hash::toHex).orElse(null));
      out.put("referenceText", m.reference().text().orElse(null));
      out.put("commitment", m.commitment().toHex());
      out.put("sentAtHeight", m.sentAtHeight());
      out.put("sentAt", m.sentAtMillis());
      out.put("deliveredAtHeight", m.deliveredAtHeight().orElse(null));
      out.put("deliveredAt", m.deliveredAtMillis().orElse(null));
      out.put("status", m.status().name());
      show(out);
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "A message's delivery status: SENT or DELIVERED.")
  static final class StatusCmd extends ModuleQuery {
    @Option(names = "--id", required = true, description = "The message id (hex).")
    String id;

    @Override
    void answer(SilkchainClient client) throws Failure {
      Message.Status s =
          query(client, M, MessagesModule.STATUS, new MessageId(Args.hash("--id", id)));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id);
      out.put("status", s.name());
      show(out);
    }
  }

  @Command(
      name = "inbox",
      mixinStandardHelpOptions = true,
      description = "The ids of the messages an account received (sign with --key).")
  static final class InboxCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      IdPage page = query(client, M, MessagesModule.INBOX, request());
      show(ids(account, page));
    }
  }

  @Command(
      name = "outbox",
      mixinStandardHelpOptions = true,
      description = "The ids of the messages an account sent (sign with --key).")
  static final class OutboxCmd extends Pages {
    @Override
    void answer(SilkchainClient client) throws Failure {
      IdPage page = query(client, M, MessagesModule.OUTBOX, request());
      show(ids(account, page));
    }
  }
}
