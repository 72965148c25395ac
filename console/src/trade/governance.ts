import { CanonicalWriter } from '../chain/canonical.ts';

/**
 * Bodies and queries of the governance module (trade/.../governance, docs/governance.md): the
 * requests and bodies the browser builds in the canonical encoding, the JSON answers the node
 * renders (AnswerJson: longs as decimal strings, enums by name, ids as hex), and the tally as the
 * module computes it, so that a screen can say what the ballots cast so far would decide.
 */
const PROPOSAL_REF_TAG = 0x1012;
const CAST_TAG = 0x1011;
const PROPOSAL_TAG = 0x1001;
const TABLE_TAG = 0x1010;

export type Vote = 'FOR' | 'AGAINST' | 'ABSTAIN';
const VOTE_CODES: Record<Vote, number> = { FOR: 1, AGAINST: 2, ABSTAIN: 3 };
export const VOTES: readonly Vote[] = ['FOR', 'AGAINST', 'ABSTAIN'];

/** ProposalRef: request of governance/proposal and votes, body of close, withdraw and execute. */
export function proposalRef(id: bigint): Uint8Array {
  return new CanonicalWriter().header(PROPOSAL_REF_TAG, 1).u63(id).toBytes();
}

/** Empty: request of governance/proposals, roster and concentration (zero bytes). */
export function empty(): Uint8Array {
  return new Uint8Array(0);
}

/** Cast: body of governance/vote (a later vote replaces the sender's earlier one). */
export function cast(id: bigint, vote: Vote): Uint8Array {
  return new CanonicalWriter().header(CAST_TAG, 1).u63(id).u8(VOTE_CODES[vote]).toBytes();
}

/** The proposal types whose measure is a text (AdoptText): tabled from the console. */
export const TEXT_TYPES = ['adopt-decision', 'adopt-trade-rule', 'adopt-waiver', 'adopt-interpretation', 'adopt-ds-report'] as const;
export type TextType = (typeof TEXT_TYPES)[number];

/** AdoptText's limits (measure/AdoptText.java): checked here so that a typo is explained before signing. */
export const TEXT_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9/._:-]{0,63}$/;
export const TEXT_TITLE = /^[^\x00-\x1f\x7f]{1,200}$/;
export const MAX_TEXT_BYTES = 16 * 1024;

export interface TextProposal {
  type: TextType;
  reference: string;
  title: string;
  content: string;
  deliberationMillis: bigint;
  votingMillis: bigint;
}

/** Table: body of governance/table for a text (the measure's type code, then AdoptText's fields). */
export function tableText(p: TextProposal): Uint8Array {
  return new CanonicalWriter()
    .header(TABLE_TAG, 1)
    .u8(PROPOSAL_TYPES.indexOf(p.type))
    .string(p.reference)
    .string(p.title)
    .string(p.content)
    .u63(p.deliberationMillis)
    .u63(p.votingMillis)
    .u63(0n)
    .toBytes();
}

/** Request of governance/rules: the proposal type's code (a bare u63). */
export function rulesRequest(typeCode: number): Uint8Array {
  return new CanonicalWriter().u63(BigInt(typeCode)).toBytes();
}

/** ProposalType labels by code (ProposalType.java): the JSON answer does not name a measure's type. */
export const PROPOSAL_TYPES = [
  undefined,
  'admit-member',
  'suspend-member',
  'reinstate-member',
  'remove-member',
  'add-validator',
  'remove-validator',
  'set-basket',
  'set-parameter',
  'adopt-decision',
  'adopt-trade-rule',
  'adopt-waiver',
  'adopt-interpretation',
  'adopt-ds-report',
  'change-rules',
  'declare-control-group',
] as const;
export type ProposalType = Exclude<(typeof PROPOSAL_TYPES)[number], undefined>;

/**
 * The proposal's type from its canonical encoding (the answer's `response`): the measure's
 * one-byte type code follows the header (3 bytes), the id (8) and the author (32).
 */
export function proposalTypeOf(response: Uint8Array): ProposalType {
  const offset = 3 + 8 + 32;
  if (response.length <= offset || response[0] !== PROPOSAL_TAG >> 8 || response[1] !== (PROPOSAL_TAG & 0xff)) {
    throw new RangeError('not a proposal');
  }
  const type = PROPOSAL_TYPES[response[offset]];
  if (type === undefined) throw new RangeError(`unknown proposal type ${response[offset]}`);
  return type;
}

/** Fraction {num, den}, longs as strings. */
export interface Fraction {
  num: string;
  den: string;
}

export interface RuleSet {
  procedure: 'CONSENSUS' | 'REVERSE_CONSENSUS';
  quorum: Fraction;
  fallback: { threshold: Fraction; base: 'CAST' | 'ELECTORATE' } | null;
  minDeliberationMillis: string;
  minVotingMillis: string;
  tablers: string[];
}

export interface Count {
  votesFor: string;
  against: string;
  abstain: string;
  electorate: string;
}

export type Outcome =
  | 'PENDING'
  | 'ADOPTED_BY_CONSENSUS'
  | 'ADOPTED_BY_MAJORITY'
  | 'ADOPTED_BY_REVERSE_CONSENSUS'
  | 'REJECTED_BY_OBJECTION'
  | 'REJECTED_BY_MAJORITY'
  | 'REJECTED_BY_ALL'
  | 'NO_QUORUM';

export type Status = 'OPEN' | 'WITHDRAWN' | 'REJECTED' | 'SCHEDULED' | 'EXECUTED' | 'FAILED';

/** The measure as AnswerJson renders the variant's record; which fields exist depends on the type. */
export type Measure = Record<string, unknown>;

