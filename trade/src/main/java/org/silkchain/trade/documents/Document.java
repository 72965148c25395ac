package org.silkchain.trade.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * A registered document as the chain records it: the metadata validators enforce the rules with,
 * never the content. The transaction that registered it (its id is the document's {@code id}) was
 * signed by {@code issuer}: that signature, at {@code height} and {@code timeMillis}, is the proof
 * of who issued what and when; {@code commitment} fixes what. {@code access} lists who may read it
 * now; {@code envelopes} counts the sealed copies stored (the first to the original parties, one
 * per later grant).
 */
public record Document(
    Hash id,
    DocumentType type,
    AccountId issuer,
    AccountId owner,
    List<AccountId> access,
    List<String> jurisdictions,
    Optional<Hash> reference,
    Hash commitment,
    long height,
    long timeMillis,
    int envelopes) {
  public static final int TYPE_TAG = 0x0D80;
  public static final int MAX_ACCESS = 64;
  public static final int MAX_JURISDICTIONS = 16;

  /** Grants are bounded too, so that reading every envelope of a document stays cheap. */
  public static final int MAX_ENVELOPES = 256;

  static final Codec<String> COUNTRY = Fields.string("country", 2, DocumentFields.COUNTRY);

  public static final Codec<Document> CODEC =
      new Codec<>() {
        @Override
        public void encode(Document d, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(d.id, out);
          out.u8(d.type.code());
          AccountId.CODEC.encode(d.issuer, out);
          AccountId.CODEC.encode(d.owner, out);
          out.set(d.access, AccountId.CODEC).set(d.jurisdictions, COUNTRY);
          out.optional(d.reference, Hash.CODEC);
          Hash.CODEC.encode(d.commitment, out);
          out.u63(d.height).u63(d.timeMillis).u16(d.envelopes);
        }

        @Override
        public Document decode(CanonicalReader in) {
          in.header("document", TYPE_TAG, 1);
          Hash id = Hash.CODEC.decode(in);
          int code = in.u8("document.type");
          DocumentType type =
              DocumentType.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "document.type: " + code));
          return DocumentFields.valid(
              "document",
              () ->
                  new Document(
                      id,
                      type,
                      AccountId.CODEC.decode(in),
                      AccountId.CODEC.decode(in),
                      in.set("document.access", MAX_ACCESS, AccountId.CODEC),
                      in.set("document.jurisdictions", MAX_JURISDICTIONS, COUNTRY),
                      in.optional("document.reference", Hash.CODEC),
                      Hash.CODEC.decode(in),
                      in.u63("document.height"),
                      in.u63("document.time"),
                      in.u16("document.envelopes")));
        }
      };

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(owner, "owner");
    access = access.stream().sorted().distinct().toList();
    jurisdictions = jurisdictions.stream().sorted().distinct().toList();
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(commitment, "commitment");
    if (!access.contains(issuer) || !access.contains(owner)) {
      throw new IllegalArgumentException("issuer and owner always have access");
    }
    if (envelopes < 1 || envelopes > MAX_ENVELOPES || height < 0 || timeMillis < 0) {
      throw new IllegalArgumentException("invalid document envelopes, height or time");
    }
  }

  public boolean readableBy(AccountId account) {
    return access.contains(account);
  }
}
