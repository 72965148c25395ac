package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.KeyPair;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.governance.measure.AdmitMember;
import org.silkchain.trade.governance.measure.MemberChange;
import org.silkchain.trade.governance.measure.SetParameter;
import org.silkchain.trade.governance.voting.Outcome;
import org.silkchain.trade.governance.voting.Vote;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.MemberRegistry;
import org.silkchain.trade.identity.OpenCustomer;

/** Admitting, suspending, reinstating and removing members by vote. */
class MembershipTest {
  private final Consortium c = new Consortium();
  private final TradeChain chain = c.chain;
  private final Motions motions = new Motions(chain);
  private final List<Party> electorate =
      List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.bankFr, c.regulator);

  @Test
  void theSecretariatRunsVotesButHasNone() {
    assertThat(Electorate.eligible(chain.view()))
        .containsExactlyInAnyOrderElementsOf(electorate.stream().map(Party::id).toList());
    long id = motions.table(c.secretariat, SetParameter.number("block.max-txs", 2_000));
    assertThat(motions.vote(c.secretariat, id, Vote.FOR)).isEqualTo(GovernanceCodes.NOT_ELIGIBLE);
  }

  @Test
  void anAdmittedMemberGetsItsAccountRolesRegistryEntryAndVote() {
    KeyPair key = TradeChain.key("bank-jp");
    AdmitMember admit =
        new AdmitMember(
            "bank-jp",
            "Bank of Japan Trade",
            Set.of(Role.COMMERCIAL_BANK),
            "JP",
            Optional.of("MHCBJPJT"),
            List.of(key.publicKey()),
            1);
    Proposal p = motions.pass(c.secretariat, admit, electorate);
    assertThat(p.status()).isEqualTo(Status.EXECUTED);
    assertThat(p.decision().orElseThrow().outcome()).isEqualTo(Outcome.ADOPTED_BY_CONSENSUS);
    var account = MemberRegistry.accountOf(TradeChain.SUITE.hash(), List.of(key.publicKey()));
    Party jp = new Party("bank-jp", List.of(key), account);
    assertThat(Identities.member(chain.view(), account).orElseThrow().jurisdiction())
        .isEqualTo("JP");
    assertThat(Accounts.read(chain.view(), account).orElseThrow().roles())
        .containsExactly(Role.COMMERCIAL_BANK);
    assertThat(MemberRegistry.roster(chain.view()).isActive(account)).isTrue();
    // the new member acts in its role and votes
    chain.ok(
        jp,
        IdentityModule.OPEN_CUSTOMER,
        IdentityModule.NAME,
        new OpenCustomer(
            List.of(TradeChain.key("jp-trader").publicKey()),
            1,
            TradeChain.SUITE.hash().digest(org.silkchain.codec.Bytes.utf8("kyc")),
            "JP"));
    long next = motions.table(jp, SetParameter.number("block.max-txs", 2_000));
    assertThat(motions.vote(jp, next, Vote.FOR)).isEqualTo(ResultCode.OK);
    // admitting the same institution again fails at execution, recorded
    Proposal again = motions.pass(c.secretariat, admit, electorate);
    assertThat(again.status()).isEqualTo(Status.FAILED);
    assertThat(again.execution().orElseThrow().code().value()).isEqualTo("identity.ACCOUNT_EXISTS");
  }

  @Test
  void aSuspendedMemberCannotVoteOrTableAndItsEarlierBallotDoesNotCount() {
    long longVote =
        motions.table(c.bankCn, Table.of(SetParameter.number("block.max-txs", 3_000), 0, 600_000));
    assertThat(motions.vote(c.bankFr, longVote, Vote.AGAINST)).isEqualTo(ResultCode.OK);
    Proposal suspension =
        motions.pass(
            c.secretariat,
            new MemberChange(ProposalType.SUSPEND_MEMBER, c.bankFr.id()),
            List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.regulator));
    assertThat(suspension.status()).isEqualTo(Status.EXECUTED);
    assertThat(MemberRegistry.roster(chain.view()).isActive(c.bankFr.id())).isFalse();

    assertThat(motions.vote(c.bankFr, longVote, Vote.AGAINST)).isEqualTo(GovernanceCodes.SUSPENDED);
    assertThat(
            chain
                .act(
                    c.bankFr,
                    GovernanceModule.TABLE,
                    GovernanceModule.NAME,
                    Table.of(SetParameter.number("block.max-txs", 10), 0, 60_000))
                .code())
        .isEqualTo(GovernanceCodes.SUSPENDED);
    for (Party p : List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.regulator)) {
      motions.vote(p, longVote, Vote.FOR);
    }
    motions.close(c.bankDe, longVote);
    Decision d = motions.proposal(longVote).decision().orElseThrow();
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED_BY_CONSENSUS);
    assertThat(d.count().against()).isZero();
    assertThat(d.count().electorate()).isEqualTo(5);
    // its trade business goes on: suspension is not a freeze
    assertThat(Accounts.read(chain.view(), c.bankFr.id()).orElseThrow().frozen()).isFalse();

    Proposal reinstated =
        motions.pass(
            c.secretariat,
            new MemberChange(ProposalType.REINSTATE_MEMBER, c.bankFr.id()),
            List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.regulator));
    assertThat(reinstated.status()).isEqualTo(Status.EXECUTED);
    long after = motions.table(c.bankFr, SetParameter.number("block.max-txs", 4_000));
    assertThat(motions.vote(c.bankFr, after, Vote.FOR)).isEqualTo(ResultCode.OK);
  }

  @Test
  void aRemovedMemberLosesItsRolesRegistryEntryAndPlace() {
    Proposal removal =
        motions.pass(
            c.secretariat,
            new MemberChange(ProposalType.REMOVE_MEMBER, c.bankFr.id()),
            List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.regulator));
    assertThat(removal.status()).isEqualTo(Status.EXECUTED);
    assertThat(Identities.member(chain.view(), c.bankFr.id())).isEmpty();
    assertThat(MemberRegistry.roster(chain.view()).standing(c.bankFr.id())).isEmpty();
    assertThat(Accounts.read(chain.view(), c.bankFr.id()).orElseThrow().roles()).isEmpty();
    assertThat(
            chain
                .act(
                    c.bankFr,
                    IdentityModule.OPEN_CUSTOMER,
                    IdentityModule.NAME,
                    new OpenCustomer(
                        List.of(TradeChain.key("x").publicKey()),
                        1,
                        TradeChain.SUITE.hash().digest(org.silkchain.codec.Bytes.utf8("k")),
                        "FR"))
                .code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    long id = motions.table(c.bankCn, SetParameter.number("block.max-txs", 2_000));
    assertThat(motions.vote(c.bankFr, id, Vote.FOR)).isEqualTo(GovernanceCodes.NOT_A_MEMBER);
    // removing twice: adopted, execution refused and recorded
    Proposal twice =
        motions.pass(
            c.secretariat,
            new MemberChange(ProposalType.REMOVE_MEMBER, c.bankFr.id()),
            List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.regulator));
    assertThat(twice.status()).isEqualTo(Status.FAILED);
    assertThat(twice.execution().orElseThrow().code()).isEqualTo(MemberRegistry.NOT_A_MEMBER);
    assertThat(
            chain.query(
                IdentityModule.ACCOUNT, IdentityModule.NAME, new AccountTarget(c.bankFr.id())))
        .isNotNull();
  }
}
