package org.silkchain.iso20022.common;

import java.util.Objects;
import java.util.Optional;

/**
 * A financial institution in a payment chain ({@code BranchAndFinancialInstitutionIdentification6}
 * with its {@code FinInstnId}): a debtor agent, a creditor agent, or an agent taking charges.
 *
 * @param bic the institution's BIC ({@code BICFI}), 8 or 11 characters
 * @param name optional name, up to 140 characters
 * @param clearingMemberId optional member id in the clearing system ({@code ClrSysMmbId/MmbId}), up
 *     to 35 characters, for example the agent's participant id on the Silkchain ledger
 */
public record Agent(String bic, Optional<String> name, Optional<String> clearingMemberId) {

  public Agent {
    IsoText.bic("agent.bic", Objects.requireNonNull(bic, "agent.bic"));
    IsoText.optionalText("agent.name", name, IsoText.MAX_140);
    IsoText.optionalText("agent.clearingMemberId", clearingMemberId, IsoText.MAX_35);
  }

  /** An agent identified by its BIC only. */
  public static Agent of(String bic) {
    return new Agent(bic, Optional.empty(), Optional.empty());
  }
}
