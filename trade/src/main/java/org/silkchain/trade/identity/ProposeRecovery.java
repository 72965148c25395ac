package org.silkchain.trade.identity;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/** Body of {@code identity/propose-recovery}, sent by a guardian of {@code target}. */
public record ProposeRecovery(AccountId target, List<PublicKey> keys, int threshold) {
  public static final int TYPE_TAG = 0x0912;

  public static final Codec<ProposeRecovery> CODEC =
      new Codec<>() {
        @Override
        public void encode(ProposeRecovery b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(b.target, out);
          Fields.KEYS.encode(b.keys, out);
          out.u8(b.threshold);
        }

        @Override
        public ProposeRecovery decode(CanonicalReader in) {
          in.header("proposeRecovery", TYPE_TAG, 1);
          return new ProposeRecovery(
              AccountId.CODEC.decode(in), Fields.KEYS.decode(in), in.u8("proposeRecovery.m"));
        }
      };

  public ProposeRecovery {
    keys = keys.stream().sorted().toList();
  }
}
