package org.silkchain.node.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.crypto.envelope.Envelope;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.identity.EncryptionKeys;

/**
 * Who may receive a confidential answer that carries sealed content: a reader none of whose
 * envelopes is addressed to is refused ({@code 403 NOT_A_RECIPIENT}), so content a member may not
 * read is never sent to it, not even encrypted. The reader counts as a recipient when the
 * encryption key registered for its account (identity) is a recipient of at least one envelope in
 * the answer; an answer without envelopes is served to any authenticated member, as before.
 *
 * <p>"At least one" rather than "all": a credit carries the terms sealed to every party and
 * documents sealed to the parties of one presentation, and a party must see the credit even where
 * one part was sealed before it joined. A member that rotated its encryption key is refused old
 * content sealed to the previous key only (it reads that with its own copy of the old key, outside
 * the API).
 *
 * <p>The envelopes are found by shape, as {@link AnswerJson} renders: records, optionals,
 * collections and maps are walked, bounded in depth.
 */
final class SealedAudience {
  private SealedAudience() {}

  /** Refuses {@code reader} unless it may receive {@code answer} (see the class comment). */
  static void require(Object answer, AccountId reader, StateAccess state) throws ApiException {
    List<Envelope> envelopes = new ArrayList<>();
    collect(answer, envelopes, 0);
    if (envelopes.isEmpty()) {
      return;
    }
    Optional<EncryptionPublicKey> key = EncryptionKeys.of(state, reader);
    if (key.isPresent() && envelopes.stream().anyMatch(e -> e.recipients().contains(key.get()))) {
      return;
    }
    throw new ApiException(
        403,
        "NOT_A_RECIPIENT",
        "the answer is sealed to other members: "
            + (key.isPresent()
                ? "the encryption key of " + reader + " is not among its recipients"
                : reader + " has no encryption key"),
        null);
  }

  private static void collect(Object value, List<Envelope> into, int depth) {
    if (depth > AnswerJson.MAX_DEPTH) {
      throw new IllegalArgumentException("an answer nested deeper than " + AnswerJson.MAX_DEPTH);
    }
    switch (value) {
      case Envelope e -> into.add(e);
      case Optional<?> o -> o.ifPresent(v -> collect(v, into, depth + 1));
      case Collection<?> c -> c.forEach(v -> collect(v, into, depth + 1));
      case Map<?, ?> m -> m.values().forEach(v -> collect(v, into, depth + 1));
      case Record r -> {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
          collect(AnswerJson.component(r, c), into, depth + 1);
        }
      }
      case null, default -> {}
    }
  }
}
