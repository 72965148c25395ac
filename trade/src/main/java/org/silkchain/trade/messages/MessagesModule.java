package org.silkchain.trade.messages;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/**
 * Encrypted free-format messages between banks about a letter of credit or a payment, with delivery
 * receipts on chain.
 *
 * <p>Actions (payload {@code messages/<action>}, commercial and central banks only): {@code send},
 * {@code acknowledge} (the recipient). Queries: {@code message}, {@code status}, {@code sealed} by
 * {@link MessageId}; {@code inbox}, {@code outbox} by {@link PageRequest}.
 */
public final class MessagesModule implements TradeModule {
  public static final String NAME = "messages";

  public static final Action<SendMessage> SEND =
      Action.restricted(
          "send", SendMessage.CODEC, MessageRules::send, Role.COMMERCIAL_BANK, Role.CENTRAL_BANK);
  public static final Action<MessageId> ACKNOWLEDGE =
      Action.restricted(
          "acknowledge",
          MessageId.CODEC,
          MessageRules::acknowledge,
          Role.COMMERCIAL_BANK,
          Role.CENTRAL_BANK);

  public static final Query<MessageId, Message> MESSAGE =
      new Query<>(
          "message",
          MessageId.CODEC,
          Message.CODEC,
          (state, q) -> Messages.message(state, q.id()).orElseThrow(() -> notFound(q)));
  public static final Query<MessageId, Message.Status> STATUS =
      new Query<>(
          "status",
          MessageId.CODEC,
          Message.STATUS_CODEC,
          (state, q) -> Messages.message(state, q.id()).orElseThrow(() -> notFound(q)).status());
  public static final Query<MessageId, Sealed> SEALED =
      new Query<>(
              "sealed",
              MessageId.CODEC,
              Sealed.CODEC,
              (state, q) -> Messages.sealed(state, q.id()).orElseThrow(() -> notFound(q)))
          .asConfidential();
  public static final Query<PageRequest, IdPage> INBOX =
      new Query<>("inbox", PageRequest.CODEC, IdPage.CODEC, Messages.INBOX::page);
  public static final Query<PageRequest, IdPage> OUTBOX =
      new Query<>("outbox", PageRequest.CODEC, IdPage.CODEC, Messages.OUTBOX::page);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(SEND, ACKNOWLEDGE);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(MESSAGE, STATUS, SEALED, INBOX, OUTBOX);
  }

  private static Rejection notFound(MessageId q) {
    return new Rejection(ResultCode.NOT_FOUND, "no message " + q.id().toHex());
  }
}
