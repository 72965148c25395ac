import { concat, fromHex } from '../chain/hex.ts';

/**
 * X25519 through WebCrypto (Chromium and Node.js both have it): no curve code of our own and no
 * extra dependency. WebCrypto imports a private key only wrapped (PKCS #8 or JWK), so the raw
 * 32-byte secret of a key file is put in the fixed PKCS #8 frame for OID 1.3.101.110 first.
 */

/** An X25519 encryption key opened from the member's encryption.key file, in memory only. */
export interface EncryptionKey {
  secret: Uint8Array;
  publicKey: Uint8Array;
}

const PKCS8_PREFIX = fromHex('302e020100300506032b656e04220420');
const ALGORITHM = { name: 'X25519' };

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('the browser offers no WebCrypto here: open the console over HTTPS or on localhost');
  return s;
}

function privateKey(secret: Uint8Array, extractable: boolean): Promise<CryptoKey> {
  if (secret.length !== 32) throw new RangeError('an X25519 secret has 32 bytes');
  const framed = concat(PKCS8_PREFIX, secret) as Uint8Array<ArrayBuffer>;
  return subtle()
    .importKey('pkcs8', framed, ALGORITHM, extractable, ['deriveBits'])
    .finally(() => framed.fill(0));
}

function base64UrlDecode(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The public key X25519(secret, 9). */
export async function x25519PublicKey(secret: Uint8Array): Promise<Uint8Array> {
  const jwk = await subtle().exportKey('jwk', await privateKey(secret, true));
  if (!jwk.x) throw new Error('WebCrypto gave no X25519 public key');
  return base64UrlDecode(jwk.x);
}

/**
 * The shared secret X25519(secret, publicKey). WebCrypto refuses an all-zero result (a small-order
 * public key), as the Java X25519.agree does.
 */
export async function x25519Agree(secret: Uint8Array, publicKey: Uint8Array): Promise<Uint8Array> {
  const s = subtle();
  const theirs = await s.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, ALGORITHM, false, []);
  const shared = new Uint8Array(await s.deriveBits({ name: 'X25519', public: theirs }, await privateKey(secret, false), 256));
  if (shared.every((b) => b === 0)) throw new Error('small-order X25519 public key');
  return shared;
}
