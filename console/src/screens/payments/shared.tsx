import { useContext, useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../../api.ts';
import { fromHex } from '../../chain/hex.ts';
import { LangContext, useT } from '../../i18n.ts';
import { subscribeEvents } from '../../live/events.ts';
import { href } from '../../router.ts';
import { accountTarget } from '../../trade/identity.ts';
import { currencyCode, decodeCurrencyInfo, formatAmount } from '../../trade/currency.ts';
import { newestFrom, pageRequest, reference, type IdPageJson } from '../../trade/payments.ts';
import { Hex } from '../../ui.tsx';

/**
 * What the payments screens share: listing pages turned into records, member names, currencies'
 * minor units, and a refresh whenever a payments event commits.
 */

/** One page of a listing, newest first, with each id's record. */
export interface Listed<T> {
  total: bigint;
  /** Position of the oldest id shown (the listing's own order is oldest first). */
  from: bigint;
  items: { id: string; record: T }[];
}

/**
 * The page of `account`'s `listing` starting at `from` (the newest page if undefined), each id
 * read with `recordQuery` (a Reference request). Ids the node no longer answers are left out.
 */
export async function listNewest<T>(listing: string, recordQuery: string, account: Uint8Array, from?: bigint, limit = 25): Promise<Listed<T>> {
  let start = from ?? 0n;
  let page = (await api.queryJson<IdPageJson>('payments', listing, pageRequest(account, start, limit))).answer;
  const total = BigInt(page.total);
  if (from === undefined && total > BigInt(limit)) {
    start = newestFrom(total, limit);
    page = (await api.queryJson<IdPageJson>('payments', listing, pageRequest(account, start, limit))).answer;
  }
  const items = await Promise.all(
    page.ids.map((id) =>
      api
        .queryJson<T>('payments', recordQuery, reference(fromHex(id)))
        .then((r) => ({ id, record: r.answer }))
        .catch((e) => (e instanceof ApiError && e.status === 404 ? undefined : Promise.reject(e))),
    ),
  );
  return { total, from: start, items: items.filter((i) => i !== undefined).reverse() };
}

export const PAGE = 25;

const minorUnitsCache = new Map<string, Promise<number>>();

/** A currency's decimal places (currency/info), asked once per tab. */
export function minorUnits(code: string): Promise<number> {
  let p = minorUnitsCache.get(code);
  if (!p) {
    p = api.query('currency', 'info', currencyCode(code)).then((r) => decodeCurrencyInfo(r.response).minorUnits);
    p.catch(() => minorUnitsCache.delete(code));
    minorUnitsCache.set(code, p);
  }
  return p;
}

/** The decimal places of every code in `codes`. */
export async function unitsOf(codes: Iterable<string>): Promise<Map<string, number>> {
  const unique = [...new Set(codes)];
  const units = await Promise.all(unique.map(minorUnits));
  return new Map(unique.map((c, i) => [c, units[i]]));
}

const nameCache = new Map<string, Promise<string | undefined>>();

/** A member's name (identity/member); undefined for accounts that are not members (customers). */
export function memberName(account: string): Promise<string | undefined> {
  let p = nameCache.get(account);
  if (!p) {
    p = api
      .queryJson<{ name: string }>('identity', 'member', accountTarget(fromHex(account)))
      .then((r) => r.answer.name)
      .catch(() => undefined);
    nameCache.set(account, p);
  }
  return p;
}

/** Names of the members among `accounts`. */
export async function namesOf(accounts: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(accounts)];
  const names = await Promise.all(unique.map(memberName));
  const out = new Map<string, string>();
  unique.forEach((a, i) => names[i] !== undefined && out.set(a, names[i]!));
  return out;
}

/** A bank customer's bank (identity/customer), or undefined if the account is not a customer. */
export async function bankOf(account: Uint8Array): Promise<string | undefined> {
  return api
    .queryJson<{ bank: string }>('identity', 'customer', accountTarget(account))
    .then((r) => r.answer.bank)
    .catch((e) => (e instanceof ApiError && e.status === 404 ? undefined : Promise.reject(e)));
}

/** An amount in minor units with its code, as the currency writes it: "12.00 SGD". */
export function money(amount: string, code: string, units: Map<string, number>): string {
  const u = units.get(code);
  return `${u === undefined ? amount : formatAmount(BigInt(amount), u)} ${code}`;
}

/** An account: the member's name where known, else its id; linked to the account view. */
export function Party({ account, names }: { account: string; names: Map<string, string> }) {
  const name = names.get(account);
  return <a href={href.account(account)}>{name ?? <Hex value={account} short />}</a>;
}

/**
 * A number that changes whenever a payments event commits (live/events.ts), to put in a loader's
 * dependencies so that the screen reads again.
 */
export function usePaymentsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => subscribeEvents({ kinds: ['event'], module: 'payments' }, () => setVersion((v) => v + 1)), []);
  return version;
}

/** Older and newer buttons under a listing table, with how much of it is shown. */
export function Pager({ listed, onFrom, label }: { listed: Listed<unknown>; onFrom: (from: bigint | undefined) => void; label: string }) {
  const t = useT();
  if (listed.total <= BigInt(listed.items.length) && listed.from === 0n) {
    return null;
  }
  const newerFrom = listed.from + BigInt(PAGE);
  return (
    <nav class="pager" aria-label={label}>
      <span>{t('payShowing', { first: String(listed.from + 1n), last: String(listed.from + BigInt(listed.items.length)), total: String(listed.total) })}</span>{' '}
      <button type="button" disabled={listed.from === 0n} onClick={() => onFrom(listed.from > BigInt(PAGE) ? listed.from - BigInt(PAGE) : 0n)}>
        {t('payOlder')}
      </button>{' '}
      <button type="button" disabled={newerFrom >= listed.total} onClick={() => onFrom(newerFrom + BigInt(PAGE) >= listed.total ? undefined : newerFrom)}>
        {t('payNewer')}
      </button>
    </nav>
  );
}

/** The language the console shows (for dates). */
export function useLang(): string {
  return useContext(LangContext).lang;
}

/** A payment's ISO 20022 status, in words with its code. */
export function PaymentStatus({ status }: { status: string }) {
  const t = useT();
  return <>{status === 'ACSC' ? t('payStatusACSC') : status}</>;
}
