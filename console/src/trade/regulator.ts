import { CanonicalWriter } from '../chain/canonical.ts';

/**
 * Requests of the queries a regulator's dashboard reads (trade/.../confidential, lc, ebl,
 * documents). Answers are read as JSON (api.queryJson), so only requests are encoded here.
 */
const JURISDICTION_TAG = 0x0d05;
const CREDIT_REF_TAG = 0x0f06;
const BILL_REF_TAG = 0x0e12;
const DOCUMENT_REF_TAG = 0x0d84;

/** RegulatorsAnswer.Jurisdiction: confidential/regulators' request. */
export function jurisdictionRequest(code: string): Uint8Array {
  if (!/^[A-Z]{2}$/.test(code)) throw new RangeError('a jurisdiction is two capital letters');
  return new CanonicalWriter().header(JURISDICTION_TAG, 1).string(code).toBytes();
}

/** CreditRef: lc/credit's request. */
export function creditRef(id: Uint8Array): Uint8Array {
  return new CanonicalWriter().header(CREDIT_REF_TAG, 1).fixed(id, 32).toBytes();
}

/** BillRef: ebl/bill's and ebl/data's request. */
export function billRef(id: Uint8Array): Uint8Array {
  return new CanonicalWriter().header(BILL_REF_TAG, 1).fixed(id, 32).toBytes();
}

/** DocumentRef: documents/document's and documents/sealed's request (envelope: which copy). */
export function documentRef(id: Uint8Array, envelope: number): Uint8Array {
  return new CanonicalWriter().header(DOCUMENT_REF_TAG, 1).fixed(id, 32).u16(envelope).toBytes();
}
