import { CanonicalWriter, compareBytes } from '../chain/canonical.ts';
import { concat, fromHex, toHex } from '../chain/hex.ts';
import { commitmentOf, KEY_SIZE, keyEncryptionKey, MAX_CIPHERTEXT, NONCE_SIZE, payloadAad, SALT_SIZE, SUITE_ED25519, type SealedJson } from './sealed.ts';
import { x25519Agree, x25519PublicKey } from './x25519.ts';

/**
 * Sealing in the browser, the inverse of `openSealed`, as Sealer, EnvelopeCipher and X25519KeyWrap
 * do it for the ED25519 suite: a fresh salt, data key and nonce, the data key wrapped to each
 * recipient through its own ephemeral X25519 key, the salted content under AES-256-GCM with the
 * recipient list as associated data, and the salted commitment. All randomness comes from
 * `crypto.getRandomValues`, so sealing happens only in clients, as on the Java side.
 */

const SEALED_TAG = 0x0d01;
const ENVELOPE_TAG = 0x0201;

/** Something that fills bytes with randomness: `crypto.getRandomValues` unless a test says otherwise. */
export type Random = (bytes: Uint8Array<ArrayBuffer>) => void;

const secureRandom: Random = (bytes) => {
  globalThis.crypto.getRandomValues(bytes);
};

function randomBytes(random: Random, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  random(out);
  return out;
}

async function aesGcmSeal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('the browser offers no WebCrypto here: open the console over HTTPS or on localhost');
  const k = await subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt']);
  return new Uint8Array(
    await subtle.encrypt(
      { name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer>, additionalData: aad as Uint8Array<ArrayBuffer> },
      k,
      plaintext as Uint8Array<ArrayBuffer>,
    ),
  );
}

/** X25519KeyWrap.wrap: ephemeral public key (32) || AES-256-GCM(kek, zero nonce, data key) (48). */
async function wrapDataKey(dataKey: Uint8Array, recipient: Uint8Array, nonce: Uint8Array, random: Random): Promise<Uint8Array> {
  const ephemeral = randomBytes(random, KEY_SIZE);
  try {
    const ephemeralPublic = await x25519PublicKey(ephemeral);
    const shared = await x25519Agree(ephemeral, recipient).catch(() => {
      throw new RangeError(`recipient ${toHex(recipient)} has a low-order X25519 key`);
    });
    const kek = keyEncryptionKey(shared, nonce, ephemeralPublic, recipient);
    const wrapped = await aesGcmSeal(kek, new Uint8Array(NONCE_SIZE), dataKey, new Uint8Array(0));
    kek.fill(0);
    return concat(ephemeralPublic, wrapped);
  } finally {
    ephemeral.fill(0);
  }
}

/**
 * The recipients in EncryptionPublicKey order (suite code, then the key bytes unsigned: all are
 * ED25519 here), refused as EnvelopeCipher refuses them: none, a wrong size, or one twice.
 */
function sortedRecipients(recipients: Uint8Array[]): Uint8Array[] {
  if (recipients.length === 0 || recipients.length > 1024) throw new RangeError(`an envelope has 1..1024 recipients, got ${recipients.length}`);
  const sorted = [...recipients].sort(compareBytes);
  sorted.forEach((r, i) => {
    if (r.length !== KEY_SIZE) throw new RangeError(`an X25519 encryption key has ${KEY_SIZE} bytes, got ${r.length}`);
    if (i > 0 && compareBytes(sorted[i - 1], r) === 0) throw new RangeError(`recipient ${toHex(r)} appears twice`);
  });
  return sorted;
}

/** Sealed content: as the API renders it (what `openSealed` reads) and its canonical encoding. */
export interface SealedContent {
  json: SealedJson;
  /** Sealed.CODEC: what a transaction body carries. */
  bytes: Uint8Array;
}

/**
 * Seals `content` (a module's canonical encoding) for exactly `recipients` (X25519 public keys),
 * as Sealer.seal does.
 */
export async function sealContent(content: Uint8Array, recipients: Uint8Array[], random: Random = secureRandom): Promise<SealedContent> {
  const sorted = sortedRecipients(recipients);
  const salted = concat(randomBytes(random, SALT_SIZE), content);
  const dataKey = randomBytes(random, KEY_SIZE);
  const nonce = randomBytes(random, NONCE_SIZE);
  try {
    const wrappedKeys: { recipient: Uint8Array; wrapped: Uint8Array }[] = [];
    for (const recipient of sorted) wrappedKeys.push({ recipient, wrapped: await wrapDataKey(dataKey, recipient, nonce, random) });
    const ciphertext = await aesGcmSeal(dataKey, nonce, salted, payloadAad(nonce, wrappedKeys));
    if (ciphertext.length > MAX_CIPHERTEXT) throw new RangeError(`sealed content over ${MAX_CIPHERTEXT} bytes`);
    const json: SealedJson = {
      envelope: {
        suite: 'ED25519',
        nonce: toHex(nonce),
        ciphertext: toHex(ciphertext),
        wrappedKeys: wrappedKeys.map((k) => ({ recipient: { suite: 'ED25519', bytes: toHex(k.recipient) }, wrapped: toHex(k.wrapped) })),
      },
      commitment: toHex(commitmentOf(salted)),
    };
    return { json, bytes: encodeSealed(json) };
  } finally {
    dataKey.fill(0);
    salted.fill(0);
  }
}

const hexBytes = fromHex;

/** Sealed.CODEC (header, Envelope.CODEC, commitment) of sealed content in the API's JSON shape. */
export function encodeSealed(sealed: SealedJson): Uint8Array {
  const e = sealed.envelope;
  if (e.suite !== 'ED25519') throw new RangeError(`the console seals ED25519-suite envelopes only, not ${e.suite}`);
  const out = new CanonicalWriter().header(SEALED_TAG, 1).header(ENVELOPE_TAG, 1).u8(SUITE_ED25519).fixed(hexBytes(e.nonce), NONCE_SIZE);
  out.varint(e.wrappedKeys.length);
  for (const k of e.wrappedKeys) out.u8(SUITE_ED25519).fixed(hexBytes(k.recipient.bytes), KEY_SIZE).bytes(hexBytes(k.wrapped));
  return out.bytes(hexBytes(e.ciphertext)).fixed(hexBytes(sealed.commitment), 32).toBytes();
}

/**
 * The keys that content must be sealed to, from the `confidential/recipients` answer (RecipientKeys
 * as JSON): each party's and each mandated regulator's, distinct, as RecipientKeys.keys().
 */
export interface RecipientKeysJson {
  recipients: { account: string; key: { suite: string; bytes: string } }[];
}

export function recipientKeys(answer: RecipientKeysJson): Uint8Array[] {
  const keys = new Map<string, Uint8Array>();
  for (const r of answer.recipients) {
    if (r.key.suite !== 'ED25519') throw new RangeError(`account ${r.account} has a ${r.key.suite} encryption key: the console seals to ED25519-suite keys only`);
    keys.set(r.key.bytes, hexBytes(r.key.bytes));
  }
  return [...keys.values()];
}

/** RecipientsRequest (0x0D03): the request of `confidential/recipients` for these parties. */
export function recipientsRequest(parties: Uint8Array[], jurisdictions: string[] = []): Uint8Array {
  const enc = new TextEncoder();
  return new CanonicalWriter()
    .header(0x0d03, 1)
    .set(parties.map((p) => new CanonicalWriter().fixed(p, 32).toBytes()))
    .set(jurisdictions.map((j) => new CanonicalWriter().bytes(enc.encode(j)).toBytes()))
    .toBytes();
}
