import { CanonicalWriter } from '../chain/canonical.ts';
import { CanonicalReader, DecodeError } from '../chain/reader.ts';
import type { SealedJson } from '../crypto/sealed.ts';

/**
 * Letters of credit (trade/.../lc): the requests of its queries, the bodies the browser signs, the
 * records as the API's JSON answer renders them, and the leading fields of the sealed terms.
 */
const CREDIT_REF_TAG = 0x0f06;
const ADVICE_TAG = 0x0f04;
const CREDIT_PAGE_TAG = 0x0f21;
const PAGE_REQUEST_TAG = 0x0d86;
const LC_TERMS_TAG = 0x0f10;

/** The most ids one listing page answers (trade/.../listing/PageRequest.MAX_LIMIT). */
export const MAX_PAGE = 100;

/** CreditRef: request of lc/credit, body of lc/honour (and waive, reimburse, expire...). */
export function creditRef(credit: Uint8Array): Uint8Array {
  return new CanonicalWriter().header(CREDIT_REF_TAG, 1).fixed(credit, 32).toBytes();
}

/** Advice: body of lc/advise, the advising bank's advice, with its confirmation or not. */
export function advice(credit: Uint8Array, confirm: boolean): Uint8Array {
  return new CanonicalWriter().header(ADVICE_TAG, 1).fixed(credit, 32).bool(confirm).toBytes();
}

/** PageRequest (listing): request of lc/by-party, ebl/by-carrier, documents/by-party. */
export function pageRequest(account: Uint8Array, from: bigint, limit: number): Uint8Array {
  if (limit < 1 || limit > MAX_PAGE) throw new RangeError(`limit 1..${MAX_PAGE}`);
  return new CanonicalWriter().header(PAGE_REQUEST_TAG, 1).fixed(account, 32).u63(from).u8(limit).toBytes();
}

/** CreditPage: request of lc/trail, the transactions that changed a credit. */
export function creditPage(credit: Uint8Array, from: bigint, limit: number): Uint8Array {
  if (limit < 1 || limit > MAX_PAGE) throw new RangeError(`limit 1..${MAX_PAGE}`);
  return new CanonicalWriter().header(CREDIT_PAGE_TAG, 1).fixed(credit, 32).u63(from).u8(limit).toBytes();
}

export type CreditState = 'APPLIED' | 'ISSUED' | 'ADVISED' | 'PRESENTED' | 'REFUSED' | 'WAIVED' | 'HONOURED' | 'REIMBURSED' | 'EXPIRED';

/** IdPage as JSON: the list's length and one page of ids. */
export interface IdPageJson {
  total: string;
  ids: string[];
}

export interface DiscrepancyJson {
  /** The Article enum's name; ARTICLES gives its UCP 600 code. */
  article: string;
  field: string;
}

export interface PresentationJson {
  number: string;
  presenter: string;
  bill: string;
  amount: string;
  documents: SealedJson;
  billData: SealedJson;
  presentedAtMillis: string;
  decisionDeadline: string;
  discrepancies: DiscrepancyJson[];
}

export interface CreditJson {
  id: string;
  applicant: string;
  terms: {
    issuingBank: string;
    advisingBank: string;
    beneficiary: string;
    currency: string;
    maxAmount: string;
    expiryDate: string;
    holidays: string[];
    terms: SealedJson;
  };
  state: CreditState;
  confirmed: boolean;
  amendment: { credit: string; maxAmount: string; expiryDate: string; terms: SealedJson } | null;
  presentation: PresentationJson | null;
  presentations: string;
  amendments: string;
}

