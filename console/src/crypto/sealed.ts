import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { CanonicalWriter } from '../chain/canonical.ts';
import { toHex } from '../chain/hex.ts';
import type { Session } from '../session.ts';
import { x25519Agree, type EncryptionKey } from './x25519.ts';

export type { EncryptionKey } from './x25519.ts';

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

/** Why sealed content could not be opened (no encryption key, not a recipient, tampered). */
export class SealedError extends Error {
  constructor(
    readonly problem: 'NO_ENCRYPTION_KEY' | 'NOT_A_RECIPIENT' | 'UNSUPPORTED_SUITE' | 'TAMPERED',
    message: string,
  ) {
    super(message);
  }
}

// EnvelopeCipher, X25519KeyWrap and Sealer of the Java side, for the ED25519 suite.
export const SUITE_ED25519 = 1;
const PAYLOAD_AAD_TAG = 0x0202;
const KEK_INFO_TAG = 0x0203;
export const NONCE_SIZE = 12;
export const KEY_SIZE = 32;
const WRAPPED_SIZE = 80;
const TAG_SIZE = 16;
export const SALT_SIZE = 32;
const SEALED_AAD = new TextEncoder().encode('silkchain/sealed/v1');
const COMMITMENT_DOMAIN = new TextEncoder().encode('silkchain/sealed');
/** Sealed.MAX_ENVELOPE_BYTES: what a transaction may carry. */
export const MAX_CIPHERTEXT = 256 * 1024;

const tampered = (why: string): never => {
  throw new SealedError('TAMPERED', why);
};

