import { CanonicalWriter } from '../chain/canonical.ts';

/**
 * Bodies and query requests of the payments module (trade/.../payments) in its canonical
 * encoding, and the JSON shapes of its answers (api.queryJson; node/.../api/AnswerJson: 64-bit
 * integers as decimal strings, ids as hex, enums by name).
 */
const REFERENCE_TAG = 0x0b13;
const CROSS_BORDER_PAY_TAG = 0x0b11;
const PAGE_REQUEST_TAG = 0x0d86;
const FX_TERMS_TAG = 0x0b10;
const PVP_TERMS_TAG = 0x0b12;

/** The largest page a listing query answers (PageRequest.MAX_LIMIT). */
export const MAX_PAGE = 100;

/** ISO 20022 ChargeBearerType1Code, with the module's encoding (ChargeBearer.code()). */
export const CHARGE_BEARERS = { DEBT: 0, CRED: 1, SHAR: 2 } as const;
export type ChargeBearer = keyof typeof CHARGE_BEARERS;

/** End-to-end ids the module takes (CrossBorderPay.END_TO_END_ID). */
export const END_TO_END_ID = /^[A-Za-z0-9._:-]{1,35}$/;

/** Reference: body of fx-accept, pvp-accept, pvp-cancel, pvp-expire and request of offer, agreement, payment. */
export function reference(id: Uint8Array): Uint8Array {
  return new CanonicalWriter().header(REFERENCE_TAG, 1).fixed(id, 32).toBytes();
}

/** PageRequest (trade/.../listing): up to `limit` ids of `account`'s list from position `from`. */
export function pageRequest(account: Uint8Array, from: bigint, limit: number): Uint8Array {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new RangeError(`page limit must be 1..${MAX_PAGE}`);
  }
  return new CanonicalWriter().header(PAGE_REQUEST_TAG, 1).fixed(account, 32).u63(from).u8(limit).toBytes();
}

export interface CrossBorderPayBody {
  endToEndId: string;
  payee: Uint8Array;
  agreement: Uint8Array;
  /** Instructed amount, minor units of the corridor's source currency. */
  amount: bigint;
  chargeBearer: ChargeBearer;
}

/** CrossBorderPay: body of payments/xb-pay, a customer of the debtor agent paying over a corridor. */
export function crossBorderPay(b: CrossBorderPayBody): Uint8Array {
  if (!END_TO_END_ID.test(b.endToEndId)) {
    throw new RangeError('end-to-end id: 1 to 35 of A-Z a-z 0-9 . _ : -');
  }
  if (b.amount <= 0n) {
    throw new RangeError('amount must be positive');
  }
  return new CanonicalWriter()
    .header(CROSS_BORDER_PAY_TAG, 1)
    .string(b.endToEndId)
    .fixed(b.payee, 32)
    .fixed(b.agreement, 32)
    .u63(b.amount)
    .u8(CHARGE_BEARERS[b.chargeBearer])
    .toBytes();
}

export interface FxTermsBody {
  creditorAgent: Uint8Array;
  from: string;
  to: string;
  rate: { units: bigint; scale: number };
  /** Charges per payment, minor units of `from`. */
  debtorAgentFee: bigint;
  creditorAgentFee: bigint;
  /** What payments may draw in total, minor units of `to`. */
  creditLine: bigint;
  /** Block time (Unix ms) until which the corridor can be accepted and used. */
  expiresAtMillis: bigint;
}

/** FxTerms: body of payments/fx-propose, a debtor agent offering a creditor agent a corridor. */
export function fxTerms(b: FxTermsBody): Uint8Array {
  const w = new CanonicalWriter().header(FX_TERMS_TAG, 1).fixed(b.creditorAgent, 32).string(b.from).string(b.to);
  return w
    .u63(b.rate.units)
    .u8(b.rate.scale)
    .u63(b.debtorAgentFee)
    .u63(b.creditorAgentFee)
    .u63(b.creditLine)
    .u63(b.expiresAtMillis)
    .toBytes();
}

