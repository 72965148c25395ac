package org.silkchain.trade.confidential;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;

/**
 * Stands in for the governance module in tests: the secretariat grants and revokes mandates through
 * {@link Mandates}, as a governance decision will when it takes effect.
 */
final class MandateTestModule implements TradeModule {
  static final String NAME = "mandate-test";

  record Body(String jurisdiction, AccountId regulator) {
    static final Codec<Body> CODEC =
        new Codec<>() {
          @Override
          public void encode(Body b, CanonicalWriter out) {
            out.header(0x7F40, 1).string(b.jurisdiction);
            AccountId.CODEC.encode(b.regulator, out);
          }

          @Override
          public Body decode(CanonicalReader in) {
            in.header("mandateTest", 0x7F40, 1);
            return new Body(in.string("jurisdiction", 8), AccountId.CODEC.decode(in));
          }
        };
  }

  static final Action<Body> GRANT =
      Action.restricted(
          "grant",
          Body.CODEC,
          (ctx, b) -> Mandates.grant(ctx, b.jurisdiction(), b.regulator()),
          Role.GOVERNANCE_SECRETARIAT);
  static final Action<Body> REVOKE =
      Action.restricted(
          "revoke",
          Body.CODEC,
          (ctx, b) -> Mandates.revoke(ctx, b.jurisdiction(), b.regulator()),
          Role.GOVERNANCE_SECRETARIAT);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(GRANT, REVOKE);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of();
  }
}
