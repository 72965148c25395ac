import { ApiError, api } from '../api.ts';
import { accountIdOf } from '../chain/transaction.ts';
import { fromHex, toHex } from '../chain/hex.ts';
import { type AccountJson, type DelegationJson, sessionKeyRequest } from '../trade/delegation.ts';
import { accountTarget, decodeAccountRecord, decodeMember, type Member, type Role } from '../trade/identity.ts';

/**
 * Which account a decrypted key signs for, checked against the chain before the session starts:
 * the account id given (a bank's customer, or the member a session key was delegated by), else the
 * one derived from the key (a member). The key must be one of the account's keys, or a session key
 * that account delegated and whose delegation has not expired at the tip's block time (the rule
 * the runtime and the node's signed reads apply: runtime/.../account/Delegations).
 */
export type SignInProblem =
  | 'BAD_ACCOUNT_ID'
  | 'NO_ACCOUNT'
  | 'FROZEN'
  | 'NOT_A_KEY'
  | 'DELEGATED_BY_OTHER'
  | 'DELEGATION_EXPIRED'
  | 'MULTI_SIGNATURE';

export class SignInError extends Error {
  constructor(
    readonly problem: SignInProblem,
    readonly params: Record<string, string> = {},
  ) {
    super(problem);
  }
}

export interface SignedInAccount {
  accountId: Uint8Array;
  roles: Role[];
  member?: Member;
  delegated?: { expiresAtMillis: bigint };
}

/** Parses an account id typed in: 64 hex digits, spaces around ignored. */
export function parseAccountId(text: string): Uint8Array {
  const hex = text.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new SignInError('BAD_ACCOUNT_ID');
  }
  return fromHex(hex);
}

const notFound = (e: unknown) => e instanceof ApiError && e.code === 'NOT_FOUND';

export async function resolveAccount(publicKey: Uint8Array, accountId: Uint8Array = accountIdOf(publicKey)): Promise<SignedInAccount> {
  const account = toHex(accountId);
  let record;
  try {
    record = await api.queryJson<AccountJson>('identity', 'account', accountTarget(accountId));
  } catch (e) {
    if (notFound(e)) throw new SignInError('NO_ACCOUNT', { account });
    throw e;
  }
  if (record.answer.frozen) throw new SignInError('FROZEN', { account });
  const roles = decodeAccountRecord(record.response).roles;
  const member = await api
    .query('identity', 'member', accountTarget(accountId))
    .then((r) => decodeMember(r.response))
    .catch(() => undefined);
  const key = toHex(publicKey);
  if (record.answer.keys.some((k) => k.suite === 'ED25519' && k.bytes === key)) {
    return { accountId, roles, member };
  }
  let delegation: DelegationJson;
  try {
    delegation = (await api.queryJson<DelegationJson>('identity', 'delegation', sessionKeyRequest(publicKey))).answer;
  } catch (e) {
    if (notFound(e)) throw new SignInError('NOT_A_KEY', { account });
    throw e;
  }
  if (delegation.account !== account) {
    throw new SignInError('DELEGATED_BY_OTHER', { account, other: delegation.account });
  }
  if (record.answer.threshold !== 1) throw new SignInError('MULTI_SIGNATURE', { account });
  const expiresAtMillis = BigInt(delegation.expiresAtMillis);
  const tip = await api.status().then((s) => api.block(s.height));
  if (BigInt(tip.timestampMillis) >= expiresAtMillis) {
    throw new SignInError('DELEGATION_EXPIRED', { time: new Date(Number(expiresAtMillis)).toISOString() });
  }
  return { accountId, roles, member, delegated: { expiresAtMillis } };
}
