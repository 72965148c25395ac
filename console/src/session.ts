import { useEffect, useState } from 'preact/hooks';
import type { SigningKey } from './chain/transaction.ts';
import type { EncryptionKey } from './crypto/sealed.ts';
import type { Member, Role } from './trade/identity.ts';

/**
 * Who is signed in, kept in this tab's memory only: never in storage, never sent. Closing or
 * reloading the tab signs out; so does {@link signOut}, which also wipes the secret.
 */
export interface Session {
  /** The key that signs: the member's own, or a session key delegated to it (see `delegated`). */
  key: SigningKey;
  accountId: Uint8Array;
  member?: Member;
  /** The account's roles (identity/account): a bank's customer has `trader` but no member entry. */
  roles: Role[];
  /** The member's encryption key, when its file was opened too: needed to read sealed content. */
  encryptionKey?: EncryptionKey;
  /** Set when `key` is a delegated session key: until when (block time, Unix ms) it may sign. */
  delegated?: { expiresAtMillis: bigint };
}

let current: Session | undefined;
const listeners = new Set<(s: Session | undefined) => void>();

export function signIn(session: Session): void {
  current = session;
  listeners.forEach((l) => l(current));
}

export function signOut(): void {
  current?.key.secret.fill(0);
  current?.encryptionKey?.secret.fill(0);
  current = undefined;
  listeners.forEach((l) => l(current));
}

export function useSession(): Session | undefined {
  const [s, setS] = useState(current);
  useEffect(() => {
    listeners.add(setS);
    return () => void listeners.delete(setS);
  }, []);
  return s;
}
