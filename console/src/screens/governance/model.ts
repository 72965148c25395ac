import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api.ts';
import { fromHex } from '../../chain/hex.ts';
import type { MessageKey, Translate } from '../../i18n.ts';
import { subscribeEvents } from '../../live/events.ts';
import { accountTarget, decodeMember } from '../../trade/identity.ts';
import {
  empty,
  formatDuration,
  proposalRef,
  proposalTypeOf,
  type Ballot,
  type Proposal,
  type ProposalType,
  type Roster,
} from '../../trade/governance.ts';

/**
 * What the governance screens load: the members (names by account id, who is eligible to vote,
 * as the module's Electorate decides), proposals with their type and ballots, and the chain's
 * time. Everything here is public; no session is needed.
 */
export interface Members {
  /** Member id ("icbc") by account id (hex). */
  names: Map<string, string>;
  /** Account ids of the eligible voters: on the roster, not suspended, a role besides the secretariat. */
  eligible: Set<string>;
}

export async function loadMembers(): Promise<Members> {
  const roster = (await api.queryJson<Roster>('governance', 'roster', empty())).answer;
  const names = new Map<string, string>();
  const eligible = new Set<string>();
  await Promise.all(
    roster.members.map(async (s) => {
      const member = await api
        .query('identity', 'member', accountTarget(fromHex(s.account)))
        .then((r) => decodeMember(r.response))
        .catch(() => undefined);
      if (!member) return;
      names.set(s.account, member.id);
      if (!s.suspended && member.roles.some((r) => r !== 'governance-secretariat')) eligible.add(s.account);
    }),
  );
  return { names, eligible };
}

export interface LoadedProposal {
  proposal: Proposal;
  type: ProposalType;
}

export async function loadProposal(id: bigint): Promise<LoadedProposal> {
  const r = await api.queryJson<Proposal>('governance', 'proposal', proposalRef(id));
  return { proposal: r.answer, type: proposalTypeOf(r.response) };
}

export async function loadBallots(id: bigint): Promise<Ballot[]> {
  return (await api.queryJson<Ballot[]>('governance', 'votes', proposalRef(id))).answer;
}

/** How far ahead of this browser's clock the chain's block time is (ms), from the tip block. */
export async function chainClockOffset(): Promise<number> {
  const status = await api.status();
  const tip = await api.block(status.height);
  return tip.timestampMillis - Date.now();
}

/** The proposals tabled so far, newest first, at most `limit` of them. */
export async function loadProposals(limit = 50): Promise<(LoadedProposal & { ballots: Ballot[] })[]> {
  const count = BigInt((await api.queryJson<string>('governance', 'proposals', empty())).answer);
  const ids: bigint[] = [];
  for (let id = count; id >= 1n && ids.length < limit; id--) ids.push(id);
  return Promise.all(
    ids.map(async (id) => {
      const loaded = await loadProposal(id);
      const ballots = loaded.proposal.status === 'OPEN' ? await loadBallots(id) : [];
      return { ...loaded, ballots };
    }),
  );
}

/**
 * Runs `load` now, again when `deps` change, and whenever a governance event commits; unlike
 * useAsync it keeps showing the last answer while a refresh is under way. `reload` forces one.
 */
export function useGovernance<T>(load: () => Promise<T>, deps: unknown[]): { value?: T; error?: unknown; reload: () => void } {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  useEffect(() => subscribeEvents({ module: 'governance' }, () => setTick((n) => n + 1)), []);
  useEffect(() => {
    const mine = ++generation.current;
    load().then(
      (value) => mine === generation.current && setState({ value }),
      (error) => mine === generation.current && setState((s) => ({ value: s.value, error })),
    );
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

/** The chain's time now, ticking every second (block time: the browser's clock corrected by the tip's timestamp). */
export function useChainNow(): number | undefined {
  const [offset, setOffset] = useState<number>();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    chainClockOffset().then(setOffset, () => setOffset(0));
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return offset === undefined ? undefined : now + offset;
}

const TYPE_KEYS: Record<ProposalType, MessageKey> = {
  'admit-member': 'govType_admit',
  'suspend-member': 'govType_suspend',
  'reinstate-member': 'govType_reinstate',
  'remove-member': 'govType_remove',
  'add-validator': 'govType_addValidator',
  'remove-validator': 'govType_removeValidator',
  'set-basket': 'govType_basket',
  'set-parameter': 'govType_parameter',
  'adopt-decision': 'govType_decision',
  'adopt-trade-rule': 'govType_tradeRule',
  'adopt-waiver': 'govType_waiver',
  'adopt-interpretation': 'govType_interpretation',
  'adopt-ds-report': 'govType_dsReport',
  'change-rules': 'govType_rules',
  'declare-control-group': 'govType_group',
};

export function typeLabel(type: ProposalType, t: Translate): string {
  return t(TYPE_KEYS[type]);
}

/** A ProposalType enum name from the JSON ("ADOPT_WAIVER") as its label ("adopt-waiver"). */
function enumLabel(name: unknown): ProposalType {
  return String(name).toLowerCase().replaceAll('_', '-') as ProposalType;
}

/** A member's id, or the account id shortened when it is not (or no longer) a member. */
export function memberName(account: string, members: Members | undefined): string {
  return members?.names.get(account) ?? `${account.slice(0, 10)}…`;
}

/** One line saying what the proposal would do. */
export function summary(type: ProposalType, m: Record<string, unknown>, members: Members | undefined, t: Translate): string {
  switch (type) {
    case 'admit-member':
      return `${m.name} (${m.id}, ${m.jurisdiction})`;
    case 'suspend-member':
    case 'reinstate-member':
    case 'remove-member':
      return memberName(String(m.member), members);
    case 'add-validator':
      return t('govSummaryValidator', { address: String(m.address), power: String(m.power), operator: memberName(String(m.operator), members) });
    case 'remove-validator':
      return JSON.stringify(m.key).slice(0, 40);
    case 'set-basket':
      return t('govSummaryBasket');
    case 'set-parameter':
      return t('govSummaryParameter', { name: String(m.name), values: (m.values as string[]).join(', ') });
    case 'change-rules':
      return t('govSummaryRules', { type: typeLabel(enumLabel(m.target), t) });
    case 'declare-control-group':
      return t('govSummaryGroup', { name: String(m.name), members: (m.members as string[]).map((a) => memberName(a, members)).join(', ') });
    default:
      return `${m.title} (${m.reference})`;
  }
}

export function durationText(millis: number, t: Translate): string {
  return formatDuration(millis, { d: t('govUnitD'), h: t('govUnitH'), min: t('govUnitMin'), s: t('govUnitS') });
}
