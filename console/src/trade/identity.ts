import { CanonicalWriter } from '../chain/canonical.ts';
import { CanonicalReader } from '../chain/reader.ts';
import { sha256 } from '@noble/hashes/sha2.js';
import { concat } from '../chain/hex.ts';
import { encodePublicKey } from '../chain/transaction.ts';

/** Requests and answers of the identity module's queries (trade/.../identity). */
const ACCOUNT_TARGET_TAG = 0x0913;
const OPEN_CUSTOMER_TAG = 0x0910;
/** HashDomains.ACCOUNT_ID. */
const DOMAIN_ACCOUNT_ID = 0x12;
/** Identities.customerAccountId's record prefix: "customer\0". */
const CUSTOMER_PREFIX = new TextEncoder().encode('customer\u0000');

/** ISO 3166 alpha-2, as Member.COUNTRY takes it. */
export const COUNTRY = /^[A-Z]{2}$/;

/**
 * OpenCustomer: body of identity/open-customer, a bank opening the account of a customer holding
 * one Ed25519 key (threshold 1) and attesting the hash of its KYC dossier.
 */
export function openCustomer(publicKey: Uint8Array, kycHash: Uint8Array, jurisdiction: string): Uint8Array {
  if (!COUNTRY.test(jurisdiction)) {
    throw new RangeError('jurisdiction: ISO 3166 alpha-2, two capital letters');
  }
  return new CanonicalWriter()
    .header(OPEN_CUSTOMER_TAG, 1)
    .set([encodePublicKey(publicKey)])
    .u8(1)
    .fixed(kycHash, 32)
    .string(jurisdiction)
    .toBytes();
}

/**
 * Identities.customerAccountId for one key: H(0x12 || "customer\0" || bank || set{key}). The
 * customer's id depends on the bank that opened it, so it is not the id its key alone derives.
 */
export function customerAccountId(bank: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const record = new CanonicalWriter().raw(CUSTOMER_PREFIX).fixed(bank, 32).set([encodePublicKey(publicKey)]).toBytes();
  return sha256(concat(Uint8Array.of(DOMAIN_ACCOUNT_ID), record));
}

/** Role codes of runtime/.../account/Role, by label. */
export const ROLES = [
  'central-bank',
  'commercial-bank',
  'trader',
  'carrier',
  'customs',
  'insurer',
  'ip-office',
  'regulator',
  'governance-secretariat',
] as const;
export type Role = (typeof ROLES)[number];

export function accountTarget(account: Uint8Array): Uint8Array {
  return new CanonicalWriter().header(ACCOUNT_TARGET_TAG, 1).fixed(account, 32).toBytes();
}

export interface AccountRecord {
  nonce: bigint;
  threshold: number;
  keyCount: number;
  roles: Role[];
  frozen: boolean;
}

function roles(r: CanonicalReader, field: string): Role[] {
  const n = r.varint(field, ROLES.length);
  const out: Role[] = [];
  for (let i = 0; i < n; i++) {
    const code = r.u8(field);
    const role = ROLES[code];
    if (role === undefined) {
      throw new RangeError(`${field}: unknown role ${code}`);
    }
    out.push(role);
  }
  return out;
}

/** AccountRecord (0x0802), the answer of identity/account. */
export function decodeAccountRecord(response: Uint8Array): AccountRecord {
  const r = new CanonicalReader(response);
  r.header('account', 0x0802, 1);
  const nonce = r.u63('account.nonce');
  const keyCount = r.varint('account.keys', 16);
  for (let i = 0; i < keyCount; i++) {
    const suite = r.u8('account.key.suite');
    r.fixed('account.key', suite === 2 ? 33 : 32);
  }
  const threshold = r.u8('account.threshold');
  const rs = roles(r, 'account.roles');
  const frozen = r.u8('account.frozen') === 1;
  r.end('account');
  return { nonce, threshold, keyCount, roles: rs, frozen };
}

export interface Member {
  id: string;
  name: string;
  roles: Role[];
  jurisdiction: string;
  bic?: string;
}

/** Member (0x0901), the answer of identity/member. */
export function decodeMember(response: Uint8Array): Member {
  const r = new CanonicalReader(response);
  r.header('member', 0x0901, 1);
  const id = r.string('member.id', 32);
  const name = r.string('member.name', 560);
  const rs = roles(r, 'member.roles');
  const jurisdiction = r.string('member.jurisdiction', 2);
  const bic = r.optional('member.bic', () => r.string('member.bic', 11));
  r.fixed('member.account', 32);
  r.end('member');
  return { id, name, roles: rs, jurisdiction, bic };
}
