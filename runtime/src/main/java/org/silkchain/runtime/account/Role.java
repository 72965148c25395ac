package org.silkchain.runtime.account;

import java.util.Optional;

/**
 * What an account may do, as actions declare it. The labels are those of the genesis members file
 * (the node's {@code genesis.Role}), so the node maps one to the other by label. Customer accounts
 * opened by a bank have {@link #TRADER}.
 */
public enum Role {
  CENTRAL_BANK("central-bank", 0),
  COMMERCIAL_BANK("commercial-bank", 1),
  TRADER("trader", 2),
  CARRIER("carrier", 3),
  CUSTOMS("customs", 4),
  INSURER("insurer", 5),
  IP_OFFICE("ip-office", 6),
  REGULATOR("regulator", 7),
  GOVERNANCE_SECRETARIAT("governance-secretariat", 8);

  private final String label;
  private final int code;

  Role(String label, int code) {
    this.label = label;
    this.code = code;
  }

  public String label() {
    return label;
  }

  /** The stable one-byte code of the encoding. */
  public int code() {
    return code;
  }

  public static Optional<Role> fromLabel(String label) {
    for (Role r : values()) {
      if (r.label.equals(label)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  public static Optional<Role> fromCode(int code) {
    for (Role r : values()) {
      if (r.code == code) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
