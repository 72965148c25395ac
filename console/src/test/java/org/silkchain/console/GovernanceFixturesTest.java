package org.silkchain.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.governance.Cast;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.Proposal;
import org.silkchain.trade.governance.ProposalRef;
import org.silkchain.trade.governance.ProposalType;
import org.silkchain.trade.governance.Status;
import org.silkchain.trade.governance.Table;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.governance.measure.MemberChange;
import org.silkchain.trade.governance.voting.Fraction;
import org.silkchain.trade.governance.voting.Majority;
import org.silkchain.trade.governance.voting.RuleSet;
import org.silkchain.trade.governance.voting.Vote;

/**
 * What the browser must reproduce byte for byte for governance (console/src/trade/governance.ts):
 * the query requests, the bodies of {@code governance/vote} and {@code close}, a whole signed vote
 * transaction, and two encoded proposals whose type the console reads from the canonical answer.
 * Checked in as {@code test/fixtures/governance.json}; {@code test/governance.test.ts} compares.
 */
class GovernanceFixturesTest {
  @Test
  void theCheckedInFixtureIsWhatTheJavaCodecsWrite() throws Exception {
    Fixtures.check("governance", fixture());
  }

  static Map<String, Object> fixture() {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    byte[] seed = new byte[32];
    for (int i = 0; i < seed.length; i++) {
      seed[i] = (byte) (40 + i);
    }
    KeyPair key = suite.fromPrivate(new PrivateKey(SuiteId.ED25519, Bytes.wrap(seed.clone())));
    AccountId voter = AccountId.fromInitialKeys(suite.hash(), List.of(key.publicKey()));
    long id = 4_000_000_007L;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("proposal", Long.toString(id));
    out.put("proposalRef", ProposalRef.CODEC.encode(new ProposalRef(id)).toHex());
    out.put("empty", Empty.CODEC.encode(Empty.INSTANCE).toHex());
    out.put("castFor", Cast.CODEC.encode(new Cast(id, Vote.FOR)).toHex());
    out.put("castAgainst", Cast.CODEC.encode(new Cast(id, Vote.AGAINST)).toHex());
    out.put("castAbstain", Cast.CODEC.encode(new Cast(id, Vote.ABSTAIN)).toHex());
    out.put("close", ProposalRef.CODEC.encode(new ProposalRef(id)).toHex());
    out.put(
        "tableWaiver",
        Table.CODEC
            .encode(
                Table.of(
                    new AdoptText(
                        ProposalType.ADOPT_WAIVER, "WT/L/1", "A waiver 豁免", "Text.\nLine 2 二"),
                    60_000,
                    600_000))
            .toHex());
    out.put("rulesWaiver", Fields.U63.encode((long) ProposalType.ADOPT_WAIVER.code()).toHex());

    TransactionBody body =
        new TransactionBody(
            ChainId.of("silk-local"),
            voter,
            3,
            new ValidityWindow(0, Long.MAX_VALUE),
            GovernanceModule.VOTE.payload(GovernanceModule.NAME, new Cast(id, Vote.ABSTAIN)));
    SignedTransaction signed = SignedTransaction.sign(body, List.of(key), suite);
    out.put("seed", Bytes.wrap(seed).toHex());
    out.put("voter", voter.toString());
    out.put("chainId", "silk-local");
    out.put("nonce", 3);
    out.put("voteBody", body.encode().toHex());
    out.put("voteTransactionId", signed.id(suite.hash()).toString());
    out.put("voteTransaction", signed.encode().toHex());

    RuleSet rules =
        RuleSet.consensus(Fraction.HALF, Majority.ofMembers(Fraction.THREE_QUARTERS), 0, 60_000);
    out.put(
        "textProposal",
        Proposal.CODEC
            .encode(
                proposal(
                    id,
                    voter,
                    new AdoptText(ProposalType.ADOPT_WAIVER, "WT/L/1", "A waiver", "Text."),
                    rules))
            .toHex());
    out.put(
        "suspendProposal",
        Proposal.CODEC
            .encode(proposal(2, voter, new MemberChange(ProposalType.SUSPEND_MEMBER, voter), rules))
            .toHex());
    return out;
  }

  private static Proposal proposal(
      long id,
      AccountId author,
      org.silkchain.trade.governance.measure.Measure measure,
      RuleSet rules) {
    return new Proposal(
        id,
        author,
        measure,
        rules,
        1_000,
        5,
        1_000,
        61_000,
        0,
        Status.OPEN,
        Optional.empty(),
        Optional.empty());
  }
}
