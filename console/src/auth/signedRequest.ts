import * as ed from '@noble/ed25519';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../chain/hex.ts';
import type { SigningKey } from '../chain/transaction.ts';

/**
 * A member's signed read (node/.../api/RequestAuth): the node serves confidential answers only to
 * a request signed by one of the account's keys. The signed message is the domain, the method, the
 * path with its raw query string, the hex SHA-256 of the body and the timestamp, one per line.
 */
const DOMAIN = 'silkchain-api-request-v1';

export function requestMessage(method: string, pathAndQuery: string, body: Uint8Array, timestamp: number): Uint8Array {
  return new TextEncoder().encode([DOMAIN, method, pathAndQuery, toHex(sha256(body)), String(timestamp)].join('\n'));
}

/** The three headers of a signed request; `account` is the account id the key signs for. */
export function signedHeaders(
  key: SigningKey,
  account: Uint8Array,
  method: string,
  pathAndQuery: string,
  body: Uint8Array = new Uint8Array(0),
  now: number = Date.now(),
): Record<string, string> {
  const signature = ed.sign(requestMessage(method, pathAndQuery, body, now), key.secret);
  return {
    'X-Silkchain-Account': toHex(account),
    'X-Silkchain-Timestamp': String(now),
    'X-Silkchain-Signature': toHex(signature),
  };
}
