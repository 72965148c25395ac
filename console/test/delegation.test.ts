// The identity/delegation query request the sign-in screen builds, byte for byte as the Java codec
// writes it (test/fixtures/delegation.json, checked by the Java DelegationFixturesTest).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { parseAccountId, SignInError } from '../src/auth/signInAccount.ts';
import { isLive, revokeDelegation, sessionKeyRequest } from '../src/trade/delegation.ts';

const fixture = JSON.parse(readFileSync(new URL('../../../test/fixtures/delegation.json', import.meta.url), 'utf8'));

test('the session key request encodes as SessionKey.CODEC does', () => {
  assert.ok(fixture.sessionKeys.length > 0);
  for (const k of fixture.sessionKeys) {
    assert.equal(toHex(sessionKeyRequest(fromHex(k.publicKey))), k.sessionKeyRequest);
  }
});

test('the revoke-delegation body encodes as the action\'s codec does', () => {
  for (const k of fixture.sessionKeys) {
    assert.equal(toHex(revokeDelegation(fromHex(k.publicKey))), k.revokeBody);
  }
});

test('a delegation is live until its expiry, by block time', () => {
  const d = { account: '', key: { suite: 'ED25519', bytes: '' }, expiresAtMillis: '1000', scope: [] };
  assert.equal(isLive(d, 999), true);
  assert.equal(isLive(d, 1000), false);
});

test('an account id typed in must be 64 hex digits', () => {
  assert.equal(toHex(parseAccountId(' ' + 'AB'.repeat(32) + '\n')), 'ab'.repeat(32));
  for (const bad of ['', 'ab', 'zz'.repeat(32), 'ab'.repeat(33)]) {
    assert.throws(() => parseAccountId(bad), (e: unknown) => e instanceof SignInError && e.problem === 'BAD_ACCOUNT_ID');
  }
});
