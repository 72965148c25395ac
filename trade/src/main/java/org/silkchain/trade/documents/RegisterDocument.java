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
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code documents/register}: a document of {@code type}, its {@link TradeDocument} content
 * sealed to the issuer, {@code owner} and {@code parties} (and the regulators mandated for their
 * jurisdictions and for {@code jurisdictions}), optionally linked to the on-chain object it belongs
 * to ({@code reference}: a letter of credit's or a bill's id).
 */
public record RegisterDocument(
    DocumentType type,
    AccountId owner,
    List<AccountId> parties,
    List<String> jurisdictions,
    Optional<Hash> reference,
    Sealed content) {
  public static final int TYPE_TAG = 0x0D81;

  public static final Codec<RegisterDocument> CODEC =
      new Codec<>() {
        @Override
        public void encode(RegisterDocument b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u8(b.type.code());
          AccountId.CODEC.encode(b.owner, out);
          out.set(b.parties, AccountId.CODEC).set(b.jurisdictions, Document.COUNTRY);
          out.optional(b.reference, Hash.CODEC);
          Sealed.CODEC.encode(b.content, out);
        }

        @Override
        public RegisterDocument decode(CanonicalReader in) {
          in.header("registerDocument", TYPE_TAG, 1);
          int code = in.u8("registerDocument.type");
          DocumentType type =
              DocumentType.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE,
                              "registerDocument.type: " + code));
          return new RegisterDocument(
              type,
              AccountId.CODEC.decode(in),
              in.set("registerDocument.parties", Document.MAX_ACCESS, AccountId.CODEC),
              in.set(
                  "registerDocument.jurisdictions", Document.MAX_JURISDICTIONS, Document.COUNTRY),
              in.optional("registerDocument.reference", Hash.CODEC),
              Sealed.CODEC.decode(in));
        }
      };

  public RegisterDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(owner, "owner");
    parties = parties.stream().sorted().distinct().toList();
    jurisdictions = jurisdictions.stream().sorted().distinct().toList();
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(content, "content");
  }
}
