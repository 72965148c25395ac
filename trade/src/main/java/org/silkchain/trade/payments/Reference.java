package org.silkchain.trade.payments;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Names an offer, agreement or payment by its id (the id of the transaction that created it): body
 * of {@code pvp-accept}, {@code pvp-cancel}, {@code pvp-expire}, {@code fx-accept} and request of
 * the queries.
 */
public record Reference(Hash id) {
  public static final int TYPE_TAG = 0x0B13;

  public static final Codec<Reference> CODEC =
      new Codec<>() {
        @Override
        public void encode(Reference r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(r.id, out);
        }

        @Override
        public Reference decode(CanonicalReader in) {
          in.header("reference", TYPE_TAG, 1);
          return new Reference(Hash.CODEC.decode(in));
        }
      };
}