/** UCP 600 codes of trade/.../examination/Article, by enum name (checked against Java). */
export const ARTICLES: Record<string, string> = {
  PRESENTATION_AFTER_EXPIRY: '6(d)',
  DOCUMENT_MISSING: '14(a)',
  PRESENTATION_PERIOD: '14(c)',
  DATA_CONFLICT: '14(d)',
  GOODS_DESCRIPTION_CONFLICT: '14(e)',
  DOCUMENT_DATED_AFTER_PRESENTATION: '14(i)',
  INVOICE_ISSUER: '18(a)(i)',
  INVOICE_BUYER: '18(a)(ii)',
  INVOICE_CURRENCY: '18(a)(iii)',
  INVOICE_AMOUNT: '18(b)',
  INVOICE_GOODS: '18(c)',
  CARRIER: '20(a)(i)',
  ON_BOARD: '20(a)(ii)',
  PORTS: '20(a)(iii)',
  CLEAN: '27',
  INSURANCE_DATE: '28(e)',
  INSURANCE_CURRENCY: '28(f)(i)',
  INSURANCE_COVER: '28(f)(ii)',
  INSURANCE_ROUTE: '28(f)(iii)',
  AMOUNT_OR_QUANTITY_ABOUT: '30(a)',
  QUANTITY_TOLERANCE: '30(b)',
  PARTIAL_SHIPMENT: '31(a)',
};

/** The terms a party reads once the sealed LcTerms are opened: the leading fields only. */
export interface LcTermsHead {
  applicantName: string;
  beneficiaryName: string;
  currency: string;
  amount: bigint;
  tolerancePlus: number;
  toleranceMinus: number;
  goods: string;
  quantity: bigint;
  unit: string;
  incoterm: string;
  portOfLoading: string;
  portOfDischarge: string;
  latestShipmentDate: string;
  expiryDate: string;
  expiryPlace: string;
}

/** An ISO date from days since 1970-01-01 (UTC), as Java's LocalDate.ofEpochDay. */
export function epochDay(day: number | bigint): string {
  return new Date(Number(day) * 86_400_000).toISOString().slice(0, 10);
}

/** A u32 (lc dates are days since the epoch in four bytes: DocumentFields.DATE). */
export function u32(r: CanonicalReader, field: string): number {
  const b = r.fixed(field, 4);
  return ((b[0] << 24) >>> 0) + (b[1] << 16) + (b[2] << 8) + b[3];
}

/**
 * Decodes LcTerms (0x0F10) up to the expiry place and stops: the rest (presentation period,
 * partial shipments, required documents, insurance cover, origin, holidays) is not shown on the
 * console's screens, so it is not read; the bank's own tools read all of it (Java).
 */
export function decodeLcTermsHead(plain: Uint8Array): LcTermsHead {
  const r = new CanonicalReader(plain);
  r.header('lcTerms', LC_TERMS_TAG, 1);
  // Bounds of trade/.../examination/DocumentFields (NAME_BYTES, DESCRIPTION_BYTES, UNIT_BYTES).
  const name = (f: string) => r.string(f, 560);
  return {
    applicantName: name('lcTerms.applicant'),
    beneficiaryName: name('lcTerms.beneficiary'),
    currency: r.string('lcTerms.currency', 3),
    amount: r.u63('lcTerms.amount'),
    tolerancePlus: r.u8('lcTerms.plus'),
    toleranceMinus: r.u8('lcTerms.minus'),
    goods: r.string('lcTerms.goods', 24 * 1024),
    quantity: r.u63('lcTerms.quantity'),
    unit: r.string('lcTerms.unit', 560),
    ...flags(r),
    incoterm: r.string('lcTerms.incoterm', 3),
    portOfLoading: name('lcTerms.portOfLoading'),
    portOfDischarge: name('lcTerms.portOfDischarge'),
    latestShipmentDate: epochDay(u32(r, 'lcTerms.latestShipment')),
    expiryDate: epochDay(u32(r, 'lcTerms.expiry')),
    expiryPlace: name('lcTerms.expiryPlace'),
  };
}

/** quantityAbout and countable: read in order, not shown. */
function flags(r: CanonicalReader): Record<string, never> {
  for (const f of ['lcTerms.quantityAbout', 'lcTerms.countable']) {
    if (r.u8(f) > 1) throw new DecodeError(`${f}: not a boolean`);
  }
  return {};
}

