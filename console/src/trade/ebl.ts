import { CanonicalWriter } from '../chain/canonical.ts';
import { CanonicalReader, DecodeError } from '../chain/reader.ts';
import { epochDay, u32 } from './lc.ts';

/**
 * Electronic bills of lading (trade/.../ebl): query requests, the bodies the browser signs, the
 * records as the API's JSON answer renders them, and the leading fields of the sealed bill data.
 */
const BILL_REF_TAG = 0x0e12;
const SURRENDER_TAG = 0x0e13;
const HISTORY_TAG = 0x0e15;
const HOLDINGS_TAG = 0x0e16;
const BILL_DATA_TAG = 0x0e20;
const BILL_PARTY_TAG = 0x0e21;

/** The most entries one history or holdings page answers (Bills.MAX_PAGE). */
export const MAX_BILL_PAGE = 256;

/** BillRef: request of ebl/bill and ebl/data, body of ebl/accomplish (and void, endorse-blank). */
export function billRef(bill: Uint8Array): Uint8Array {
  return new CanonicalWriter().header(BILL_REF_TAG, 1).fixed(bill, 32).toBytes();
}

/** Page.Holdings: request of ebl/held, the live bills an account holds. */
export function holdings(account: Uint8Array, start: bigint, limit: number): Uint8Array {
  return new CanonicalWriter().header(HOLDINGS_TAG, 1).fixed(account, 32).u63(start).u16(limit).toBytes();
}

/** Page.History: request of ebl/history, a page of the bill's chain of holders. */
export function history(bill: Uint8Array, start: bigint, limit: number): Uint8Array {
  return new CanonicalWriter().header(HISTORY_TAG, 1).fixed(bill, 32).u63(start).u16(limit).toBytes();
}

export type SurrenderPurpose = 'DELIVERY' | 'AMENDMENT';

/** SurrenderRequest: body of ebl/surrender, the holder giving the bill back to its carrier. */
export function surrender(bill: Uint8Array, purpose: SurrenderPurpose): Uint8Array {
  return new CanonicalWriter()
    .header(SURRENDER_TAG, 1)
    .fixed(bill, 32)
    .u8(purpose === 'DELIVERY' ? 0 : 1)
    .toBytes();
}

export type BillStatus = 'ISSUED' | 'SURRENDERED_FOR_DELIVERY' | 'SURRENDERED_FOR_AMENDMENT' | 'ACCOMPLISHED' | 'VOID';

/** Bill (ebl/bill) as JSON. */
export interface BillJson {
  id: string;
  carrier: string;
  shipper: string;
  form: 'STRAIGHT' | 'TO_ORDER';
  consignee: string | null;
  holder: string;
  status: BillStatus;
  blankEndorsed: boolean;
  surrenderedBy: string | null;
  commitment: string;
  issuedAtMillis: string;
  amendments: string;
  entries: string;
}

/** HolderEntry (ebl/history) as JSON. */
export interface HolderEntryJson {
  seq: string;
  height: string;
  timeMillis: string;
  from: string;
  to: string;
  kind: string;
  module: string;
  reason: string;
}

/** The bill data a holder reads once the sealed BillData is opened: the leading fields only. */
export interface BillDataHead {
  reference: string;
  carrierCode: string;
  issuingParty: string;
  shipper: string;
  consignee?: string;
  notifyParties: string[];
  vessel: string;
  voyage: string;
  portOfLoading: string;
  portOfDischarge: string;
  plannedDeparture: string;
  plannedArrival: string;
  shippedOnBoardDate: string;
  issueDate: string;
}

/** A BillParty's name; its address and account are read past (bounds of BillParty's codec). */
function partyName(r: CanonicalReader): string {
  r.header('party', BILL_PARTY_TAG, 1);
  const name = r.string('party.name', 280);
  r.optional('party.address', () => {
    r.string('party.street', 280);
    r.string('party.city', 140);
    r.string('party.country', 2);
  });
  r.optional('party.account', () => r.fixed('party.account', 32));
  return name;
}

function port(r: CanonicalReader, field: string): string {
  const code = r.string(`${field}.unLocode`, 5);
  const name = r.string(`${field}.name`, 400);
  return `${name} (${code})`;
}

/** eBL dates are days since the epoch as u63 (ebl/Text.DATE). */
function date(r: CanonicalReader, field: string): string {
  const day = r.u63(field);
  if (day > 2_932_896n) throw new DecodeError(`${field}: after 9999`);
  return epochDay(day);
}

/**
 * Decodes BillData (0x0E20) up to the issue date and stops: place of issue, clauses, goods,
 * containers, contact and terms and conditions are not shown on the console's screens.
 */
