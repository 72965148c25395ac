package org.silkchain.trade.confidential;

import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.crypto.envelope.Envelope;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Answer of the {@code confidential/recipients} query: each account that must be able to read the
 * deal's content (parties, then mandated regulators, merged in account order) with its current
 * encryption key.
 */
public record RecipientKeys(List<Recipient> recipients) {
  public static final int TYPE_TAG = 0x0D04;

  /** One required reader and the key to seal to. */
  public record Recipient(AccountId account, EncryptionPublicKey key) {
    static final Codec<Recipient> CODEC =
        new Codec<>() {
          @Override
          public void encode(Recipient r, CanonicalWriter out) {
            AccountId.CODEC.encode(r.account, out);
            EncryptionPublicKey.CODEC.encode(r.key, out);
          }

          @Override
          public Recipient decode(CanonicalReader in) {
            return new Recipient(AccountId.CODEC.decode(in), EncryptionPublicKey.CODEC.decode(in));
          }
        };

    public Recipient {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(key, "key");
    }
  }

  public static final Codec<RecipientKeys> CODEC =
      new Codec<>() {
        @Override
        public void encode(RecipientKeys r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).list(r.recipients, Recipient.CODEC);
        }

        @Override
        public RecipientKeys decode(CanonicalReader in) {
          in.header("recipientKeys", TYPE_TAG, 1);
          return new RecipientKeys(
              in.list("recipientKeys", Envelope.MAX_RECIPIENTS, Recipient.CODEC));
        }
      };

  public RecipientKeys {
    recipients = List.copyOf(recipients);
  }

  /** The distinct keys, ascending: what to pass to {@link Sealer#seal}. */
  public List<EncryptionPublicKey> keys() {
    return recipients.stream().map(Recipient::key).distinct().sorted().toList();
  }
}
