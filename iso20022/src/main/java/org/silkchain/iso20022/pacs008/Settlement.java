package org.silkchain.iso20022.pacs008;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.iso20022.common.IsoText;

/**
 * How the interbank leg of a transfer settles ({@code SettlementInstruction7}).
 *
 * <p>On Silkchain the debtor agent and the creditor agent both hold central-bank digital currency
 * on the shared ledger, and a payment settles by the ledger transfer between them, final once its
 * block commits. The ledger thus plays the role of a payment clearing and settlement system, so the
 * usual choice is {@link #onLedger()}: method {@code CLRG} with the clearing system named
 * proprietarily ({@code ClrSys/Prtry = SILKCHAIN}). {@code INDA} and {@code INGA} fit when the
 * transfer is instead booked on an account one agent services for the other.
 *
 * <p>Invariant: a clearing system is named exactly when the method is {@code CLRG}.
 *
 * @param clearingSystem proprietary name of the clearing system, up to 35 characters
 */
public record Settlement(Method method, Optional<String> clearingSystem) {
  /** The clearing-system name {@link #onLedger()} uses. */
  public static final String SILKCHAIN = "SILKCHAIN";

  /**
   * Settlement methods this module writes ({@code SettlementMethod1Code}); {@code COVE} is left out
   * because it needs reimbursement agents, which a shared-ledger settlement never has.
   */
  public enum Method {
    /** Through a clearing system: the shared ledger. */
    CLRG,
    /** On the account the instructed agent services for the instructing agent. */
    INDA,
    /** On the account the instructing agent services for the instructed agent. */
    INGA
  }

  public Settlement {
    Objects.requireNonNull(method, "settlement.method");
    IsoText.optionalText("settlement.clearingSystem", clearingSystem, IsoText.MAX_35);
    if ((method == Method.CLRG) != clearingSystem.isPresent()) {
      throw new IllegalArgumentException(
          "settlement method CLRG needs a clearing system and INDA/INGA must not have one, got "
              + method
              + " with "
              + clearingSystem);
    }
  }

  /** Settlement on the Silkchain ledger: {@code CLRG} through the {@link #SILKCHAIN} system. */
  public static Settlement onLedger() {
    return clearing(SILKCHAIN);
  }

  /** Settlement through the clearing system named {@code system}. */
  public static Settlement clearing(String system) {
    return new Settlement(Method.CLRG, Optional.of(system));
  }

  /** Settlement on an agent's account: {@code INDA} or {@code INGA}. */
  public static Settlement onAgentAccount(Method method) {
    return new Settlement(method, Optional.empty());
  }
}