export function decodeBillDataHead(plain: Uint8Array): BillDataHead {
  const r = new CanonicalReader(plain);
  r.header('billData', BILL_DATA_TAG, 1);
  const reference = r.string('bill.reference', 80);
  const carrierCode = r.string('bill.carrierCode', 16);
  const issuingParty = partyName(r);
  const shipper = partyName(r);
  const consignee = r.optional('bill.consignee', () => partyName(r));
  const notifyCount = r.varint('bill.notifyParties', 3);
  const notifyParties: string[] = [];
  for (let i = 0; i < notifyCount; i++) notifyParties.push(partyName(r));
  return {
    reference,
    carrierCode,
    issuingParty,
    shipper,
    consignee,
    notifyParties,
    vessel: r.string('bill.vessel', 200),
    voyage: r.string('bill.voyage', 200),
    portOfLoading: port(r, 'bill.portOfLoading'),
    portOfDischarge: port(r, 'bill.portOfDischarge'),
    plannedDeparture: date(r, 'bill.plannedDeparture'),
    plannedArrival: date(r, 'bill.plannedArrival'),
    shippedOnBoardDate: date(r, 'bill.shippedOnBoard'),
    issueDate: date(r, 'bill.issueDate'),
  };
}

const TRANSPORT_TAG = 0x0f12;

/**
 * What a bill's sealed data says, in the fields the console shows: the DCSA-shaped BillData
 * (0x0E20), or the letters-of-credit examination's ExaminedTransportDocument (0x0F12), which some
 * clients (tests, the console's e2e scenario) seal as the bill data. Fields a form lacks are absent.
 */
export interface BillContent {
  reference?: string;
  carrier?: string;
  shipper?: string;
  consignee?: string;
  notifyParties: string[];
  vessel: string;
  portOfLoading: string;
  portOfDischarge: string;
  shippedOnBoardDate?: string;
  issueDate: string;
  goods?: string;
}

export function decodeBillContent(plain: Uint8Array): BillContent {
  const tag = plain.length >= 2 ? (plain[0] << 8) | plain[1] : -1;
  if (tag === TRANSPORT_TAG) return decodeTransportHead(plain);
  const d = decodeBillDataHead(plain);
  return {
    reference: d.reference,
    carrier: d.issuingParty,
    shipper: d.shipper,
    consignee: d.consignee,
    notifyParties: d.notifyParties,
    vessel: `${d.vessel} / ${d.voyage}`,
    portOfLoading: d.portOfLoading,
    portOfDischarge: d.portOfDischarge,
    shippedOnBoardDate: d.shippedOnBoardDate,
    issueDate: d.issueDate,
  };
}

/**
 * Decodes ExaminedTransportDocument (0x0F12) up to the goods description and stops (packages and
 * gross weight are not shown). Dates are the lc module's u32 epoch days.
 */
export function decodeTransportHead(plain: Uint8Array): BillContent {
  const r = new CanonicalReader(plain);
  r.header('transport', TRANSPORT_TAG, 1);
  const name = (f: string) => r.string(f, 560);
  const carrier = name('transport.carrier');
  const vessel = name('transport.vessel');
  const portOfLoading = name('transport.portOfLoading');
  const portOfDischarge = name('transport.portOfDischarge');
  const onBoard = r.optional('transport.onBoard', () => epochDay(u32(r, 'transport.onBoard')));
  const issueDate = epochDay(u32(r, 'transport.issueDate'));
  if (r.u8('transport.clean') > 1) throw new DecodeError('transport.clean: not a boolean');
  const goods = r.string('transport.goods', 24 * 1024);
  return { carrier, vessel, portOfLoading, portOfDischarge, shippedOnBoardDate: onBoard, issueDate, goods, notifyParties: [] };
}

const ISSUE_BILL_TAG = 0x0e10;

/** BillParty.Address. */
export interface BillAddress {
  street: string;
  city: string;
  countryCode: string;
}

/** BillParty: a name, an optional address, an optional account on the network. */
export interface BillPartyInput {
  name: string;
  address?: BillAddress;
  account?: Uint8Array;
}

export interface PortInput {
  unLocode: string;
  name: string;
}

export interface CargoInput {
  equipmentReference: string;
  grossWeightGrams: bigint;
  packages: number;
  packaging: string;
}

export interface ConsignmentInput {
  bookingReference: string;
  description: string[];
  hsCode: string;
  cargo: CargoInput[];
}

export interface ContainerInput {
  reference: string;
  isoCode: string;
  seals: string[];
  shipperOwned: boolean;
}

