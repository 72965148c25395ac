package org.silkchain.trade.governance.measure;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.account.Role;

/** Role sets as sorted one-byte codes, as accounts and members encode them. */
final class Codecs {
  private Codecs() {}

  static Set<Role> sortedRoles(Set<Role> roles) {
    EnumSet<Role> copy = EnumSet.noneOf(Role.class);
    copy.addAll(roles);
    return Collections.unmodifiableSet(copy);
  }

  static void encodeRoles(Set<Role> roles, CanonicalWriter out) {
    out.varint(roles.size());
    for (Role r : sortedRoles(roles)) {
      out.u8(r.code());
    }
  }

  static Set<Role> decodeRoles(CanonicalReader in, String field) {
    int n = (int) in.varint(field, Role.values().length);
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    int previous = -1;
    for (int i = 0; i < n; i++) {
      int code = in.u8(field);
      if (code <= previous) {
        throw new DecodeException(DecodeException.Reason.NOT_SORTED, field);
      }
      previous = code;
      roles.add(
          Role.fromCode(code)
              .orElseThrow(() -> new DecodeException(DecodeException.Reason.INVALID_VALUE, field)));
    }
    return roles;
  }
}
