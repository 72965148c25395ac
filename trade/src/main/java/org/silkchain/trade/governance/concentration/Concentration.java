package org.silkchain.trade.governance.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.trade.governance.ControlGroups;
import org.silkchain.trade.governance.Electorate;
import org.silkchain.trade.governance.Governance;
import org.silkchain.trade.governance.ProposalType;
import org.silkchain.trade.governance.measure.DeclareControlGroup;
import org.silkchain.trade.governance.params.Parameter;
import org.silkchain.trade.governance.params.Parameters;
import org.silkchain.trade.governance.voting.Count;
import org.silkchain.trade.governance.voting.Procedure;
import org.silkchain.trade.governance.voting.RuleSet;
import org.silkchain.trade.identity.Member;
import org.silkchain.trade.identity.MemberRegistry;

/**
 * Who holds how much power: one vote per eligible member, and the validators' voting power by the
 * member that operates them, added up by jurisdiction and by declared control group.
 *
 * <p>Warnings, with {@code m} the {@code concentration.margin-bps} parameter (default 500, 5%):
 *
 * <ul>
 *   <li>{@code validator-power}: a jurisdiction or group holds at least {@code 1/3 - m} of the
 *       total validator power. At a third, it alone can stop consensus from finalizing (BFT
 *       tolerates fewer than a third faulty).
 *   <li>{@code blocking-minority}: a jurisdiction or group has at least {@code b - m} of the
 *       eligible members, where {@code b} is the smallest share that, voting against with every
 *       other member for, defeats the fallback majority of the most demanding proposal type (three
 *       quarters: a quarter plus one blocks). Under consensus alone any one member can block, which
 *       is the point of consensus and not warned about.
 * </ul>
 *
 * <p>Validators whose operator is not a member count in the total but in no subject.
 */
public final class Concentration {
  private static final long BPS = 10_000;

  private Concentration() {}

  public static ConcentrationReport of(StateAccess state) {
    return of(state, ValidatorRegistry.entries(state));
  }

  /** The report for {@code validators} (the registry's entries, or a test's). */
  public static ConcentrationReport of(
      StateAccess state, List<ValidatorRegistry.Entry> validators) {
    SortedSet<AccountId> electorate = Electorate.eligible(state);
    TreeMap<AccountId, Long> powerByOperator = new TreeMap<>();
    long totalPower = 0;
    for (ValidatorRegistry.Entry v : validators) {
      powerByOperator.merge(v.operator(), v.power(), Math::addExact);
      totalPower = Math.addExact(totalPower, v.power());
    }
    TreeMap<AccountId, Share> byAccount = new TreeMap<>();
    TreeMap<String, Share> byJurisdiction = new TreeMap<>();
    for (Member m : MemberRegistry.members(state)) {
      Share s =
          new Share(
              m.id(),
              electorate.contains(m.account()) ? 1 : 0,
              powerByOperator.getOrDefault(m.account(), 0L));
      byAccount.put(m.account(), s);
      byJurisdiction.merge(
          m.jurisdiction(),
          new Share(m.jurisdiction(), s.votes(), s.validatorPower()),
          Concentration::add);
    }
    List<Share> groups = new ArrayList<>();
    for (DeclareControlGroup g : ControlGroups.of(state).groups()) {
      Share sum = new Share(g.name(), 0, 0);
      for (AccountId a : g.members()) {
        Share s = byAccount.get(a);
        if (s != null) {
          sum = add(sum, new Share(g.name(), s.votes(), s.validatorPower()));
        }
      }
      groups.add(sum);
    }
    long margin = Parameters.number(state, Parameter.CONCENTRATION_MARGIN_BPS);
    List<Warning> warnings = new ArrayList<>();
    Optional<Blocking> blocking = smallestBlockingMinority(state, electorate.size());
    warn(
        warnings,
        "jurisdiction",
        byJurisdiction.values(),
        totalPower,
        electorate.size(),
        margin,
        blocking);
    warn(warnings, "group", groups, totalPower, electorate.size(), margin, blocking);
    return new ConcentrationReport(
        electorate.size(),
        totalPower,
        List.copyOf(byAccount.values()),
        List.copyOf(byJurisdiction.values()),
        groups,
        warnings);
  }

  /** The fewest members that block some type's fallback majority, and that type. */
  record Blocking(long members, ProposalType type) {}

  static Optional<Blocking> smallestBlockingMinority(StateAccess state, long electorate) {
    Optional<Blocking> best = Optional.empty();
    for (ProposalType t : ProposalType.values()) {
      RuleSet rules = Governance.rules(state, t);
      if (rules.procedure() != Procedure.CONSENSUS || rules.fallback().isEmpty()) {
        continue;
      }
      for (long g = 1; g <= electorate; g++) {
        if (!rules.fallback().get().reachedBy(new Count(electorate - g, g, 0, electorate))) {
          if (best.isEmpty() || g < best.get().members()) {
            best = Optional.of(new Blocking(g, t));
          }
          break;
        }
      }
    }
    return best;
  }

  private static void warn(
      List<Warning> out,
      String kind,
      Iterable<Share> shares,
      long totalPower,
      long electorate,
      long margin,
      Optional<Blocking> blocking) {
    for (Share s : shares) {
      // power / total >= 1/3 - margin/BPS, multiplied out by 3 * BPS * total
      if (totalPower > 0
          && Math.multiplyExact(s.validatorPower(), 3 * BPS)
              >= Math.multiplyExact(totalPower, BPS - 3 * margin)) {
        out.add(
            new Warning(
                Warning.VALIDATOR_POWER,
                kind,
                s.subject(),
                s.validatorPower(),
                totalPower,
                (totalPower + 2) / 3,
                ""));
      }
      // votes / n >= g/n - margin/BPS, multiplied out by BPS * n
      if (blocking.isPresent()
          && s.votes() > 0
          && Math.multiplyExact(s.votes(), BPS)
              >= Math.multiplyExact(blocking.get().members(), BPS)
                  - Math.multiplyExact(margin, electorate)) {
        out.add(
            new Warning(
                Warning.BLOCKING_MINORITY,
                kind,
                s.subject(),
                s.votes(),
                electorate,
                blocking.get().members(),
                blocking.get().type().label()));
      }
    }
  }

  private static Share add(Share a, Share b) {
    return new Share(
        a.subject(),
        Math.addExact(a.votes(), b.votes()),
        Math.addExact(a.validatorPower(), b.validatorPower()));
  }
}
