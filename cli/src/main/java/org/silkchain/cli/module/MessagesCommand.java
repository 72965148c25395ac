package org.silkchain.cli.module;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.cli.client.Failure;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.confidential.ConfidentialModule;
import org.silkchain.trade.confidential.RecipientKeys;
import org.silkchain.trade.confidential.RecipientsRequest;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.messages.Message;
import org.silkchain.trade.messages.MessageBody;
import org.silkchain.trade.messages.MessageId;
import org.silkchain.trade.messages.MessageReference;
import org.silkchain.trade.messages.MessagesModule;
import org.silkchain.trade.messages.SendMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain messages ...}: bank-to-bank messages' delivery and listings. */
@Command(
    name = "messages",
    mixinStandardHelpOptions = true,
    description = {
      "Bank-to-bank messages: reads a message's public envelope and delivery status, lists an"
          + " account's inbox and outbox; banks send messages sealed to the sender, the"
          + " recipient and the regulators mandated for their jurisdictions (each must have"
          + " published an encryption key: 'identity set-encryption-key'), and the recipient"
          + " acknowledges delivery. Reading a message's text needs the reader's encryption key:"
          + " use the SDK's MessageClient.",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      MessagesCommand.SendCmd.class,
      MessagesCommand.AcknowledgeCmd.class,
      MessagesCommand.MessageCmd.class,
      MessagesCommand.StatusCmd.class,
      MessagesCommand.InboxCmd.class,
      MessagesCommand.OutboxCmd.class
    })
public final class MessagesCommand extends GroupCommand {
  private static final String M = MessagesModule.NAME;

  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description =
          "Bank: sends a text message, sealed on this machine to the keys the chain names for"
              + " sender, recipient and mandated regulators.")
  static final class SendCmd extends ModuleTx {
    @Option(names = "--to", required = true, description = "The recipient's account id (hex).")
    String to;

    @Option(
        names = "--reference",
        required = true,
        description = "What it is about: an object id (64 hex digits) or a reference text.")
    String reference;

    @Option(names = "--text", required = true, description = "The message text.")
    String text;

    @Override
    Payload payload() {
      throw new IllegalStateException("send seals to keys read from the chain");
    }

    @Override
    Payload payload(SilkchainClient client, Member sender) throws Failure {
      AccountId recipient = Args.account("--to", to);
      MessageReference ref =
          reference.matches("[0-9a-fA-F]{64}")
              ? new MessageReference(Optional.of(Hash.fromHex(reference)), Optional.empty())
              : new MessageReference(Optional.empty(), Optional.of(reference));
      RecipientKeys keys =
          client.query(
              ConfidentialModule.NAME,
              ConfidentialModule.RECIPIENTS,
              new RecipientsRequest(List.of(sender.account(), recipient), List.of()));
      List<EncryptionPublicKey> sealTo = new ArrayList<>();
      keys.recipients().forEach(r -> sealTo.add(r.key()));
      Sealed content =
          new Sealer(client.hash(), new SecureRandom())
              .seal(
                  MessageBody.CODEC,
                  new MessageBody(text),
                  sealTo.stream().distinct().sorted().toList());
      return payload(M, MessagesModule.SEND, new SendMessage(recipient, ref, content));
    }
  }

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
