package org.silkchain.trade.documents;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Request of the {@code document} query, and of the {@code sealed} query with the index of the
 * envelope ({@code 0} is the one sealed at registration, then one per grant).
 */
public record DocumentRef(Hash id, int envelope) {
  public static final int TYPE_TAG = 0x0D84;

  public static final Codec<DocumentRef> CODEC =
      new Codec<>() {
        @Override
        public void encode(DocumentRef r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(r.id, out);
          out.u16(r.envelope);
        }

        @Override
        public DocumentRef decode(CanonicalReader in) {
          in.header("documentRef", TYPE_TAG, 1);
          return new DocumentRef(Hash.CODEC.decode(in), in.u16("documentRef.envelope"));
        }
      };

  public DocumentRef {
    if (envelope < 0 || envelope > 0xFFFF) {
      throw new IllegalArgumentException("envelope index " + envelope);
    }
  }

  public static DocumentRef of(Hash id) {
    return new DocumentRef(id, 0);
  }
}
