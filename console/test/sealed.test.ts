// The browser opens content sealed by the Java Sealer (fixtures/sealed.json, SealedFixturesTest),
// and an encryption key file written by the Java KeyFileCipher.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { openSealed, SealedError, type SealedJson } from '../src/crypto/sealed.ts';
import { x25519PublicKey } from '../src/crypto/x25519.ts';
import { KeyFileError, openEncryptionKey, openSigningKey, parseKeyFile } from '../src/keys/keyfile.ts';
import type { Session } from '../src/session.ts';

const fixture = JSON.parse(readFileSync(new URL('../../../test/fixtures/sealed.json', import.meta.url), 'utf8'));
const sealed: SealedJson = fixture.sealed;

const session = (key: { secret: string; publicKey: string }) =>
  ({ encryptionKey: { secret: fromHex(key.secret), publicKey: fromHex(key.publicKey) } }) as unknown as Session;

const problem = (p: string) => (e: unknown) => e instanceof SealedError && e.problem === p;

const copy = (): SealedJson => JSON.parse(JSON.stringify(sealed));

test('each recipient opens the exact content, without the salt', async () => {
  for (const key of [fixture.recipient, fixture.secondRecipient]) {
    const content = await openSealed(sealed, session(key));
    assert.equal(toHex(content), fixture.content);
    assert.equal(new TextDecoder().decode(content), fixture.contentText);
  }
});

test('WebCrypto X25519 derives the public keys Java derives', async () => {
  for (const key of [fixture.recipient, fixture.secondRecipient, fixture.outsider]) {
    assert.equal(toHex(await x25519PublicKey(fromHex(key.secret))), key.publicKey);
  }
});

test('a key the content was not sealed to is NOT_A_RECIPIENT', async () => {
  await assert.rejects(openSealed(sealed, session(fixture.outsider)), problem('NOT_A_RECIPIENT'));
});

test('no encryption key is NO_ENCRYPTION_KEY', async () => {
  await assert.rejects(openSealed(sealed, {} as Session), problem('NO_ENCRYPTION_KEY'));
});

test('a flipped ciphertext byte is TAMPERED', async () => {
  const s = copy();
  const c = s.envelope.ciphertext;
  s.envelope.ciphertext = (c[0] === '0' ? '1' : '0') + c.slice(1);
  await assert.rejects(openSealed(s, session(fixture.recipient)), problem('TAMPERED'));
});

test('a wrong commitment is TAMPERED, though the envelope opens', async () => {
  const s = copy();
  s.commitment = (s.commitment[0] === '0' ? '1' : '0') + s.commitment.slice(1);
  await assert.rejects(openSealed(s, session(fixture.recipient)), problem('TAMPERED'));
});

test('a recipient removed from the list is TAMPERED for the others: the list is associated data', async () => {
  const s = copy();
  s.envelope.wrappedKeys = s.envelope.wrappedKeys.filter((k) => k.recipient.bytes === fixture.recipient.publicKey);
  await assert.rejects(openSealed(s, session(fixture.recipient)), problem('TAMPERED'));
});

test('a changed wrapped key and another suite are refused', async () => {
  const s = copy();
  const mine = s.envelope.wrappedKeys.find((k) => k.recipient.bytes === fixture.recipient.publicKey)!;
  mine.wrapped = mine.wrapped.slice(0, -2) + (mine.wrapped.endsWith('00') ? '01' : '00');
  await assert.rejects(openSealed(s, session(fixture.recipient)), problem('TAMPERED'));
  const sm2 = copy();
  sm2.envelope.suite = 'SM2_SM3';
  await assert.rejects(openSealed(sm2, session(fixture.recipient)), problem('UNSUPPORTED_SUITE'));
});

test('a Java encryption key file opens to the X25519 key it holds', async () => {
  const key = await openEncryptionKey(parseKeyFile(fixture.keyFile), fixture.keyFilePassphrase);
  assert.equal(toHex(key.secret), fixture.recipient.secret);
  assert.equal(toHex(key.publicKey), fixture.recipient.publicKey);
  // ... and that key opens the sealed content.
  assert.equal(toHex(await openSealed(sealed, { encryptionKey: key } as unknown as Session)), fixture.content);
});

test('encryption key files: wrong passphrase, wrong kind, key mismatch', async () => {
  const file = parseKeyFile(fixture.keyFile);
  const is = (p: string) => (e: unknown) => e instanceof KeyFileError && e.problem === p;
  await assert.rejects(openEncryptionKey(file, 'wrong'), is('WRONG_PASSPHRASE'));
  await assert.rejects(openSigningKey(file, fixture.keyFilePassphrase), is('WRONG_KIND'));
  await assert.rejects(openEncryptionKey(parseKeyFile(fixture.keyFile.replace('kind=encryption', 'kind=signing')), fixture.keyFilePassphrase), is('WRONG_KIND'));
  // The public key line is associated data: a file claiming another key does not decrypt.
  const other = fixture.keyFile.replace(fixture.recipient.publicKey, fixture.outsider.publicKey);
  await assert.rejects(openEncryptionKey(parseKeyFile(other), fixture.keyFilePassphrase), is('WRONG_PASSPHRASE'));
});
