import { CanonicalWriter } from '../chain/canonical.ts';
import { SUITE_ED25519 } from '../chain/transaction.ts';

/**
 * Delegated session keys (trade/.../identity/Delegating): the request of the identity/delegation
 * query and its JSON answer. The request is SessionKey (0x0942): a header, then the key as
 * PublicKey.CODEC writes it. test/delegation.test.ts checks it against bytes the Java codec wrote.
 */
export const SESSION_KEY_TAG = 0x0942;

export function sessionKeyRequest(publicKey: Uint8Array): Uint8Array {
  return new CanonicalWriter().header(SESSION_KEY_TAG, 1).u8(SUITE_ED25519).fixed(publicKey, 32).toBytes();
}

/** The body of identity/revoke-delegation: SessionKey again, the key to revoke. */
export const revokeDelegation = sessionKeyRequest;

/** A delegation is live while the block time is before its expiry (exclusive). */
export function isLive(d: DelegationJson, blockTimeMillis: number): boolean {
  return blockTimeMillis < Number(d.expiresAtMillis);
}

/** The identity/delegations answer (trade/.../identity/AccountDelegations). */
export interface AccountDelegationsJson {
  delegations: DelegationJson[];
}

/** A public key as the API's JSON answers render PublicKey: its suite by name, its bytes in hex. */
export interface PublicKeyJson {
  suite: string;
  bytes: string;
}

/** The identity/delegation answer (runtime/.../account/Delegation). */
export interface DelegationJson {
  account: string;
  key: PublicKeyJson;
  /** Block time, Unix ms, exclusive; a decimal string as the API writes 64-bit integers. */
  expiresAtMillis: string;
  scope: string[];
}

/** The identity/account answer, the parts sign-in reads. */
export interface AccountJson {
  keys: PublicKeyJson[];
  threshold: number;
  frozen: boolean;
}
