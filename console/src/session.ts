import { useEffect, useState } from 'preact/hooks';
import type { SigningKey } from './chain/transaction.ts';
import type { Member } from './trade/identity.ts';

/**
 * Who is signed in, kept in this tab's memory only: never in storage, never sent. Closing or
 * reloading the tab signs out; so does {@link signOut}, which also wipes the secret.
 */
export interface Session {
  key: SigningKey;
  accountId: Uint8Array;
  member?: Member;
}

let current: Session | undefined;
const listeners = new Set<(s: Session | undefined) => void>();

export function signIn(session: Session): void {
  current = session;
  listeners.forEach((l) => l(current));
}

export function signOut(): void {
  current?.key.secret.fill(0);
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
