import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { CanonicalWriter } from './canonical.ts';
import { concat, toHex } from './hex.ts';

// Synchronous SHA-512 for Ed25519, so signing needs no WebCrypto (absent outside secure contexts).
ed.hashes.sha512 = sha512;

/**
 * Transactions as the ledger module defines them (TransactionBody, SignedTransaction,
 * AccountId): built, hashed and signed in the browser for a network of the Ed25519 suite (SHA-256
 * hashing). SM2/SM3 networks are not supported in the browser yet.
 */
export const SUITE_ED25519 = 1;
const TX_BODY_TAG = 0x0302;
const SIGNED_TX_TAG = 0x0303;
/** HashDomains.TRANSACTION_ID and ACCOUNT_ID. */
const DOMAIN_TRANSACTION_ID = 0x10;
const DOMAIN_ACCOUNT_ID = 0x12;
/** TransactionBody.SIGN_DOMAIN: "silkchain/tx/v1\0". */
const SIGN_DOMAIN = new TextEncoder().encode('silkchain/tx/v1\u0000');

export interface Payload {
  module: string;
  action: string;
  body: Uint8Array;
}

export interface TransactionBody {
  chainId: string;
  sender: Uint8Array;
  nonce: bigint;
  validFrom: bigint;
  validUntil: bigint;
  payload: Payload;
}

export interface SigningKey {
  /** The 32-byte Ed25519 seed, as stored in a key file. */
  secret: Uint8Array;
  publicKey: Uint8Array;
}

export const ALWAYS_VALID = { validFrom: 0n, validUntil: 0x7fff_ffff_ffff_ffffn };

/** PublicKey.CODEC: suite code, then the key bytes. */
export function encodePublicKey(publicKey: Uint8Array): Uint8Array {
  return new CanonicalWriter().u8(SUITE_ED25519).fixed(publicKey, 32).toBytes();
}

/** AccountId.fromInitialKeys for one key: H(0x12 || set{publicKey}). */
export function accountIdOf(publicKey: Uint8Array): Uint8Array {
  const record = new CanonicalWriter().set([encodePublicKey(publicKey)]).toBytes();
  return sha256(concat(Uint8Array.of(DOMAIN_ACCOUNT_ID), record));
}

export function encodeBody(b: TransactionBody): Uint8Array {
  return new CanonicalWriter()
    .header(TX_BODY_TAG, 1)
    .string(b.chainId)
    .fixed(b.sender, 32)
    .u63(b.nonce)
    .u63(b.validFrom)
    .u63(b.validUntil)
    .string(b.payload.module)
    .string(b.payload.action)
    .bytes(b.payload.body)
    .toBytes();
}

/** The transaction id, H(0x10 || body encoding), in hex as the API shows it. */
export function transactionId(b: TransactionBody): string {
  return toHex(sha256(concat(Uint8Array.of(DOMAIN_TRANSACTION_ID), encodeBody(b))));
}

/** SignedTransaction.CODEC with one signer (a one-element list needs no sorting). */
export function signTransaction(b: TransactionBody, key: SigningKey): Uint8Array {
  const signature = ed.sign(concat(SIGN_DOMAIN, encodeBody(b)), key.secret);
  return new CanonicalWriter()
    .header(SIGNED_TX_TAG, 1)
    .raw(encodeBody(b))
    .varint(1)
    .raw(encodePublicKey(key.publicKey))
    .fixed(signature, 64)
    .toBytes();
}

export function publicKeyOf(secret: Uint8Array): Uint8Array {
  return ed.getPublicKey(secret);
}
