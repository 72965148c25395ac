package org.silkchain.iso20022.common;

import java.util.Objects;
import java.util.Optional;

/**
 * A debtor or creditor ({@code PartyIdentification135}): a name in any script, an optional postal
 * address and an optional LEI.
 *
 * <p>The name is required although the schemas make it optional: a cross-border payment without the
 * parties' names fails sanctions screening at the receiving bank.
 */
public record Party(String name, Optional<PostalAddress> address, Optional<String> lei) {

  public Party {
    IsoText.text("party.name", name, IsoText.MAX_140);
    Objects.requireNonNull(address, "party.address");
    Objects.requireNonNull(lei, "party.lei");
    lei.ifPresent(l -> IsoText.lei("party.lei", l));
  }

  /** A party known by name only. */
  public static Party named(String name) {
    return new Party(name, Optional.empty(), Optional.empty());
  }

  /** A party with a name and a postal address. */
  public static Party of(String name, PostalAddress address) {
    return new Party(name, Optional.of(address), Optional.empty());
  }
}