/** Proposal (0x1001), the JSON answer of governance/proposal. */
export interface Proposal {
  id: string;
  author: string;
  measure: Measure;
  rules: RuleSet;
  tabledAt: string;
  tabledHeight: string;
  opensAt: string;
  deadline: string;
  executeAtHeight: string;
  status: Status;
  decision: { outcome: Outcome; count: Count; closedAt: string; closedHeight: string } | null;
  execution: { height: string; code: { value: string }; message: string } | null;
}

/** Ballot (0x1002): one member's current vote, from governance/votes. */
export interface Ballot {
  voter: string;
  vote: Vote;
  castAt: string;
  height: string;
  txId: string;
  signers: unknown[];
  changes: string;
}

export interface Share {
  subject: string;
  votes: string;
  validatorPower: string;
}

export interface Warning {
  kind: 'validator-power' | 'blocking-minority' | string;
  subjectKind: 'jurisdiction' | 'group' | string;
  subject: string;
  amount: string;
  total: string;
  limit: string;
  proposalType: string;
}

/** ConcentrationReport (0x1007), the answer of governance/concentration. */
export interface ConcentrationReport {
  electorate: string;
  totalPower: string;
  members: Share[];
  jurisdictions: Share[];
  groups: Share[];
  warnings: Warning[];
}

/** Roster (0x0950), the answer of governance/roster. */
export interface Roster {
  members: { account: string; suspended: boolean }[];
}

export interface Tally {
  votesFor: number;
  against: number;
  abstain: number;
  electorate: number;
}

/** The ballots of eligible members, counted as Tally.count does (others are not counted). */
export function countBallots(ballots: readonly Ballot[], eligible: ReadonlySet<string>): Tally {
  const t: Tally = { votesFor: 0, against: 0, abstain: 0, electorate: eligible.size };
  for (const b of ballots) {
    if (!eligible.has(b.voter)) continue;
    if (b.vote === 'FOR') t.votesFor++;
    else if (b.vote === 'AGAINST') t.against++;
    else t.abstain++;
  }
  return t;
}

/** Whether `part` of `whole` reaches the fraction (cross-multiplied, as Fraction.reachedBy). */
function reached(f: Fraction, part: number, whole: number): boolean {
  return BigInt(part) * BigInt(f.den) >= BigInt(f.num) * BigInt(whole);
}

/** The outcome `count` would have under `rules` if the vote closed now (Tally.outcome). */
export function outcomeOf(rules: RuleSet, count: Tally): Outcome {
  if (rules.procedure === 'REVERSE_CONSENSUS') {
    return count.electorate > 0 && count.against === count.electorate ? 'REJECTED_BY_ALL' : 'ADOPTED_BY_REVERSE_CONSENSUS';
  }
  const cast = count.votesFor + count.against + count.abstain;
  if (count.electorate === 0 || !reached(rules.quorum, cast, count.electorate)) return 'NO_QUORUM';
  if (count.against === 0) return 'ADOPTED_BY_CONSENSUS';
  if (rules.fallback === null) return 'REJECTED_BY_OBJECTION';
  const { threshold, base } = rules.fallback;
  const whole = base === 'CAST' ? count.votesFor + count.against : count.electorate;
  return count.votesFor > count.against && reached(threshold, count.votesFor, whole) ? 'ADOPTED_BY_MAJORITY' : 'REJECTED_BY_MAJORITY';
}

/** How many of `electorate` must vote for the quorum (the least n with n/electorate >= quorum). */
export function quorumNeeded(quorum: Fraction, electorate: number): number {
  const num = BigInt(quorum.num) * BigInt(electorate);
  const den = BigInt(quorum.den);
  return Number((num + den - 1n) / den);
}

export function isAdopted(outcome: Outcome): boolean {
  return outcome.startsWith('ADOPTED');
}

/** Where a proposal is in its timetable at block time `now` (Unix ms). */
export type Phase = 'deliberation' | 'voting' | 'awaiting-close' | 'closed';

export function phaseOf(p: Proposal, now: number): Phase {
  if (p.status !== 'OPEN') return 'closed';
  if (now < Number(p.opensAt)) return 'deliberation';
  if (now < Number(p.deadline)) return 'voting';
  return 'awaiting-close';
}

/** A duration as days, hours, minutes and seconds, the two largest non-zero parts ("2 h 5 min"). */
export function formatDuration(millis: number, units: { d: string; h: string; min: string; s: string }): string {
  let s = Math.max(0, Math.floor(millis / 1000));
  const parts: [number, string][] = [];
  for (const [size, unit] of [
    [86_400, units.d],
    [3_600, units.h],
    [60, units.min],
    [1, units.s],
  ] as [number, string][]) {
    const n = Math.floor(s / size);
    s -= n * size;
    if (n > 0 || (parts.length === 0 && size === 1)) parts.push([n, unit]);
  }
  return parts
    .slice(0, 2)
    .map(([n, u]) => `${n} ${u}`)
    .join(' ');
}

/** A share as a percentage with one decimal, computed without losing exactness first. */
export function percent(part: string | number, whole: string | number): string {
  const w = BigInt(whole);
  if (w === 0n) return '0.0%';
  const tenths = (BigInt(part) * 1000n + w / 2n) / w;
  return `${tenths / 10n}.${tenths % 10n}%`;
}

/** Whether a member's share of validator power is at or past a third less the margin (default 5%). */
export function nearThird(power: string, total: string, marginBps = 500): boolean {
  const t = BigInt(total);
  return t > 0n && BigInt(power) * 30_000n >= t * BigInt(10_000 - 3 * marginBps);
}
