package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.governance.concentration.ConcentrationReport;
import org.silkchain.trade.governance.concentration.Share;
import org.silkchain.trade.governance.concentration.Warning;
import org.silkchain.trade.governance.measure.DeclareControlGroup;
import org.silkchain.trade.governance.measure.Measure;
import org.silkchain.trade.governance.voting.Count;
import org.silkchain.trade.governance.voting.Outcome;
import org.silkchain.trade.governance.voting.RuleSet;
import org.silkchain.trade.governance.voting.Vote;
import org.silkchain.trade.identity.Roster;

/**
 * Hostile bytes against every governance decoder: random input and mutated valid encodings either
 * end in a {@link DecodeException} or decode to a value whose encoding is exactly the input (one
 * encoding per value).
 */
class GovernanceCodecProperties {
  private static final AccountId A =
      org.silkchain.trade.identity.IdentityGenesis.accountOf(
          TradeChain.SUITE.hash(), TradeChain.key("a").publicKey());
  private static final AccountId B =
      org.silkchain.trade.identity.IdentityGenesis.accountOf(
          TradeChain.SUITE.hash(), TradeChain.key("b").publicKey());

  /** A codec with a valid value, as one fuzzing target. */
  record Target(String name, Codec<Object> codec, Bytes valid) {}

  @SuppressWarnings("unchecked")
  private static <T> Target target(String name, Codec<T> codec, T value) {
    return new Target(name, (Codec<Object>) codec, codec.encode(value));
  }

  static List<Target> targets() {
    List<Target> out = new ArrayList<>();
    for (Measure m : MeasureCodecTest.examples()) {
      RuleSet rules = GovernanceGenesis.defaults().get(m.type());
      Proposal p =
          new Proposal(
              7,
              A,
              m,
              rules,
              1,
              2,
              3,
              4,
              0,
              Status.FAILED,
              Optional.of(new Decision(Outcome.ADOPTED_BY_MAJORITY, new Count(3, 1, 1, 6), 5, 6)),
              Optional.of(
                  ExecutionRecord.of(6, ResultCode.of("basket", "RESERVES_SHORT"), "short")));
      out.add(target("proposal/" + m.type().label(), Proposal.CODEC, p));
    }
    out.add(target("table", Table.CODEC, new Table(MeasureCodecTest.examples().get(0), 1, 2, 3)));
    out.add(target("cast", Cast.CODEC, new Cast(3, Vote.ABSTAIN)));
    out.add(
        target(
            "ballot",
            Ballot.CODEC,
            new Ballot(
                A, Vote.AGAINST, 9, 8, Hash.ZERO, List.of(TradeChain.key("a").publicKey()), 2)));
    out.add(target("roster", Roster.CODEC, new Roster(List.of()).with(A, false).with(B, true)));
    out.add(
        target(
            "groups",
            ControlGroups.CODEC,
            new ControlGroups(
                List.of(
                    new DeclareControlGroup("x", List.of(A)),
                    new DeclareControlGroup("yy", List.of(A, B))))));
    out.add(
        target(
            "text",
            Text.CODEC,
            new Text(ProposalType.ADOPT_WAIVER, "W/1", "Title", "Content", Hash.ZERO, 4, 5)));
    out.add(
        target(
            "concentration",
            ConcentrationReport.CODEC,
            new ConcentrationReport(
                6,
                4,
                List.of(new Share("m", 1, 1)),
                List.of(new Share("CN", 2, 1)),
                List.of(),
                List.of(
                    new Warning(
                        Warning.BLOCKING_MINORITY,
                        "jurisdiction",
                        "CN",
                        2,
                        6,
                        2,
                        "adopt-waiver")))));
    return out;
  }

  @Provide
  Arbitrary<Target> anyTarget() {
    return Arbitraries.of(targets());
  }

  private static void decodesCanonicallyOrRefuses(Target t, Bytes input) {
    Object value;
    try {
      value = t.codec().decode(input);
    } catch (DecodeException expected) {
      return;
    }
    assertThat(t.codec().encode(value)).as(t.name()).isEqualTo(input);
  }

  @Property(tries = 100)
  void validEncodingsRoundTrip(@ForAll("anyTarget") Target t) {
    assertThat(t.codec().encode(t.codec().decode(t.valid()))).isEqualTo(t.valid());
  }

  @Property(tries = 400)
  void mutatedEncodingsAreRefusedOrCanonical(
      @ForAll("anyTarget") Target t,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll byte value,
      @ForAll @IntRange(min = 0, max = 3) int how) {
    byte[] bytes = t.valid().toArray();
    int at = position % bytes.length;
    Bytes input =
        switch (how) {
          case 0 -> {
            bytes[at] = value;
            yield Bytes.wrap(bytes);
          }
          case 1 -> Bytes.wrap(bytes).slice(0, at);
          case 2 -> Bytes.wrap(bytes).concat(Bytes.of(value));
          default -> {
            bytes[at] ^= (byte) (1 << (value & 7));
            yield Bytes.wrap(bytes);
          }
        };
    decodesCanonicallyOrRefuses(t, input);
  }

  @Property(tries = 300)
  void randomBytesAreRefusedOrCanonical(
      @ForAll("anyTarget") Target t, @ForAll @Size(max = 300) byte[] input) {
    decodesCanonicallyOrRefuses(t, Bytes.wrap(input));
  }

  @Property(tries = 50)
  void rulesRoundTrip(@ForAll("types") ProposalType type) {
    RuleSet r = GovernanceGenesis.defaults().get(type);
    assertThat(RuleSet.CODEC.decode(RuleSet.CODEC.encode(r))).isEqualTo(r);
    assertThat(Set.of(r.tablers())).isNotNull();
  }

  @Provide
  Arbitrary<ProposalType> types() {
    return Arbitraries.of(ProposalType.class);
  }
}
