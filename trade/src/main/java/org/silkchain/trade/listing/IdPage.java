package org.silkchain.trade.listing;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/** Answer of the listing queries: the list's length and the ids of the page asked for. */
public record IdPage(long total, List<Hash> ids) {
  public static final int TYPE_TAG = 0x0D87;

  public static final Codec<IdPage> CODEC =
      new Codec<>() {
        @Override
        public void encode(IdPage p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u63(p.total).list(p.ids, Hash.CODEC);
        }

        @Override
        public IdPage decode(CanonicalReader in) {
          in.header("idPage", TYPE_TAG, 1);
          return new IdPage(
              in.u63("idPage.total"), in.list("idPage.ids", PageRequest.MAX_LIMIT, Hash.CODEC));
        }
      };

  public IdPage {
    ids = List.copyOf(ids);
  }
}
