package org.silkchain.trade.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Fields;

/**
 * A consortium member (an institution) as the genesis registers it. Its keys and roles for
 * execution live in its {@link org.silkchain.runtime.account.AccountRecord}; this is the public
 * registry entry: name, jurisdiction (ISO 3166-1 alpha-2) and, for banks, the BIC that ISO 20022
 * messages name it by.
 */
public record Member(
    String id,
    String name,
    Set<Role> roles,
    String jurisdiction,
    Optional<String> bic,
    AccountId account) {
  public static final int TYPE_TAG = 0x0901;
  public static final int VERSION = 1;
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
  static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,140}");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
  private static final Codec<String> BIC_CODEC = Fields.string("member.bic", 11, BIC);

  public static final Codec<Member> CODEC =
      new Codec<>() {
        @Override
        public void encode(Member m, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).string(m.id).string(m.name);
          Roles.encode(m.roles, out);
          out.string(m.jurisdiction).optional(m.bic, BIC_CODEC);
          AccountId.CODEC.encode(m.account, out);
        }

        @Override
        public Member decode(CanonicalReader in) {
          in.header("member", TYPE_TAG, VERSION);
          String id = Fields.text(in, "member.id", 32, ID);
          String name = Fields.text(in, "member.name", 560, NAME);
          Set<Role> roles = Roles.decode(in);
          String jurisdiction = Fields.text(in, "member.jurisdiction", 2, COUNTRY);
          Optional<String> bic = in.optional("member.bic", BIC_CODEC);
          return new Member(id, name, roles, jurisdiction, bic, AccountId.CODEC.decode(in));
        }
      };

  public Member {
    if (!ID.matcher(id).matches() || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid member id or name: " + id);
    }
    if (!COUNTRY.matcher(jurisdiction).matches()) {
      throw new IllegalArgumentException(
          "jurisdiction must be ISO 3166-1 alpha-2: " + jurisdiction);
    }
    if (bic.isPresent() && !BIC.matcher(bic.get()).matches()) {
      throw new IllegalArgumentException("invalid BIC " + bic.get());
    }
    EnumSet<Role> copy = EnumSet.noneOf(Role.class);
    copy.addAll(roles);
    roles = java.util.Collections.unmodifiableSet(copy);
    Objects.requireNonNull(account, "account");
  }

  /** Roles as sorted one-byte codes. */
  static final class Roles {
    private Roles() {}

    static void encode(Set<Role> roles, CanonicalWriter out) {
      EnumSet<Role> sorted = EnumSet.noneOf(Role.class);
      sorted.addAll(roles);
      out.varint(sorted.size());
      for (Role r : sorted) {
        out.u8(r.code());
      }
    }

    static Set<Role> decode(CanonicalReader in) {
      int n = (int) in.varint("roles", Role.values().length);
      EnumSet<Role> roles = EnumSet.noneOf(Role.class);
      int previous = -1;
      for (int i = 0; i < n; i++) {
        int code = in.u8("role");
        if (code <= previous) {
          throw new DecodeException(DecodeException.Reason.NOT_SORTED, "roles");
        }
        previous = code;
        roles.add(
            Role.fromCode(code)
                .orElseThrow(
                    () -> new DecodeException(DecodeException.Reason.INVALID_VALUE, "role")));
      }
      return roles;
    }
  }
}
