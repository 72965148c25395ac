import { CanonicalWriter } from '../chain/canonical.ts';
import { CanonicalReader } from '../chain/reader.ts';

/** Bodies and queries of the currency module (trade/.../currency), in its canonical encoding. */
const ISSUE_TAG = 0x0a10;
const MOVEMENT_TAG = 0x0a11;

/** Issue: body of currency/issue, a central bank creating its currency. */
export function issue(code: string, minorUnits: number): Uint8Array {
  return new CanonicalWriter().header(ISSUE_TAG, 1).string(code).u8(minorUnits).toBytes();
}
const CURRENCY_ACCOUNT_TAG = 0x0a12;

/** Movement: body of currency/transfer (from the sender to `account`), mint and burn. */
export function movement(code: string, account: Uint8Array, amount: bigint): Uint8Array {
  return new CanonicalWriter()
    .header(MOVEMENT_TAG, 1)
    .string(code)
    .fixed(account, 32)
    .u63(amount)
    .toBytes();
}

/** CurrencyAccount: request of the currency/balance query. */
export function currencyAccount(code: string, account: Uint8Array): Uint8Array {
  return new CanonicalWriter()
    .header(CURRENCY_ACCOUNT_TAG, 1)
    .string(code)
    .fixed(account, 32)
    .toBytes();
}

/** The balance query answers a bare u63 (Fields.U63). */
export function decodeBalance(response: Uint8Array): bigint {
  const r = new CanonicalReader(response);
  const v = r.u63('balance');
  r.end('balance');
  return v;
}

export interface CurrencyInfo {
  code: string;
  minorUnits: number;
  issuer: Uint8Array;
  supply: bigint;
}

/** The currency/info query: request is the bare code string, answer CurrencyInfo (0x0A01). */
export function currencyCode(code: string): Uint8Array {
  return new CanonicalWriter().string(code).toBytes();
}

export function decodeCurrencyInfo(response: Uint8Array): CurrencyInfo {
  const r = new CanonicalReader(response);
  r.header('currencyInfo', 0x0a01, 1);
  const code = r.string('currencyInfo.code', 3);
  const minorUnits = r.u8('currencyInfo.minorUnits');
  const issuer = r.fixed('currencyInfo.issuer', 32);
  const supply = r.u63('currencyInfo.supply');
  r.u63('currencyInfo.minted');
  r.u63('currencyInfo.burned');
  r.end('currencyInfo');
  return { code, minorUnits, issuer, supply };
}

/** Minor units as a decimal amount: 12345 with 2 minor units is "123.45". */
export function formatAmount(minor: bigint, minorUnits: number): string {
  if (minorUnits === 0) {
    return minor.toString();
  }
  const s = minor.toString().padStart(minorUnits + 1, '0');
  return `${s.slice(0, -minorUnits)}.${s.slice(-minorUnits)}`;
}

/** A decimal amount typed by a person, in minor units; undefined if it is not one. */
export function parseAmount(text: string, minorUnits: number): bigint | undefined {
  const m = /^(\d{1,18})(?:\.(\d+))?$/.exec(text.trim());
  if (!m || (m[2] ?? '').length > minorUnits) {
    return undefined;
  }
  const value = BigInt(m[1] + (m[2] ?? '').padEnd(minorUnits, '0'));
  return value > 0n && value <= 0x7fff_ffff_ffff_ffffn ? value : undefined;
}
