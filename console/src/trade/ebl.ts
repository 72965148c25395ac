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
