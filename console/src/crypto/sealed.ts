import type { Session } from '../session.ts';

/**
 * Sealed content as the API renders it in JSON (trade/.../confidential/Sealed): an envelope
 * (crypto/.../envelope/Envelope) and the salted commitment to the plaintext.
 */
export interface SealedJson {
  envelope: {
    suite: string;
    nonce: string;
    ciphertext: string;
    wrappedKeys: { recipient: { suite: string; bytes: string }; wrapped: string }[];
  };
  commitment: string;
}

/** An X25519 encryption key opened from the member's encryption.key file, in memory only. */
export interface EncryptionKey {
  secret: Uint8Array;
  publicKey: Uint8Array;
}

/** Why sealed content could not be opened (no encryption key, not a recipient, tampered). */
export class SealedError extends Error {
  constructor(
    readonly problem: 'NO_ENCRYPTION_KEY' | 'NOT_A_RECIPIENT' | 'UNSUPPORTED_SUITE' | 'TAMPERED',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens sealed content with the session's encryption key, in the tab: the plaintext (the module's
 * canonical encoding of the content) never leaves the browser. Contract for the platform branch.
 */
export async function openSealed(_sealed: SealedJson, session: Session): Promise<Uint8Array> {
  if (!session.encryptionKey) {
    throw new SealedError('NO_ENCRYPTION_KEY', 'sign in with the encryption key file to read confidential content');
  }
  throw new SealedError('UNSUPPORTED_SUITE', 'opening sealed content is not built yet');
}
