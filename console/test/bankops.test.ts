// The commercial bank's onboarding and PvP offer against bytes the Java codecs wrote
// (test/fixtures/bankops.json, checked by the Java BankOpsFixturesTest). A mismatch means the
// console would sign a body the module decodes differently, or show the wrong new account.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { customerAccountId, openCustomer } from '../src/trade/identity.ts';
import { pvpTerms } from '../src/trade/payments.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/bankops.json', import.meta.url), 'utf8'));

test('the open-customer body encodes as in Java', () => {
  assert.equal(toHex(openCustomer(fromHex(java.customerKey), fromHex(java.kycHash), java.jurisdiction)), java.openCustomer);
  assert.throws(() => openCustomer(fromHex(java.customerKey), fromHex(java.kycHash), 'sg'), RangeError);
  assert.throws(() => openCustomer(fromHex(java.customerKey), fromHex(java.kycHash), 'SGP'), RangeError);
});

test('the new customer account id is derived as Identities.customerAccountId does', () => {
  assert.equal(toHex(customerAccountId(fromHex(java.bank), fromHex(java.customerKey))), java.customerAccount);
  // Another bank opening the same key gets another account.
  assert.notEqual(toHex(customerAccountId(fromHex(java.counterparty), fromHex(java.customerKey))), java.customerAccount);
});

test('the KYC hash is SHA-256 of the file bytes', () => {
  assert.equal(toHex(sha256(new TextEncoder().encode('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('pvp-offer bodies encode as in Java and refuse amounts the module refuses', () => {
  const counterparty = fromHex(java.counterparty);
  const offer = pvpTerms({ counterparty, give: 'SGD', giveAmount: 10_000n, want: 'CNY', wantAmount: 52_000n, expiresAtMillis: BigInt(java.expiresAtMillis) });
  assert.equal(toHex(offer), java.pvpOffer);
  const max = 0x7fff_ffff_ffff_ffffn;
  assert.equal(toHex(pvpTerms({ counterparty, give: 'CNY', giveAmount: max, want: 'SGD', wantAmount: 1n, expiresAtMillis: max })), java.pvpOfferLarge);
  assert.throws(() => pvpTerms({ counterparty, give: 'SGD', giveAmount: 0n, want: 'CNY', wantAmount: 1n, expiresAtMillis: 1n }), RangeError);
  assert.throws(() => pvpTerms({ counterparty, give: 'SGD', giveAmount: 1n, want: 'CNY', wantAmount: -1n, expiresAtMillis: 1n }), RangeError);
});
