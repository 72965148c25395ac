package org.silkchain.trade.confidential;

import java.util.Collection;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;

/**
 * The rule validators enforce on sealed content (CONTRACT: implemented by the confidentiality
 * work): every party of the deal, and every regulator whose mandate covers one of the deal's
 * jurisdictions, must be a recipient of the envelope; nobody else needs to be, and the chain never
 * sees the plaintext.
 */
public final class Confidentiality {
  private Confidentiality() {}

  /**
   * Refuses ({@code confidential.MISSING_RECIPIENT}, {@code confidential.NO_ENCRYPTION_KEY}) unless
   * the registered encryption key of each of {@code parties}, and of each regulator mandated for
   * one of {@code jurisdictions} (ISO 3166-1 alpha-2), is among {@code sealed}'s recipients.
   */
  public static void requireRecipients(
      StateAccess state,
      Sealed sealed,
      Collection<AccountId> parties,
      Collection<String> jurisdictions) {
    throw new UnsupportedOperationException("contract: implemented by the confidentiality work");
  }
}
