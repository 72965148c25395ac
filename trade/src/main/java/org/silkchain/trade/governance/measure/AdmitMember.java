package org.silkchain.trade.governance.measure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.governance.ProposalType;
import org.silkchain.trade.identity.MemberRegistry;

/**
 * Admits an institution: its registry entry (id, name, roles, ISO 3166 jurisdiction, BIC for banks)
 * and the keys and threshold of the account it will sign with, whose id derives from those keys.
 */
public record AdmitMember(
    String id,
    String name,
    Set<Role> roles,
    String jurisdiction,
    Optional<String> bic,
    List<PublicKey> keys,
    int threshold)
    implements Measure {
  private static final Codec<String> ID =
      Fields.string("admit.id", 32, Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}"));
  private static final Codec<String> NAME =
      Fields.string("admit.name", 560, Pattern.compile("[^\\p{Cntrl}]{1,140}"));
  private static final Codec<String> COUNTRY =
      Fields.string("admit.jurisdiction", 2, Pattern.compile("[A-Z]{2}"));
  private static final Codec<String> BIC =
      Fields.string(
          "admit.bic", 11, Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?"));

  static final Codec<AdmitMember> CODEC =
      new Codec<>() {
        @Override
        public void encode(AdmitMember a, CanonicalWriter out) {
          ID.encode(a.id, out);
          NAME.encode(a.name, out);
          Codecs.encodeRoles(a.roles, out);
          COUNTRY.encode(a.jurisdiction, out);
          out.optional(a.bic, BIC);
          Fields.KEYS.encode(a.keys, out);
          out.u8(a.threshold);
        }

        @Override
        public AdmitMember decode(CanonicalReader in) {
          return new AdmitMember(
              ID.decode(in),
              NAME.decode(in),
              Codecs.decodeRoles(in, "admit.roles"),
              COUNTRY.decode(in),
              in.optional("admit.bic", BIC),
              Fields.KEYS.decode(in),
              in.u8("admit.threshold"));
        }
      };

  public AdmitMember {
    roles = Codecs.sortedRoles(roles);
    keys = keys.stream().sorted().toList();
  }

  @Override
  public ProposalType type() {
    return ProposalType.ADMIT_MEMBER;
  }

  public MemberRegistry.Admission admission() {
    return new MemberRegistry.Admission(id, name, roles, jurisdiction, bic, keys, threshold);
  }
}
