package org.silkchain.trade.confidential;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.identity.EncryptionKeys;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.Member;

/**
 * The rule validators enforce on sealed content: every party of the deal, and every regulator whose
 * mandate covers one of the deal's jurisdictions ({@link Mandates#regulatorsFor}), must be a
 * recipient of the envelope under its currently registered encryption key ({@link EncryptionKeys});
 * nobody else needs to be, and the chain never sees the plaintext.
 *
 * <p>Validators cannot check that the ciphertext really holds what the commitment claims: only a
 * recipient can ({@link Sealer#open} refuses an envelope whose content does not match its
 * commitment). What the chain guarantees is who can read it.
 */
public final class Confidentiality {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

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
    List<EncryptionPublicKey> present = sealed.envelope().recipients();
    requiredKeys(state, parties, jurisdictions)
        .forEach(
            (account, key) ->
                require(
                    present.contains(key),
                    ConfidentialCodes.MISSING_RECIPIENT,
                    () -> "the sealed content is not encrypted to " + who(state, account)));
  }

  /**
   * As {@link #requireRecipients(StateAccess, Sealed, Collection, Collection)} with the
   * jurisdictions of the parties themselves ({@link #jurisdictionsOf}).
   */
  public static void requireRecipients(
      StateAccess state, Sealed sealed, Collection<AccountId> parties) {
    requireRecipients(state, sealed, parties, jurisdictionsOf(state, parties));
  }

  /**
   * The accounts that must be recipients: {@code parties} plus the regulators mandated for {@code
   * jurisdictions}, ascending.
   */
  public static List<AccountId> requiredRecipients(
      StateAccess state, Collection<AccountId> parties, Collection<String> jurisdictions) {
    TreeSet<AccountId> all = new TreeSet<>(parties);
    for (String j : new TreeSet<>(jurisdictions)) {
      require(
          j != null && COUNTRY.matcher(j).matches(),
          ResultCode.INVALID_ARGUMENT,
          () -> "jurisdiction must be ISO 3166-1 alpha-2: " + j);
      all.addAll(Mandates.regulatorsFor(state, j));
    }
    return List.copyOf(all);
  }

  /**
   * The required recipients with their registered encryption keys, by account. Refuses with {@code
   * confidential.NO_ENCRYPTION_KEY} if one has none.
   */
  public static SortedMap<AccountId, EncryptionPublicKey> requiredKeys(
      StateAccess state, Collection<AccountId> parties, Collection<String> jurisdictions) {
    TreeMap<AccountId, EncryptionPublicKey> keys = new TreeMap<>();
    for (AccountId account : requiredRecipients(state, parties, jurisdictions)) {
      Optional<EncryptionPublicKey> key = EncryptionKeys.of(state, account);
      require(
          key.isPresent(),
          ConfidentialCodes.NO_ENCRYPTION_KEY,
          () -> who(state, account) + " has registered no encryption key");
      keys.put(account, key.get());
    }
    return keys;
  }

  /**
   * The jurisdictions of {@code parties}: a member's own, a bank customer's as its bank attested
   * it; accounts with neither (none exist today) add nothing. Ascending, without repeats.
   */
  public static List<String> jurisdictionsOf(StateAccess state, Collection<AccountId> parties) {
    TreeSet<String> out = new TreeSet<>();
    for (AccountId party : parties) {
      Identities.member(state, party)
          .map(Member::jurisdiction)
          .or(() -> Identities.customer(state, party).map(c -> c.jurisdiction()))
          .ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static String who(StateAccess state, AccountId account) {
    return Identities.member(state, account)
        .map(m -> "member " + m.id())
        .orElse("account " + account);
  }
}
