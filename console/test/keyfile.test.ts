// The browser opens key files written by the Java KeyFileCipher (the fixture's keyFile).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { toHex } from '../src/chain/hex.ts';
import { KeyFileError, openSigningKey, parseKeyFile } from '../src/keys/keyfile.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/java.json', import.meta.url), 'utf8'));

test('a Java key file opens with its passphrase to the same key', async () => {
  const key = await openSigningKey(parseKeyFile(java.keyFile), java.keyFilePassphrase);
  assert.equal(toHex(key.secret), java.seed);
  assert.equal(toHex(key.publicKey), java.publicKey);
});

test('a wrong passphrase is WRONG_PASSPHRASE', async () => {
  await assert.rejects(openSigningKey(parseKeyFile(java.keyFile), 'correct horse'), (e: unknown) => e instanceof KeyFileError && e.problem === 'WRONG_PASSPHRASE');
});

test('a modified header fails authentication: the header is associated data', async () => {
  // Same scrypt costs and key, one nibble of the public key line changed, so parsing succeeds.
  const tampered = java.keyFile.replace(/public-key=(.)/, (_: string, c: string) => `public-key=${c === '0' ? '1' : '0'}`);
  await assert.rejects(openSigningKey(parseKeyFile(tampered), java.keyFilePassphrase), (e: unknown) => e instanceof KeyFileError && e.problem === 'WRONG_PASSPHRASE');
});

test('the parser is as strict as the Java one', () => {
  const problem = (text: string) => {
    try {
      parseKeyFile(text);
      return 'parsed';
    } catch (e) {
      return (e as KeyFileError).problem;
    }
  };
  assert.equal(problem(java.keyFile), 'parsed');
  assert.equal(problem(java.keyFile.slice(0, -1)), 'MALFORMED');
  assert.equal(problem(java.keyFile.replace('version=1', 'version=2')), 'UNSUPPORTED_VERSION');
  assert.equal(problem(java.keyFile.replace('scrypt-log2-n=10', 'scrypt-log2-n=30')), 'UNSUPPORTED_PARAMETERS');
  assert.equal(problem(java.keyFile.replace('kdf=scrypt\n', '')), 'MALFORMED');
  assert.equal(problem(java.keyFile.replace('\n', '\r\n')), 'MALFORMED');
  assert.equal(problem('x'.repeat(5000)), 'MALFORMED');
});