/** BillData (0x0E20), the bill's sealed content; dates are ISO "YYYY-MM-DD". */
export interface BillDataInput {
  reference: string;
  carrierCode: string;
  issuingParty: BillPartyInput;
  shipper: BillPartyInput;
  consignee?: BillPartyInput;
  notifyParties: BillPartyInput[];
  vesselName: string;
  voyageNumber: string;
  portOfLoading: PortInput;
  portOfDischarge: PortInput;
  plannedDeparture: string;
  plannedArrival: string;
  shippedOnBoardDate: string;
  issueDate: string;
  placeOfIssue: string;
  invoicePayableAt: string;
  clean: boolean;
  clauses: string[];
  goods: ConsignmentInput[];
  containers: ContainerInput[];
  contactName: string;
  contactEmail: string;
  termsAndConditions: string;
}

/** Why bill data would be refused by BillData's constructor: the field (its Java name) and the rule. */
export class BillDataError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
  }
}

// ebl/Text: Java's \S is ASCII-only, so "trimmed" means no leading or trailing ASCII white space.
const TRIMMED = /^[^ \t\n\x0B\f\r](?:[\s\S]*[^ \t\n\x0B\f\r])?$/;
const UN_LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;
const CARRIER_CODE = /^[^ \t\n\x0B\f\r]{1,4}$/;
const HS_CODE = /^\d{6,10}$/;
const EMAIL = /^[^@\s][^@]*@[^ \t\n\x0B\f\r]+$/;
const MAX_TERMS = 50_000;

function text(field: string, value: string, max: number): void {
  if (value.length > max || !TRIMMED.test(value)) throw new BillDataError(field, `1..${max} characters, not blank-padded`);
}

function code(field: string, value: string, pattern: RegExp): void {
  if (!pattern.test(value)) throw new BillDataError(field, `must match ${pattern.source}`);
}

function count(field: string, n: number, min: number, max: number): void {
  if (n < min || n > max) throw new BillDataError(field, `${min}..${max} entries`);
}

/** The epoch day of an ISO date, as LocalDate.toEpochDay. */
export function toEpochDay(field: string, iso: string): bigint {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const millis = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (!m || Number.isNaN(millis) || new Date(millis).toISOString().slice(0, 10) !== iso || millis < 0) {
    throw new BillDataError(field, 'a date YYYY-MM-DD from 1970');
  }
  return BigInt(millis / 86_400_000);
}

function checkParty(field: string, p: BillPartyInput): void {
  text(`${field}.name`, p.name, 70);
  if (p.address) {
    text(`${field}.address.street`, p.address.street, 70);
    text(`${field}.address.city`, p.address.city, 35);
    code(`${field}.address.countryCode`, p.address.countryCode, COUNTRY);
  }
  if (p.account && p.account.length !== 32) throw new BillDataError(`${field}.account`, 'an account id has 32 bytes');
}

/** The checks of BillData's constructor (and its parts'), so the form refuses before signing. */
export function checkBillData(d: BillDataInput): void {
  text('reference', d.reference, 20);
  code('carrierCode', d.carrierCode, CARRIER_CODE);
  checkParty('issuingParty', d.issuingParty);
  if (!d.issuingParty.address) throw new BillDataError('issuingParty.address', "the carrier's address is required");
  checkParty('shipper', d.shipper);
  if (d.consignee) {
    checkParty('consignee', d.consignee);
    if (!d.consignee.account) throw new BillDataError('consignee.account', 'must be a party on the network');
  }
  count('notifyParties', d.notifyParties.length, 0, 3);
  d.notifyParties.forEach((p, i) => checkParty(`notifyParties[${i}]`, p));
  text('vesselName', d.vesselName, 50);
  text('voyageNumber', d.voyageNumber, 50);
  for (const [f, p] of [['portOfLoading', d.portOfLoading], ['portOfDischarge', d.portOfDischarge]] as const) {
    code(`${f}.unLocode`, p.unLocode, UN_LOCODE);
    text(`${f}.name`, p.name, 100);
  }
  for (const f of ['plannedDeparture', 'plannedArrival', 'shippedOnBoardDate', 'issueDate'] as const) toEpochDay(f, d[f]);
  code('placeOfIssue', d.placeOfIssue, UN_LOCODE);
  code('invoicePayableAt', d.invoicePayableAt, UN_LOCODE);
  count('clauses', d.clauses.length, 0, 32);
  d.clauses.forEach((c) => text('clauses', c, 2_000));
  count('goods', d.goods.length, 1, 64);
  for (const g of d.goods) {
    text('consignment.bookingReference', g.bookingReference, 35);
    count('consignment.description', g.description.length, 1, 150);
    g.description.forEach((l) => text('consignment.description', l, 35));
    code('consignment.hsCode', g.hsCode, HS_CODE);
    count('consignment.cargo', g.cargo.length, 1, 64);
    for (const c of g.cargo) {
      text('cargo.equipmentReference', c.equipmentReference, 11);
      text('cargo.packaging', c.packaging, 100);
      if (c.grossWeightGrams <= 0n || c.grossWeightGrams > 0x7fff_ffff_ffff_ffffn) throw new BillDataError('cargo.grossWeight', 'must be positive');
      if (!Number.isInteger(c.packages) || c.packages < 1 || c.packages > 99_999_999) throw new BillDataError('cargo.packages', '1..99999999');
    }
  }
  count('containers', d.containers.length, 1, 256);
  for (const c of d.containers) {
    text('container.reference', c.reference, 11);
    text('container.isoCode', c.isoCode, 4);
    count('container.seals', c.seals.length, 1, 16);
    c.seals.forEach((s) => text('container.seals', s, 15));
  }
  text('contactName', d.contactName, 35);
  if (d.contactEmail.length > 100 || !EMAIL.test(d.contactEmail)) throw new BillDataError('contactEmail', 'not an e-mail address');
  if (d.termsAndConditions.length === 0 || d.termsAndConditions.length > MAX_TERMS) throw new BillDataError('termsAndConditions', `1..${MAX_TERMS} characters`);
}

