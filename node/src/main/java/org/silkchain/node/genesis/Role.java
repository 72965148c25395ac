package org.silkchain.node.genesis;

import java.util.Optional;

/** What a consortium member does; the label is how members files and genesis.json name it. */
public enum Role {
  CENTRAL_BANK("central-bank"),
  COMMERCIAL_BANK("commercial-bank"),
  TRADER("trader"),
  CARRIER("carrier"),
  CUSTOMS("customs"),
  INSURER("insurer"),
  IP_OFFICE("ip-office"),
  REGULATOR("regulator"),
  GOVERNANCE_SECRETARIAT("governance-secretariat");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Role> fromLabel(String label) {
    for (Role r : values()) {
      if (r.label.equals(label)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
