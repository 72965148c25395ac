package org.silkchain.trade.messages;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.List;
import java.util.Optional;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.identity.Identities;

/**
 * Sending and acknowledging bank-to-bank messages. The sender's role is checked by the action;
 * here, that the recipient is a bank too, and that both (and the regulators of their jurisdictions)
 * can read the content.
 */
final class MessageRules {
  private MessageRules() {}

  static void send(ExecutionContext ctx, SendMessage body) {
    require(
        !body.recipient().equals(ctx.sender()),
        MessagesCodes.SELF_ADDRESSED,
        "a bank does not message itself");
    require(
        Identities.member(ctx, body.recipient())
            .map(
                m ->
                    m.roles().contains(Role.COMMERCIAL_BANK)
                        || m.roles().contains(Role.CENTRAL_BANK))
            .orElse(false),
        MessagesCodes.NOT_A_BANK,
        () -> body.recipient() + " is not a commercial or central bank member");
    Confidentiality.requireRecipients(ctx, body.content(), List.of(ctx.sender(), body.recipient()));

    Hash id = ctx.txId().hash();
    Message message =
        new Message(
            id,
            ctx.sender(),
            body.recipient(),
            body.reference(),
            body.content().commitment(),
            ctx.height(),
            ctx.blockTimeMillis(),
            Optional.empty(),
            Optional.empty());
    ctx.write(Messages.key(id), Message.CODEC, message);
    ctx.write(Messages.sealedKey(id), Sealed.CODEC, body.content());
    Messages.OUTBOX.append(ctx, ctx.sender(), id);
    Messages.INBOX.append(ctx, body.recipient(), id);
    ctx.emit(
        Event.of(MessagesModule.NAME, "sent")
            .with("id", id.toHex())
            .with("sender", ctx.sender().toString())
            .with("recipient", body.recipient().toString()));
  }

  static void acknowledge(ExecutionContext ctx, MessageId body) {
    Message message =
        Messages.message(ctx, body.id())
            .orElseThrow(
                () -> new Rejection(ResultCode.NOT_FOUND, "no message " + body.id().toHex()));
    require(
        message.recipient().equals(ctx.sender()),
        MessagesCodes.NOT_RECIPIENT,
        "only the recipient acknowledges a message");
    require(
        message.status() == Message.Status.SENT,
        MessagesCodes.ALREADY_DELIVERED,
        () -> "acknowledged at height " + message.deliveredAtHeight().orElseThrow());
    ctx.write(
        Messages.key(body.id()),
        Message.CODEC,
        message.delivered(ctx.height(), ctx.blockTimeMillis()));
    ctx.emit(
        Event.of(MessagesModule.NAME, "delivered")
            .with("id", body.id().toHex())
            .with("recipient", ctx.sender().toString()));
  }
}
