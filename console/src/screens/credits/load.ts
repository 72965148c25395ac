import { api, ApiError } from '../../api.ts';
import { fromHex, toHex } from '../../chain/hex.ts';
import { openSealed, SealedError, type SealedJson } from '../../crypto/sealed.ts';
import type { Session } from '../../session.ts';
import { currencyCode, decodeCurrencyInfo, formatAmount } from '../../trade/currency.ts';
import { billRef, holdings, MAX_BILL_PAGE, type BillJson } from '../../trade/ebl.ts';
import { accountTarget } from '../../trade/identity.ts';
import { creditRef, MAX_PAGE, pageRequest, type CreditJson, type IdPageJson } from '../../trade/lc.ts';

/**
 * What the letters of credit and bills of lading screens read from the node. Credits are a
 * confidential query, so every read of one is signed by the session; the listings and bills are
 * public but are signed too when a session exists (it costs nothing and keeps one code path).
 */

/** The most ids a screen lists (10 pages): a dashboard, not an archive. */
const MAX_LISTED = 10 * MAX_PAGE;

/** Every id of an account's PageRequest listing (lc/by-party, ebl/by-carrier), newest first. */
export async function listAll(module: string, name: string, account: Uint8Array, session?: Session): Promise<string[]> {
  const ids: string[] = [];
  let total = Infinity;
  while (ids.length < Math.min(total, MAX_LISTED)) {
    const page = await api.queryJson<IdPageJson>(module, name, pageRequest(account, BigInt(ids.length), MAX_PAGE), session);
    total = Number(page.answer.total);
    if (page.answer.ids.length === 0) break;
    ids.push(...page.answer.ids);
  }
  return ids.reverse();
}

export async function credit(id: string, session: Session): Promise<CreditJson> {
  return (await api.queryJson<CreditJson>('lc', 'credit', creditRef(fromHex(id)), session)).answer;
}

/** The credits the account is a party to, newest first. */
export async function myCredits(session: Session): Promise<CreditJson[]> {
  const ids = await listAll('lc', 'by-party', session.accountId, session);
  return Promise.all(ids.map((id) => credit(id, session)));
}

export async function bill(id: string, session?: Session): Promise<BillJson> {
  return (await api.queryJson<BillJson>('ebl', 'bill', billRef(fromHex(id)), session)).answer;
}

/** The live bills the session's account holds (ebl/held: one page of up to 256). */
export async function heldBills(session: Session): Promise<BillJson[]> {
  const ids = (await api.queryJson<string[]>('ebl', 'held', holdings(session.accountId, 0n, MAX_BILL_PAGE), session)).answer;
  return Promise.all(ids.map((id) => bill(id, session)));
}

/** The bills the session's account issued as carrier, newest first. */
export async function issuedBills(session: Session): Promise<BillJson[]> {
  const ids = await listAll('ebl', 'by-carrier', session.accountId, session);
  return Promise.all(ids.map((id) => bill(id, session)));
}

export function me(session: Session): string {
  return toHex(session.accountId);
}

const minorUnits = new Map<string, Promise<number>>();

/** An amount in minor units as text in its currency ("1234.50 SGD"). */
export async function money(code: string, minor: string | bigint): Promise<string> {
  let units = minorUnits.get(code);
  if (!units) {
    units = api.query('currency', 'info', currencyCode(code)).then((r) => decodeCurrencyInfo(r.response).minorUnits);
    units.catch(() => minorUnits.delete(code));
    minorUnits.set(code, units);
  }
  return `${formatAmount(BigInt(minor), await units.catch(() => 0))} ${code}`;
}

const names = new Map<string, Promise<PartyName>>();

export interface PartyName {
  /** A member's name, or the name of the bank whose customer the account is. */
  name?: string;
  customerOf?: string;
}

/** Who an account is: a member (its registered name) or a bank's customer (and which bank). */
export function partyName(account: string): Promise<PartyName> {
  let found = names.get(account);
  if (!found) {
    found = lookUp(account);
    names.set(account, found);
  }
  return found;
}

async function lookUp(account: string): Promise<PartyName> {
  const target = accountTarget(fromHex(account));
  try {
    const m = await api.queryJson<{ name: string }>('identity', 'member', target);
    return { name: m.answer.name };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
  }
  try {
    const c = await api.queryJson<{ bank: string }>('identity', 'customer', target);
    return { customerOf: (await partyName(c.answer.bank)).name ?? c.answer.bank.slice(0, 10) };
  } catch {
    return {};
  }
}

/** Why sealed content is not shown: the screens say it in the reader's language. */
export type SealedProblem = 'NO_ENCRYPTION_KEY' | 'NOT_A_RECIPIENT' | 'UNREADABLE';

export type Opened<T> = { value: T } | { problem: SealedProblem; detail?: string };

/**
 * Opens sealed content in the tab and decodes its plaintext; never throws. Without the session's
 * encryption key, or when it is not a recipient, says so instead of showing anything. (Screens
 * check first that the account is a party at all, so a non-party is told so without a try.)
 */
export async function openAndDecode<T>(sealed: SealedJson, session: Session, decode: (plain: Uint8Array) => T): Promise<Opened<T>> {
  if (!session.encryptionKey) return { problem: 'NO_ENCRYPTION_KEY' };
  try {
    return { value: decode(await openSealed(sealed, session)) };
  } catch (e) {
    if (e instanceof SealedError) {
      if (e.problem === 'NO_ENCRYPTION_KEY' || e.problem === 'NOT_A_RECIPIENT') return { problem: e.problem };
      return { problem: 'UNREADABLE', detail: e.message };
    }
    return { problem: 'UNREADABLE', detail: e instanceof Error ? e.message : String(e) };
  }
}