export interface PvpTermsBody {
  counterparty: Uint8Array;
  /** What the maker pays, minor units of `give`. */
  give: string;
  giveAmount: bigint;
  /** What the maker receives, minor units of `want`. */
  want: string;
  wantAmount: bigint;
  /** Block time (Unix ms) until which the counterparty can accept (exclusive). */
  expiresAtMillis: bigint;
}

/** PvpTerms: body of payments/pvp-offer, a bank offering another to swap two currencies. */
export function pvpTerms(b: PvpTermsBody): Uint8Array {
  if (b.giveAmount <= 0n || b.wantAmount <= 0n) {
    throw new RangeError('amounts must be positive');
  }
  return new CanonicalWriter()
    .header(PVP_TERMS_TAG, 1)
    .fixed(b.counterparty, 32)
    .string(b.give)
    .u63(b.giveAmount)
    .string(b.want)
    .u63(b.wantAmount)
    .u63(b.expiresAtMillis)
    .toBytes();
}

const MAX_RATE_UNITS = 99_999_999_999n;

/**
 * A rate typed as a decimal ("5.3", "0.1282") as units and scale (Rate: at most 11 digits, 10 of
 * them after the point, not zero); trailing zeros of the fraction are dropped. Undefined if it is
 * not one.
 */
export function parseRate(text: string): { units: bigint; scale: number } | undefined {
  const m = /^(\d{1,11})(?:\.(\d{1,10}))?$/.exec(text.trim());
  if (!m) return undefined;
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  const units = BigInt(m[1] + fraction);
  return units >= 1n && units <= MAX_RATE_UNITS ? { units, scale: fraction.length } : undefined;
}

/** IdPage, the answer of the listing queries. */
export interface IdPageJson {
  total: string;
  ids: string[];
}

export interface RateJson {
  units: string;
  scale: number;
}

export interface FxTermsJson {
  creditorAgent: string;
  from: string;
  to: string;
  rate: RateJson;
  debtorAgentFee: string;
  creditorAgentFee: string;
  creditLine: string;
  expiresAtMillis: string;
}

/** FxAgreement (payments/agreement): a corridor, proposed by the debtor agent. */
export interface FxAgreementJson {
  debtorAgent: string;
  terms: FxTermsJson;
  agreed: boolean;
  used: string;
}

/** CrossBorderPayment (payments/payment). */
export interface PaymentJson {
  id: string;
  endToEndId: string;
  payer: string;
  payee: string;
  debtorAgent: string;
  creditorAgent: string;
  agreement: string;
  instructedCurrency: string;
  instructedAmount: string;
  debited: string;
  settlementCurrency: string;
  settlementAmount: string;
  rate: RateJson;
  chargeBearer: ChargeBearer;
  debtorAgentFee: string;
  creditorAgentFee: string;
  status: string;
  settledAtMillis: string;
  height: string;
}

/** PvpOffer (payments/offer). */
export interface PvpOfferJson {
  maker: string;
  terms: {
    counterparty: string;
    give: string;
    giveAmount: string;
    want: string;
    wantAmount: string;
    expiresAtMillis: string;
  };
  state: 'OPEN' | 'SETTLED' | 'CANCELLED' | 'EXPIRED';
}

/** A rate as its decimal text: units 78123, scale 4 is "7.8123". */
export function formatRate(rate: RateJson): string {
  const digits = rate.units.padStart(rate.scale + 1, '0');
  return rate.scale === 0 ? digits : `${digits.slice(0, -rate.scale)}.${digits.slice(-rate.scale)}`;
}

/**
 * Where the newest page of a list of `total` ids starts: listings are oldest first, dashboards
 * show the newest first.
 */
export function newestFrom(total: bigint, limit: number): bigint {
  return total > BigInt(limit) ? total - BigInt(limit) : 0n;
}
