package org.silkchain.trade.confidential;

import java.util.Collection;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;

/**
 * For clients: the encryption keys to seal a deal's content to, read from a state the client trusts
 * (a node's query answers at a recent height), so that what it seals passes {@link
 * Confidentiality#requireRecipients}. Mandates can change between reading and inclusion; a
 * transaction refused with {@code confidential.MISSING_RECIPIENT} is sealed again and resent.
 */
public final class Recipients {
  private Recipients() {}

  /**
   * The keys of {@code parties} and of every regulator mandated for {@code jurisdictions},
   * ascending by key.
   *
   * @throws org.silkchain.runtime.result.Rejection {@code confidential.NO_ENCRYPTION_KEY} if one of
   *     them has registered no key
   */
  public static List<EncryptionPublicKey> keysFor(
      StateAccess state, Collection<AccountId> parties, Collection<String> jurisdictions) {
    return Confidentiality.requiredKeys(state, parties, jurisdictions).values().stream()
        .distinct()
        .sorted()
        .toList();
  }

  /** As {@link #keysFor(StateAccess, Collection, Collection)} for the parties' jurisdictions. */
  public static List<EncryptionPublicKey> keysFor(
      StateAccess state, Collection<AccountId> parties) {
    return keysFor(state, parties, Confidentiality.jurisdictionsOf(state, parties));
  }

  /** Seals {@code content} for the deal: its parties and the mandated regulators. */
  public static Sealed seal(
      Sealer sealer,
      StateAccess state,
      Bytes content,
      Collection<AccountId> parties,
      Collection<String> jurisdictions) {
    return sealer.seal(content, keysFor(state, parties, jurisdictions));
  }
}
