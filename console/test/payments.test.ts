// The payments screens' requests and bodies against bytes the Java codecs wrote
// (test/fixtures/payments.json, checked by the Java PaymentsFixturesTest). A mismatch here means an
// xb-pay or fx-accept signed in the console would not be the action the module decodes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { crossBorderPay, formatRate, fxTerms, newestFrom, pageRequest, parseRate, reference, type ChargeBearer } from '../src/trade/payments.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/payments.json', import.meta.url), 'utf8'));

test('a reference (queries, fx-accept, pvp-accept) encodes as in Java', () => {
  assert.equal(toHex(reference(fromHex(java.id))), java.reference);
});

test('listing page requests encode as in Java and refuse limits the node refuses', () => {
  assert.equal(toHex(pageRequest(fromHex(java.account), BigInt(java.pageFrom), java.pageLimit)), java.pageRequest);
  assert.equal(toHex(pageRequest(fromHex(java.account), 0n, 100)), java.pageRequestFirst);
  assert.throws(() => pageRequest(fromHex(java.account), 0n, 0), RangeError);
  assert.throws(() => pageRequest(fromHex(java.account), 0n, 101), RangeError);
  assert.throws(() => pageRequest(fromHex(java.account), -1n, 1), RangeError);
});

test('xb-pay bodies encode as in Java for every charge bearer', () => {
  for (const bearer of ['DEBT', 'CRED', 'SHAR'] as ChargeBearer[]) {
    const body = crossBorderPay({
      endToEndId: java.endToEndId,
      payee: fromHex(java.payee),
      agreement: fromHex(java.id),
      amount: BigInt(java.amount),
      chargeBearer: bearer,
    });
    assert.equal(toHex(body), java[`xbPay${bearer}`], bearer);
  }
  const large = crossBorderPay({
    endToEndId: 'E'.repeat(35),
    payee: fromHex(java.payee),
    agreement: fromHex(java.id),
    amount: 0x7fff_ffff_ffff_ffffn,
    chargeBearer: 'SHAR',
  });
  assert.equal(toHex(large), java.xbPayLarge);
});

test('xb-pay refuses what the module would refuse', () => {
  const base = { payee: fromHex(java.payee), agreement: fromHex(java.id), amount: 1n, chargeBearer: 'SHAR' as const };
  assert.throws(() => crossBorderPay({ ...base, endToEndId: 'E'.repeat(36) }), RangeError);
  assert.throws(() => crossBorderPay({ ...base, endToEndId: 'has space' }), RangeError);
  assert.throws(() => crossBorderPay({ ...base, endToEndId: '' }), RangeError);
  assert.throws(() => crossBorderPay({ ...base, endToEndId: 'OK', amount: 0n }), RangeError);
  assert.throws(() => crossBorderPay({ ...base, endToEndId: 'OK', payee: new Uint8Array(31) }), RangeError);
});

test('rates print as decimals and the newest page is found', () => {
  assert.equal(formatRate({ units: '78123', scale: 4 }), '7.8123');
  assert.equal(formatRate({ units: '5', scale: 3 }), '0.005');
  assert.equal(formatRate({ units: '160', scale: 0 }), '160');
  assert.equal(newestFrom(5n, 100), 0n);
  assert.equal(newestFrom(250n, 100), 150n);
});

test('fx-propose terms encode as in Java, with the rate typed as a decimal', () => {
  const body = fxTerms({
    creditorAgent: fromHex(java.account),
    from: 'SGD',
    to: 'CNY',
    rate: parseRate('0.12820')!,
    debtorAgentFee: 500n,
    creditorAgentFee: 0n,
    creditLine: 10_000_000n,
    expiresAtMillis: BigInt(java.expiresAtMillis),
  });
  assert.equal(toHex(body), java.fxTerms);
});

test('rates are parsed within the module bounds', () => {
  assert.deepEqual(parseRate('5.3'), { units: 53n, scale: 1 });
  assert.deepEqual(parseRate('7'), { units: 7n, scale: 0 });
  assert.deepEqual(parseRate('7.000'), { units: 7n, scale: 0 });
  assert.deepEqual(parseRate('0.0000000001'), { units: 1n, scale: 10 });
  assert.equal(parseRate('0'), undefined);
  assert.equal(parseRate('0.00000000001'), undefined);
  assert.equal(parseRate('123456789012'), undefined);
  assert.deepEqual(parseRate('99999999999'), { units: 99_999_999_999n, scale: 0 });
  assert.equal(parseRate('1.00000000001'), undefined);
  assert.equal(parseRate('-1'), undefined);
  assert.equal(parseRate('1e3'), undefined);
});
