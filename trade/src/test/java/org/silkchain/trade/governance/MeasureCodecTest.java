package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.account.Role;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.basket.BasketGenesis;
import org.silkchain.trade.governance.measure.AddValidator;
import org.silkchain.trade.governance.measure.AdmitMember;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.governance.measure.ChangeRules;
import org.silkchain.trade.governance.measure.DeclareControlGroup;
import org.silkchain.trade.governance.measure.Measure;
import org.silkchain.trade.governance.measure.MemberChange;
import org.silkchain.trade.governance.measure.RemoveValidator;
import org.silkchain.trade.governance.measure.SetBasket;
import org.silkchain.trade.governance.measure.SetParameter;

/** Every measure survives its canonical encoding inside a proposal; garbage is refused. */
class MeasureCodecTest {
  private static final org.silkchain.ledger.transaction.AccountId ACCOUNT =
      org.silkchain.trade.identity.IdentityGenesis.accountOf(
          TradeChain.SUITE.hash(), TradeChain.key("m").publicKey());

  static List<Measure> examples() {
    return List.of(
        new AdmitMember(
            "bank-jp",
            "Bank",
            Set.of(Role.COMMERCIAL_BANK, Role.TRADER),
            "JP",
            Optional.of("MHCBJPJT"),
            List.of(TradeChain.key("jp").publicKey()),
            1),
        new MemberChange(ProposalType.SUSPEND_MEMBER, ACCOUNT),
        new MemberChange(ProposalType.REMOVE_MEMBER, ACCOUNT),
        new AddValidator(
            TradeChain.key("v").publicKey(), 10, ACCOUNT, "node-5:7000", Bytes.wrap(new byte[32])),
        new RemoveValidator(TradeChain.key("v").publicKey()),
        new SetBasket(BasketGenesis.sdr()),
        new SetParameter("calendar.cn", List.of(20_000L, 20_001L)),
        new AdoptText(ProposalType.ADOPT_DS_REPORT, "SC/DS1/R", "Report", "Text\nwith lines"),
        new ChangeRules(
            ProposalType.SET_BASKET, GovernanceGenesis.defaults().get(ProposalType.ADOPT_WAIVER)),
        new DeclareControlGroup("g", List.of(ACCOUNT)));
  }

  @Test
  void measuresAndTablingBodiesRoundTrip() {
    for (Measure m : examples()) {
      Table t = new Table(m, 1, 60_000, 0);
      assertThat(Table.CODEC.decode(Table.CODEC.encode(t))).isEqualTo(t);
    }
  }

  @Test
  void unknownTypesAndTruncationAreDecodeErrors() {
    Bytes ok = Table.CODEC.encode(Table.of(examples().get(0), 0, 60_000));
    assertThatThrownBy(() -> Table.CODEC.decode(ok.slice(0, ok.size() - 1)))
        .isInstanceOf(DecodeException.class);
    byte[] bad = ok.toArray();
    bad[3] = 99; // the measure's type code, after the 3-byte header
    assertThatThrownBy(() -> Table.CODEC.decode(Bytes.wrap(bad)))
        .isInstanceOf(DecodeException.class);
  }
}
