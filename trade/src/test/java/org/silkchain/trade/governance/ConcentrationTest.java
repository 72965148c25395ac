package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.governance.concentration.Concentration;
import org.silkchain.trade.governance.concentration.ConcentrationReport;
import org.silkchain.trade.governance.concentration.Share;
import org.silkchain.trade.governance.concentration.Warning;
import org.silkchain.trade.governance.measure.DeclareControlGroup;
import org.silkchain.trade.governance.measure.SetParameter;

/** Voting power and validator share by member, jurisdiction and declared control group. */
class ConcentrationTest {
  private final Consortium c = new Consortium();
  private final TradeChain chain = c.chain;
  private final Motions motions = new Motions(chain);
  private final List<Party> electorate =
      List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.bankFr, c.regulator);

  private static ValidatorRegistry.Entry validator(Party operator, long power) {
    return new ValidatorRegistry.Entry(
        TradeChain.key("validator-" + operator.name()).publicKey(), power, operator.id(), "x:1");
  }

  @Test
  void warnsWhenAJurisdictionOrAGroupNearsAThirdOfValidatorsOrABlockingMinority() {
    List<ValidatorRegistry.Entry> validators =
        List.of(
            validator(c.bankCn, 1),
            validator(c.bankDe, 1),
            validator(c.bankFr, 1),
            validator(c.regulator, 1));
    ConcentrationReport before = Concentration.of(chain.view(), validators);
    assertThat(before.electorate()).isEqualTo(6);
    assertThat(before.totalPower()).isEqualTo(4);
    assertThat(before.jurisdictions())
        .containsExactly(
            new Share("CH", 1, 1),
            new Share("CN", 2, 1),
            new Share("DE", 2, 1),
            new Share("FR", 1, 1));
    // a quarter of the power is under 1/3 - 5%; two of six votes reach the blocking minority of
    // three quarters of the members (two block: 4 of 6 is under 3/4), so CN and DE are flagged
    assertThat(before.warnings())
        .extracting(Warning::kind, Warning::subject, Warning::limit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Warning.BLOCKING_MINORITY, "CN", 2L),
            org.assertj.core.groups.Tuple.tuple(Warning.BLOCKING_MINORITY, "DE", 2L));
    assertThat(before.warnings().get(0).proposalType()).isEqualTo("adopt-waiver");

    Proposal group =
        motions.pass(
            c.secretariat,
            new DeclareControlGroup(
                "euro-system", List.of(c.ecb.id(), c.bankDe.id(), c.bankFr.id())),
            electorate);
    assertThat(group.status()).isEqualTo(Status.EXECUTED);
    ConcentrationReport after = Concentration.of(chain.view(), validators);
    assertThat(after.groups()).containsExactly(new Share("euro-system", 3, 2));
    assertThat(after.warnings())
        .extracting(Warning::kind, Warning::subjectKind, Warning::subject)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Warning.VALIDATOR_POWER, "group", "euro-system"),
            org.assertj.core.groups.Tuple.tuple(Warning.BLOCKING_MINORITY, "group", "euro-system"));

    // CN holds 5 of 16 (31%): above 1/3 - 5%, under a third; a zero margin stops the warning
    List<ValidatorRegistry.Entry> spread =
        List.of(
            validator(c.bankCn, 2),
            validator(c.pboc, 3),
            validator(c.bankDe, 4),
            validator(c.bankFr, 4),
            validator(c.regulator, 3));
    assertThat(Concentration.of(chain.view(), spread).warnings())
        .anyMatch(w -> w.kind().equals(Warning.VALIDATOR_POWER) && w.subject().equals("CN"));
    motions.pass(c.bankCn, SetParameter.number("concentration.margin-bps", 0), electorate);
    assertThat(Concentration.of(chain.view(), spread).warnings())
        .noneMatch(w -> w.kind().equals(Warning.VALIDATOR_POWER) && w.subject().equals("CN"));
  }

  @Test
  void aGroupMayNameOnlyMembers() {
    Proposal p =
        motions.pass(
            c.secretariat,
            new DeclareControlGroup("traders", List.of(c.traderCn.id())),
            electorate);
    assertThat(p.status()).isEqualTo(Status.FAILED);
    assertThat(p.execution().orElseThrow().code()).isEqualTo(GovernanceCodes.INVALID_GROUP);
  }
}
