package org.silkchain.trade.governance;

import static org.silkchain.runtime.result.Rejection.require;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.trade.basket.BasketGovernance;
import org.silkchain.trade.governance.measure.AddValidator;
import org.silkchain.trade.governance.measure.AdmitMember;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.governance.measure.ChangeRules;
import org.silkchain.trade.governance.measure.DeclareControlGroup;
import org.silkchain.trade.governance.measure.MemberChange;
import org.silkchain.trade.governance.measure.RemoveValidator;
import org.silkchain.trade.governance.measure.SetBasket;
import org.silkchain.trade.governance.measure.SetParameter;
import org.silkchain.trade.governance.params.Parameters;
import org.silkchain.trade.governance.voting.RuleSet;
import org.silkchain.trade.identity.MemberRegistry;

/**
 * Carries out an adopted measure through the owning module's API: the member registry, the
 * validator registry (whose changes reach consensus at the next epoch change), the basket, the
 * parameters, the texts, the rules, the control groups. Each of those checks its own rules at
 * execution time, since state may have changed since tabling; a refusal is recorded by {@link
 * Closing}.
 */
final class Enactment {
  private Enactment() {}

  static void apply(ExecutionContext ctx, Proposal p) {
    switch (p.measure()) {
      case AdmitMember a -> MemberRegistry.admit(ctx, a.admission());
      case MemberChange c -> {
        switch (c.type()) {
          case SUSPEND_MEMBER -> MemberRegistry.suspend(ctx, c.member());
          case REINSTATE_MEMBER -> MemberRegistry.reinstate(ctx, c.member());
          default -> MemberRegistry.remove(ctx, c.member());
        }
      }
      case AddValidator v -> ValidatorRegistry.add(ctx, v.entry());
      case RemoveValidator r -> ValidatorRegistry.remove(ctx, r.key());
      case SetBasket b -> BasketGovernance.setComposition(ctx, b.composition());
      case SetParameter s -> Parameters.apply(ctx, s);
      case AdoptText t -> adopt(ctx, t, p.id());
      case ChangeRules r -> {
        ctx.write(Governance.rulesKey(r.target()), RuleSet.CODEC, r.rules());
        ctx.emit(Event.of(GovernanceModule.NAME, "rules-changed").with("type", r.target().label()));
      }
      case DeclareControlGroup g -> ControlGroups.declare(ctx, g);
    }
  }

  private static void adopt(ExecutionContext ctx, AdoptText t, long proposal) {
    Hash hash = ctx.hash().digest(Bytes.utf8(t.content()));
    require(
        Governance.text(ctx, hash).isEmpty(),
        GovernanceCodes.TEXT_EXISTS,
        () -> "a text with hash " + hash.toHex() + " is already adopted");
    ctx.write(
        Governance.textKey(hash),
        Text.CODEC,
        new Text(
            t.type(),
            t.reference(),
            t.title(),
            t.content(),
            hash,
            proposal,
            ctx.blockTimeMillis()));
    ctx.emit(
        Event.of(GovernanceModule.NAME, "text-adopted")
            .with("proposal", proposal)
            .with("hash", hash.toHex())
            .with("kind", t.type().label()));
  }
}
