package org.silkchain.node.genesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.envelope.EncryptionPublicKey;

/**
 * A consortium member as the genesis records it: identity, roles, jurisdiction and its public keys
 * (the signing key owns the member's account; the encryption key receives private payloads).
 */
public record GenesisMember(
    String id,
    String name,
    List<Role> roles,
    String jurisdiction,
    PublicKey signingKey,
    EncryptionPublicKey encryptionKey) {
  static final int MAX_NAME_BYTES = 1024;

  public static final Codec<GenesisMember> CODEC =
      new Codec<>() {
        @Override
        public void encode(GenesisMember m, CanonicalWriter out) {
          out.string(m.id).string(m.name);
          out.list(m.roles.stream().map(Role::label).toList(), STRING);
          out.string(m.jurisdiction);
          PublicKey.CODEC.encode(m.signingKey, out);
          EncryptionPublicKey.CODEC.encode(m.encryptionKey, out);
        }

        @Override
        public GenesisMember decode(CanonicalReader in) {
          String id = in.string("member.id", 32);
          String name = in.string("member.name", MAX_NAME_BYTES);
          List<Role> roles = new ArrayList<>();
          for (String label : in.list("member.roles", Role.values().length, STRING)) {
            roles.add(
                Role.fromLabel(label)
                    .orElseThrow(
                        () ->
                            new DecodeException(
                                DecodeException.Reason.INVALID_VALUE, "member.roles: " + label)));
          }
          String jurisdiction = in.string("member.jurisdiction", 2);
          return new GenesisMember(
              id,
              name,
              roles,
              jurisdiction,
              PublicKey.CODEC.decode(in),
              EncryptionPublicKey.CODEC.decode(in));
        }
      };

  static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public void encode(String value, CanonicalWriter out) {
          out.string(value);
        }

        @Override
        public String decode(CanonicalReader in) {
          return in.string("string", 64);
        }
      };

  public GenesisMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(encryptionKey, "encryptionKey");
  }
}
