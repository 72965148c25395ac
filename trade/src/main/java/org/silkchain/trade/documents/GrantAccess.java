package org.silkchain.trade.documents;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code documents/grant}: the owner gives {@code grantee} access to document {@code id}
 * with {@code content}, the same content sealed anew to the grantee (same salt, so the same
 * commitment: see {@link org.silkchain.trade.confidential.Sealer#seal(
 * org.silkchain.trade.confidential.Sealer.Opened, java.util.Collection)}).
 */
public record GrantAccess(Hash id, AccountId grantee, Sealed content) {
  public static final int TYPE_TAG = 0x0D82;

  public static final Codec<GrantAccess> CODEC =
      new Codec<>() {
        @Override
        public void encode(GrantAccess b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.id, out);
          AccountId.CODEC.encode(b.grantee, out);
          Sealed.CODEC.encode(b.content, out);
        }

        @Override
        public GrantAccess decode(CanonicalReader in) {
          in.header("grantAccess", TYPE_TAG, 1);
          return new GrantAccess(
              Hash.CODEC.decode(in), AccountId.CODEC.decode(in), Sealed.CODEC.decode(in));
        }
      };

  public GrantAccess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(content, "content");
  }
}
