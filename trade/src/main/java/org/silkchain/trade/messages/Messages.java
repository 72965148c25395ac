package org.silkchain.trade.messages;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.listing.Listing;

/**
 * The messages module's state layout and read API:
 *
 * <ul>
 *   <li>{@code messages/msg/<id hex>}: {@link Message}
 *   <li>{@code messages/sealed/<id hex>}: its {@link Sealed} {@link MessageBody}
 *   <li>{@code messages/inbox/<account hex>[/<n>]} and {@code messages/outbox/...}: message ids
 *       received and sent by a bank, oldest first
 * </ul>
 */
public final class Messages {
  static final Listing INBOX = new Listing(MessagesModule.NAME, "inbox");
  static final Listing OUTBOX = new Listing(MessagesModule.NAME, "outbox");

  private Messages() {}

  public static Bytes key(Hash id) {
    return StateKey.of(MessagesModule.NAME, "msg", id.toHex());
  }

  public static Bytes sealedKey(Hash id) {
    return StateKey.of(MessagesModule.NAME, "sealed", id.toHex());
  }

  public static Optional<Message> message(StateAccess state, Hash id) {
    return state.read(key(id), Message.CODEC);
  }

  public static Optional<Sealed> sealed(StateAccess state, Hash id) {
    return state.read(sealedKey(id), Sealed.CODEC);
  }
}
