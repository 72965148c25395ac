package org.silkchain.trade.confidential;

import java.util.List;
import java.util.stream.Stream;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.trade.confidential.RecipientKeys.Recipient;

/**
 * Queries for clients that seal content (no actions: mandates change through governance, keys
 * through {@code identity/set-encryption-key}). {@code recipients}: the accounts and keys a deal's
 * content must be sealed to, refused with {@code confidential.NO_ENCRYPTION_KEY} like the rule
 * itself; {@code regulators}: who has a mandate over a jurisdiction.
 */
public final class ConfidentialModule implements TradeModule {
  public static final String NAME = ConfidentialCodes.NAME;

  public static final Query<RecipientsRequest, RecipientKeys> RECIPIENTS =
      new Query<>(
          "recipients",
          RecipientsRequest.CODEC,
          RecipientKeys.CODEC,
          (state, q) -> {
            List<String> jurisdictions =
                Stream.concat(
                        q.jurisdictions().stream(),
                        Confidentiality.jurisdictionsOf(state, q.parties()).stream())
                    .distinct()
                    .sorted()
                    .toList();
            return new RecipientKeys(
                Confidentiality.requiredKeys(state, q.parties(), jurisdictions).entrySet().stream()
                    .map(e -> new Recipient(e.getKey(), e.getValue()))
                    .toList());
          });
  public static final Query<RegulatorsAnswer.Jurisdiction, RegulatorsAnswer> REGULATORS =
      new Query<>(
          "regulators",
          RegulatorsAnswer.Jurisdiction.CODEC,
          RegulatorsAnswer.CODEC,
          (state, q) ->
              new RegulatorsAnswer(
                  Mandates.regulatorsFor(state, q.code()), Mandates.granted(state, q.code())));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of();
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(RECIPIENTS, REGULATORS);
  }
}