function writeParty(out: CanonicalWriter, p: BillPartyInput): void {
  out.header(BILL_PARTY_TAG, 1).string(p.name);
  if (p.address) out.u8(1).string(p.address.street).string(p.address.city).string(p.address.countryCode);
  else out.u8(0);
  if (p.account) out.u8(1).fixed(p.account, 32);
  else out.u8(0);
}

/** BillData.CODEC, after BillData's own checks (BillDataError otherwise). */
export function encodeBillData(d: BillDataInput): Uint8Array {
  checkBillData(d);
  const out = new CanonicalWriter().header(BILL_DATA_TAG, 1).string(d.reference).string(d.carrierCode);
  writeParty(out, d.issuingParty);
  writeParty(out, d.shipper);
  if (d.consignee) writeParty(out.u8(1), d.consignee);
  else out.u8(0);
  out.varint(d.notifyParties.length);
  d.notifyParties.forEach((p) => writeParty(out, p));
  out.string(d.vesselName).string(d.voyageNumber);
  out.string(d.portOfLoading.unLocode).string(d.portOfLoading.name);
  out.string(d.portOfDischarge.unLocode).string(d.portOfDischarge.name);
  for (const f of ['plannedDeparture', 'plannedArrival', 'shippedOnBoardDate', 'issueDate'] as const) out.u63(toEpochDay(f, d[f]));
  out.string(d.placeOfIssue).string(d.invoicePayableAt).bool(d.clean);
  out.varint(d.clauses.length);
  d.clauses.forEach((c) => out.string(c));
  out.varint(d.goods.length);
  for (const g of d.goods) {
    out.string(g.bookingReference).varint(g.description.length);
    g.description.forEach((l) => out.string(l));
    out.string(g.hsCode).varint(g.cargo.length);
    for (const c of g.cargo) {
      out.string(c.equipmentReference).u63(c.grossWeightGrams);
      out.fixed(new Uint8Array([c.packages >>> 24, (c.packages >>> 16) & 0xff, (c.packages >>> 8) & 0xff, c.packages & 0xff]), 4);
      out.string(c.packaging);
    }
  }
  out.varint(d.containers.length);
  for (const c of d.containers) {
    out.string(c.reference).string(c.isoCode).varint(c.seals.length);
    c.seals.forEach((s) => out.string(s));
    out.bool(c.shipperOwned);
  }
  return out.string(d.contactName).string(d.contactEmail).string(d.termsAndConditions).toBytes();
}

export type BillForm = 'STRAIGHT' | 'TO_ORDER';

/**
 * IssueBill (0x0E10): body of ebl/issue. A straight bill names its consignee, a to-order bill none
 * (as the module requires); `sealed` is the Sealed encoding of the bill data.
 */
export function issueBill(shipper: Uint8Array, form: BillForm, consignee: Uint8Array | undefined, sealed: Uint8Array): Uint8Array {
  const out = new CanonicalWriter()
    .header(ISSUE_BILL_TAG, 1)
    .fixed(shipper, 32)
    .u8(form === 'STRAIGHT' ? 0 : 1);
  if (consignee) out.u8(1).fixed(consignee, 32);
  else out.u8(0);
  return out.raw(sealed).toBytes();
}
