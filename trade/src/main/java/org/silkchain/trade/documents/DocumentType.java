package org.silkchain.trade.documents;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.silkchain.runtime.account.Role;

/**
 * The kinds of trade document the register holds, with the one-byte code of their encodings and the
 * roles that may issue each: traders issue invoices, packing lists and customs declarations (the
 * declarant lodges it with customs); customs (or a chamber of commerce acting as issuing body,
 * admitted with the customs role) issues certificates of origin; insurers issue insurance
 * certificates.
 */
public enum DocumentType {
  COMMERCIAL_INVOICE(1, Role.TRADER),
  PACKING_LIST(2, Role.TRADER),
  CERTIFICATE_OF_ORIGIN(3, Role.CUSTOMS),
  INSURANCE_CERTIFICATE(4, Role.INSURER),
  CUSTOMS_DECLARATION(5, Role.TRADER);

  private final int code;
  private final Set<Role> issuers;

  DocumentType(int code, Role issuer) {
    this.code = code;
    this.issuers = EnumSet.of(issuer);
  }

  public int code() {
    return code;
  }

  /** The roles whose holders may issue this type. */
  public Set<Role> issuers() {
    return EnumSet.copyOf(issuers);
  }

  public boolean issuableBy(Set<Role> roles) {
    return roles.stream().anyMatch(issuers::contains);
  }

  public static Optional<DocumentType> fromCode(int code) {
    for (DocumentType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
