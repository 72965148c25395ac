// Sealing in the browser (src/crypto/seal.ts) against the Java Sealer: what the browser seals opens
// with the same openSealed that opens Java's envelopes, for its recipients only; its bytes are a
// canonical Sealed; and the Sealed encoding matches Java's byte for byte (fixtures/carrier.json).
// The other direction, Java opening a browser envelope, is CarrierFixturesTest with ts-sealed.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compareBytes } from '../src/chain/canonical.ts';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { CanonicalReader } from '../src/chain/reader.ts';
import { encodeSealed, recipientKeys, recipientsRequest, sealContent } from '../src/crypto/seal.ts';
import { openSealed, SealedError, type SealedJson } from '../src/crypto/sealed.ts';
import type { Session } from '../src/session.ts';
import { CARRIER, CONSIGNEE, SHIPPER } from './billSample.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../test/fixtures/${name}.json`, import.meta.url), 'utf8'));
const keys = fixture('sealed');
const carrier = fixture('carrier');
const tsSealed = fixture('ts-sealed');

const session = (key: { secret: string; publicKey: string }) =>
  ({ encryptionKey: { secret: fromHex(key.secret), publicKey: fromHex(key.publicKey) } }) as unknown as Session;
const problem = (p: string) => (e: unknown) => e instanceof SealedError && e.problem === p;
const content = new TextEncoder().encode('Bill of lading 提单 SLK-2026-0042');
const recipients = () => [fromHex(keys.secondRecipient.publicKey), fromHex(keys.recipient.publicKey)];

test('each recipient opens what the browser sealed, with the code path that opens Java envelopes', async () => {
  const sealed = await sealContent(content, recipients());
  for (const key of [keys.recipient, keys.secondRecipient]) {
    assert.equal(toHex(await openSealed(sealed.json, session(key))), toHex(content));
  }
  // ... and that same path opens the Java Sealer's envelope of fixtures/carrier.json.
  assert.equal(toHex(await openSealed(carrier.sealedJson, session(keys.recipient))), carrier.billData);
});

test('a key the content was not sealed to cannot open it', async () => {
  const sealed = await sealContent(content, recipients());
  await assert.rejects(openSealed(sealed.json, session(keys.outsider)), problem('NOT_A_RECIPIENT'));
});

test('every seal is fresh: salt, data key, nonce and ephemeral keys', async () => {
  const a = await sealContent(content, recipients());
  const b = await sealContent(content, recipients());
  assert.notEqual(a.json.commitment, b.json.commitment);
  assert.notEqual(a.json.envelope.nonce, b.json.envelope.nonce);
  assert.notEqual(a.json.envelope.wrappedKeys[0].wrapped.slice(0, 64), a.json.envelope.wrappedKeys[1].wrapped.slice(0, 64));
});

/** Sealed.CODEC read back field by field, as the Java decoder checks it. */
function decode(bytes: Uint8Array): SealedJson {
  const r = new CanonicalReader(bytes);
  r.header('sealed', 0x0d01, 1);
  r.header('envelope', 0x0201, 1);
  assert.equal(r.u8('suite'), 1);
  const nonce = toHex(r.fixed('nonce', 12));
  const n = r.varint('wrappedKeys', 1024);
  const wrappedKeys = [];
  for (let i = 0; i < n; i++) {
    assert.equal(r.u8('recipient.suite'), 1);
    const recipient = toHex(r.fixed('recipient', 32));
    wrappedKeys.push({ recipient: { suite: 'ED25519', bytes: recipient }, wrapped: toHex(r.bytes('wrapped', 128)) });
  }
  const ciphertext = toHex(r.bytes('ciphertext', 256 * 1024));
  const commitment = toHex(r.fixed('commitment', 32));
  r.end('sealed');
  return { envelope: { suite: 'ED25519', nonce, ciphertext, wrappedKeys }, commitment };
}

test('the canonical bytes decode back: sorted recipients, 80-byte wrapped keys, payload, commitment', async () => {
  const sealed = await sealContent(content, recipients());
  const back = decode(sealed.bytes);
  assert.deepEqual(back, sealed.json);
  const order = back.envelope.wrappedKeys.map((k) => fromHex(k.recipient.bytes));
  assert.ok(compareBytes(order[0], order[1]) < 0, 'strictly ascending as EncryptionPublicKey.compareTo');
  back.envelope.wrappedKeys.forEach((k) => assert.equal(k.wrapped.length, 160));
  assert.equal(back.envelope.ciphertext.length, 2 * (32 + content.length + 16));
  assert.equal(toHex(await openSealed(back, session(keys.recipient))), toHex(content));
});

test('the Sealed encoding is byte for byte the Java Sealed.CODEC', () => {
  assert.equal(toHex(encodeSealed(carrier.sealedJson)), carrier.sealed);
  assert.deepEqual(decode(fromHex(carrier.sealed)), carrier.sealedJson);
});

test('the checked-in browser sample (opened by Java) still opens here', async () => {
  const sealed = decode(fromHex(tsSealed.sealed));
  assert.equal(toHex(await openSealed(sealed, session(keys.secondRecipient))), tsSealed.content);
});

test('recipients: none, twice, or a wrong size are refused as EnvelopeCipher refuses them', async () => {
  await assert.rejects(sealContent(content, []), RangeError);
  await assert.rejects(sealContent(content, [recipients()[0], recipients()[0]]), RangeError);
  await assert.rejects(sealContent(content, [new Uint8Array(31)]), RangeError);
});

test('the recipients request and answer', () => {
  assert.equal(toHex(recipientsRequest([SHIPPER, CARRIER, CONSIGNEE], ['SG', 'CN'])), carrier.recipientsRequest);
  const k = keys.recipient.publicKey;
  const answer = {
    recipients: [
      { account: '11'.repeat(32), key: { suite: 'ED25519', bytes: k } },
      { account: '44'.repeat(32), key: { suite: 'ED25519', bytes: k } },
    ],
  };
  assert.deepEqual(recipientKeys(answer).map(toHex), [k]);
  assert.throws(() => recipientKeys({ recipients: [{ account: '11'.repeat(32), key: { suite: 'SM2_SM3', bytes: '00' } }] }), RangeError);
});
