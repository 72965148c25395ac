package org.silkchain.trade.documents;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;

/** Body of {@code documents/revoke}: the owner withdraws {@code party}'s access to {@code id}. */
public record AccessRef(Hash id, AccountId party) {
  public static final int TYPE_TAG = 0x0D83;

  public static final Codec<AccessRef> CODEC =
      new Codec<>() {
        @Override
        public void encode(AccessRef b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.id, out);
          AccountId.CODEC.encode(b.party, out);
        }

        @Override
        public AccessRef decode(CanonicalReader in) {
          in.header("accessRef", TYPE_TAG, 1);
          return new AccessRef(Hash.CODEC.decode(in), AccountId.CODEC.decode(in));
        }
      };

  public AccessRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
  }
}
