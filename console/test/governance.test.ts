// Governance requests, bodies and a signed vote against bytes the Java codecs wrote
// (test/fixtures/governance.json, checked by GovernanceFixturesTest), and the tally the console
// shows against the module's rules (docs/governance.md, worked examples).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { ALWAYS_VALID, accountIdOf, encodeBody, publicKeyOf, signTransaction, transactionId } from '../src/chain/transaction.ts';
import {
  cast,
  countBallots,
  empty,
  formatDuration,
  nearThird,
  outcomeOf,
  percent,
  proposalRef,
  proposalTypeOf,
  quorumNeeded,
  rulesRequest,
  tableText,
  TEXT_REFERENCE,
  TEXT_TITLE,
  type Ballot,
  type RuleSet,
} from '../src/trade/governance.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/governance.json', import.meta.url), 'utf8'));
const id = BigInt(java.proposal);

test('governance requests and bodies encode byte for byte', () => {
  assert.equal(toHex(proposalRef(id)), java.proposalRef);
  assert.equal(toHex(empty()), java.empty);
  assert.equal(toHex(cast(id, 'FOR')), java.castFor);
  assert.equal(toHex(cast(id, 'AGAINST')), java.castAgainst);
  assert.equal(toHex(cast(id, 'ABSTAIN')), java.castAbstain);
  assert.equal(toHex(proposalRef(id)), java.close);
  assert.equal(toHex(rulesRequest(11)), java.rulesWaiver);
  const waiver = { type: 'adopt-waiver', reference: 'WT/L/1', title: 'A waiver 豁免', content: 'Text.\nLine 2 二' } as const;
  assert.equal(toHex(tableText({ ...waiver, deliberationMillis: 60_000n, votingMillis: 600_000n })), java.tableWaiver);
  assert.ok(TEXT_REFERENCE.test('WT/L/1') && !TEXT_REFERENCE.test('/x') && !TEXT_REFERENCE.test('a b'));
  assert.ok(TEXT_TITLE.test('A waiver 豁免') && !TEXT_TITLE.test('two\nlines') && !TEXT_TITLE.test(''));
});

test('a vote signed in the browser is the transaction Java signs', () => {
  const secret = fromHex(java.seed);
  const sender = accountIdOf(publicKeyOf(secret));
  assert.equal(toHex(sender), java.voter);
  const body = {
    chainId: java.chainId,
    sender,
    nonce: BigInt(java.nonce),
    ...ALWAYS_VALID,
    payload: { module: 'governance', action: 'vote', body: cast(id, 'ABSTAIN') },
  };
  assert.equal(toHex(encodeBody(body)), java.voteBody);
  assert.equal(transactionId(body), java.voteTransactionId);
  assert.equal(toHex(signTransaction(body, { secret, publicKey: publicKeyOf(secret) })), java.voteTransaction);
});

test("a proposal's type is read from its canonical answer", () => {
  assert.equal(proposalTypeOf(fromHex(java.textProposal)), 'adopt-waiver');
  assert.equal(proposalTypeOf(fromHex(java.suspendProposal)), 'suspend-member');
  assert.throws(() => proposalTypeOf(fromHex(java.proposalRef)), RangeError);
});

const consensus = (num: number, den: number, base: 'CAST' | 'ELECTORATE'): RuleSet => ({
  procedure: 'CONSENSUS',
  quorum: { num: '1', den: '2' },
  fallback: { threshold: { num: String(num), den: String(den) }, base },
  minDeliberationMillis: '0',
  minVotingMillis: '60000',
  tablers: [],
});
const tally = (votesFor: number, against: number, abstain: number, electorate = 6) => ({ votesFor, against, abstain, electorate });

test("the tally follows the module's rules (docs/governance.md, worked examples)", () => {
  assert.equal(outcomeOf(consensus(1, 2, 'CAST'), tally(4, 1, 1)), 'ADOPTED_BY_MAJORITY');
  assert.equal(outcomeOf(consensus(3, 4, 'ELECTORATE'), tally(4, 2, 0)), 'REJECTED_BY_MAJORITY');
  assert.equal(outcomeOf(consensus(3, 4, 'ELECTORATE'), tally(5, 1, 0)), 'ADOPTED_BY_MAJORITY');
  assert.equal(outcomeOf(consensus(1, 2, 'CAST'), tally(2, 2, 2)), 'REJECTED_BY_MAJORITY');
  assert.equal(outcomeOf(consensus(1, 2, 'CAST'), tally(2, 0, 0)), 'NO_QUORUM');
  assert.equal(outcomeOf(consensus(1, 2, 'CAST'), tally(1, 0, 2)), 'ADOPTED_BY_CONSENSUS');
  assert.equal(outcomeOf({ ...consensus(1, 2, 'CAST'), fallback: null }, tally(5, 1, 0)), 'REJECTED_BY_OBJECTION');
  const reverse: RuleSet = { ...consensus(1, 2, 'CAST'), procedure: 'REVERSE_CONSENSUS', fallback: null };
  assert.equal(outcomeOf(reverse, tally(0, 1, 0)), 'ADOPTED_BY_REVERSE_CONSENSUS');
  assert.equal(outcomeOf(reverse, tally(0, 6, 0)), 'REJECTED_BY_ALL');
  assert.equal(quorumNeeded({ num: '1', den: '2' }, 6), 3);
  assert.equal(quorumNeeded({ num: '1', den: '2' }, 7), 4);
});

test('only ballots of eligible members are counted', () => {
  const ballot = (voter: string, vote: Ballot['vote']): Ballot => ({ voter, vote, castAt: '0', height: '1', txId: '00', signers: [], changes: '0' });
  const count = countBallots([ballot('a', 'FOR'), ballot('b', 'AGAINST'), ballot('s', 'FOR'), ballot('c', 'ABSTAIN')], new Set(['a', 'b', 'c', 'd']));
  assert.deepEqual(count, { votesFor: 1, against: 1, abstain: 1, electorate: 4 });
});

test('durations, shares and the third-of-power warning are exact', () => {
  const units = { d: 'd', h: 'h', min: 'min', s: 's' };
  assert.equal(formatDuration(0, units), '0 s');
  assert.equal(formatDuration(90_500, units), '1 min 30 s');
  assert.equal(formatDuration(2 * 86_400_000 + 3_600_000 + 5_000, units), '2 d 1 h');
  assert.equal(percent('1', '3'), '33.3%');
  assert.equal(percent('2', '3'), '66.7%');
  assert.equal(percent('0', '0'), '0.0%');
  // 1/3 - 5% = 28.33%: 1 of 4 is 25% (no warning), 2 of 7 is 28.57% (warning)
  assert.equal(nearThird('1', '4'), false);
  assert.equal(nearThird('2', '7'), true);
  assert.equal(nearThird('1', '0'), false);
});
