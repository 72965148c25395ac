package org.silkchain.trade.messages;

import java.util.List;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.confidential.Recipients;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;

/**
 * For banks' clients: composes {@code messages/send} bodies sealed to the right keys and reads
 * messages. Randomised: never call it from ledger execution.
 */
public final class MessageClient {
  private final Sealer sealer;

  public MessageClient(Sealer sealer) {
    this.sealer = sealer;
  }

  /** The body that sends {@code text} from {@code sender} to {@code recipient}. */
  public SendMessage compose(
      StateAccess state,
      AccountId sender,
      AccountId recipient,
      MessageReference reference,
      String text) {
    Sealed content =
        sealer.seal(
            MessageBody.CODEC,
            new MessageBody(text),
            Recipients.keysFor(state, List.of(sender, recipient)));
    return new SendMessage(recipient, reference, content);
  }

  /**
   * The text of message {@code id}, as sender, recipient or mandated regulator.
   *
   * @throws EnvelopeException {@code NOT_A_RECIPIENT} for anyone else
   * @throws IllegalArgumentException if there is no such message
   */
  public String read(StateAccess state, Hash id, EncryptionKeyPair me) throws EnvelopeException {
    Sealed sealed =
        Messages.sealed(state, id)
            .orElseThrow(() -> new IllegalArgumentException("no message " + id.toHex()));
    return sealer.open(sealed, MessageBody.CODEC, me).text();
  }
}