function hex(value: unknown, size: number | undefined, field: string): Uint8Array<ArrayBuffer> {
  if (typeof value !== 'string' || value.length % 2 !== 0 || !/^[0-9a-f]*$/.test(value)) tampered(`${field}: not hex`);
  const text = value as string;
  if (size !== undefined && text.length !== 2 * size) tampered(`${field}: expected ${size} bytes`);
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

async function aesGcmOpen(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Promise<Uint8Array | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new SealedError('UNSUPPORTED_SUITE', 'the browser offers no WebCrypto here');
  try {
    const k = await subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['decrypt']);
    return new Uint8Array(
      await subtle.decrypt(
        { name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer>, additionalData: aad as Uint8Array<ArrayBuffer> },
        k,
        ciphertext as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    return undefined;
  }
}

/**
 * X25519KeyWrap's key-encryption key: HKDF-SHA-256 of the shared secret (wiped here) with the
 * tagged info binding the suite, the payload nonce, the ephemeral key and the recipient.
 */
export function keyEncryptionKey(shared: Uint8Array, nonce: Uint8Array, ephemeral: Uint8Array, recipient: Uint8Array): Uint8Array {
  const info = new CanonicalWriter()
    .header(KEK_INFO_TAG, 1)
    .u8(SUITE_ED25519)
    .fixed(nonce, NONCE_SIZE)
    .fixed(ephemeral, KEY_SIZE)
    .fixed(recipient, KEY_SIZE)
    .toBytes();
  const kek = hkdf(sha256, shared, new Uint8Array(0), info, 32);
  shared.fill(0);
  return kek;
}

/**
 * EnvelopeCipher's payload associated data: the suite, the nonce, every wrapped key with its
 * recipient (so the recipient list cannot be changed) and Sealer's fixed aad.
 */
export function payloadAad(nonce: Uint8Array, wrappedKeys: { recipient: Uint8Array; wrapped: Uint8Array }[]): Uint8Array {
  const aad = new CanonicalWriter().header(PAYLOAD_AAD_TAG, 1).u8(SUITE_ED25519).fixed(nonce, NONCE_SIZE).varint(wrappedKeys.length);
  for (const k of wrappedKeys) aad.u8(SUITE_ED25519).fixed(k.recipient, KEY_SIZE).bytes(k.wrapped);
  return aad.bytes(SEALED_AAD).toBytes();
}

/** Sealer.commitment: H("silkchain/sealed" || salt || content), the plaintext being salt || content. */
export function commitmentOf(saltedContent: Uint8Array): Uint8Array {
  return sha256(new Uint8Array([...COMMITMENT_DOMAIN, ...saltedContent]));
}

/** X25519KeyWrap.unwrap: ephemeral key agreement, HKDF-SHA-256 with the tagged info, AES-GCM. */
async function unwrapDataKey(wrapped: Uint8Array, me: EncryptionKey, nonce: Uint8Array): Promise<Uint8Array | undefined> {
  const ephemeral = wrapped.subarray(0, KEY_SIZE);
  let shared: Uint8Array;
  try {
    shared = await x25519Agree(me.secret, ephemeral);
  } catch {
    return undefined;
  }
  const kek = keyEncryptionKey(shared, nonce, ephemeral, me.publicKey);
  const dataKey = await aesGcmOpen(kek, new Uint8Array(NONCE_SIZE), wrapped.subarray(KEY_SIZE), new Uint8Array(0));
  kek.fill(0);
  return dataKey;
}

/**
 * Opens sealed content with the session's encryption key, in the tab: the plaintext (the module's
 * canonical encoding of the content) never leaves the browser. As Sealer.openWithSalt does: the
 * envelope opens only for a recipient, with the recipient list and associated data it was sealed
 * with, and the salted content must match the commitment the chain carries. Returns the content
 * without its salt.
 */
export async function openSealed(sealed: SealedJson, session: Session): Promise<Uint8Array> {
  const me = session.encryptionKey;
  if (!me) {
    throw new SealedError('NO_ENCRYPTION_KEY', 'sign in with the encryption key file to read confidential content');
  }
  const envelope = sealed?.envelope;
  if (!envelope || !Array.isArray(envelope.wrappedKeys)) tampered('not a sealed envelope');
  if (envelope.suite !== 'ED25519') {
    throw new SealedError('UNSUPPORTED_SUITE', `the console opens ED25519-suite envelopes only, not ${envelope.suite}`);
  }
  const nonce = hex(envelope.nonce, NONCE_SIZE, 'envelope.nonce');
  const ciphertext = hex(envelope.ciphertext, undefined, 'envelope.ciphertext');
  if (ciphertext.length < TAG_SIZE || ciphertext.length > MAX_CIPHERTEXT) tampered('envelope.ciphertext: size');
  const commitment = hex(sealed.commitment, 32, 'commitment');
  const mine = toHex(me.publicKey);
  let myWrapped: Uint8Array | undefined;
  const keys = envelope.wrappedKeys.map((k, i) => {
    if (k?.recipient?.suite !== 'ED25519') tampered(`envelope.wrappedKeys[${i}]: another suite`);
    const recipient = hex(k.recipient.bytes, KEY_SIZE, `envelope.wrappedKeys[${i}].recipient`);
    const wrapped = hex(k.wrapped, WRAPPED_SIZE, `envelope.wrappedKeys[${i}].wrapped`);
    if (k.recipient.bytes === mine) myWrapped = wrapped;
    return { recipient, wrapped };
  });
  const aad = payloadAad(nonce, keys);
  if (!myWrapped) {
    throw new SealedError('NOT_A_RECIPIENT', `this encryption key is not among the ${envelope.wrappedKeys.length} recipients`);
  }
  const dataKey = await unwrapDataKey(myWrapped, me, nonce);
  if (!dataKey || dataKey.length !== KEY_SIZE) tampered('the data key wrapped to this key does not decrypt');
  const plaintext = await aesGcmOpen(dataKey!, nonce, ciphertext, aad);
  dataKey!.fill(0);
  if (!plaintext) tampered('payload, associated data or recipient list does not authenticate');
  if (plaintext!.length < SALT_SIZE) tampered('sealed plaintext shorter than its salt');
  const expected = commitmentOf(plaintext!);
  if (toHex(expected) !== toHex(commitment)) tampered(`the content does not match the commitment ${sealed.commitment}`);
  return plaintext!.slice(SALT_SIZE);
}
