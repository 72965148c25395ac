package org.silkchain.trade.documents;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.listing.Listing;

/**
 * The documents module's state layout and its read API for other modules (the letter of credit
 * module checks that a presentation names registered documents of the right type):
 *
 * <ul>
 *   <li>{@code documents/doc/<id hex>}: {@link Document}
 *   <li>{@code documents/sealed/<id hex>/<n>}: the n-th {@link Sealed} copy of its content
 *   <li>{@code documents/by-issuer/<account hex>[/<n>]}: ids of the documents the account issued
 *   <li>{@code documents/by-party/<account hex>[/<n>]}: ids of the documents the account was given
 *       access to (kept after a revocation: check {@link Document#access()})
 * </ul>
 */
public final class Documents {
  static final Listing BY_ISSUER = new Listing(DocumentsModule.NAME, "by-issuer");
  static final Listing BY_PARTY = new Listing(DocumentsModule.NAME, "by-party");

  private Documents() {}

  public static Bytes key(Hash id) {
    return StateKey.of(DocumentsModule.NAME, "doc", id.toHex());
  }

  public static Bytes sealedKey(Hash id, int n) {
    return StateKey.of(DocumentsModule.NAME, "sealed", id.toHex(), StateKey.part(n));
  }

  public static Optional<Document> document(StateAccess state, Hash id) {
    return state.read(key(id), Document.CODEC);
  }

  public static Optional<Sealed> sealed(StateAccess state, Hash id, int n) {
    return state.read(sealedKey(id, n), Sealed.CODEC);
  }
}
