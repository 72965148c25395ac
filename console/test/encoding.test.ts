// The browser's transaction encoding, id and signature against bytes the Java codecs wrote
// (test/fixtures/java.json, checked by the Java BrowserFixturesTest). A mismatch here means a
// transaction signed in the console would be refused by the node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { CanonicalWriter } from '../src/chain/canonical.ts';
import { accountIdOf, encodeBody, publicKeyOf, signTransaction, transactionId } from '../src/chain/transaction.ts';
import { currencyAccount, formatAmount, issue, movement, parseAmount } from '../src/trade/currency.ts';
import { accountTarget } from '../src/trade/identity.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/java.json', import.meta.url), 'utf8'));

const secret = fromHex(java.seed);
const body = {
  chainId: java.chainId,
  sender: fromHex(java.accountId),
  nonce: BigInt(java.nonce),
  validFrom: BigInt(java.validFrom),
  validUntil: BigInt(java.validUntil),
  payload: { module: 'currency', action: 'transfer', body: movement('CNY', fromHex(java.recipient), BigInt(java.amount)) },
};

test('the public key and account id are derived as in Java', () => {
  assert.equal(toHex(publicKeyOf(secret)), java.publicKey);
  assert.equal(toHex(accountIdOf(publicKeyOf(secret))), java.accountId);
});

test('currency bodies encode byte for byte', () => {
  assert.equal(toHex(body.payload.body), java.movement);
  assert.equal(toHex(issue('SGD', 2)), java.issue);
  assert.equal(toHex(movement('SGD', fromHex(java.recipient), 250n)), java.burn);
});

test('the transaction body, its id and the signed envelope match Java', () => {
  assert.equal(toHex(encodeBody(body)), java.body);
  assert.equal(transactionId(body), java.transactionId);
  assert.equal(toHex(signTransaction(body, { secret, publicKey: publicKeyOf(secret) })), java.signedTransaction);
});

test('query requests match Java', () => {
  assert.equal(toHex(currencyAccount('CNY', fromHex(java.accountId))), java.balanceRequest);
  assert.equal(toHex(accountTarget(fromHex(java.accountId))), java.accountTarget);
});

test('varints are shortest LEB128 and strings refuse unpaired surrogates', () => {
  assert.equal(toHex(new CanonicalWriter().varint(0).varint(127).varint(128).varint(300).toBytes()), '007f8001ac02');
  assert.throws(() => new CanonicalWriter().string('\ud800'), /unpaired surrogate/);
  assert.throws(() => new CanonicalWriter().u63(-1n), RangeError);
});

test('amounts convert between decimal text and minor units without floating point', () => {
  assert.equal(parseAmount('12.34', 2), 1234n);
  assert.equal(parseAmount('12', 2), 1200n);
  assert.equal(parseAmount('0.001', 2), undefined);
  assert.equal(parseAmount('0', 2), undefined);
  assert.equal(parseAmount('-1', 2), undefined);
  assert.equal(parseAmount('1e3', 0), undefined);
  assert.equal(formatAmount(123456789n, 2), '1234567.89');
  assert.equal(formatAmount(5n, 2), '0.05');
  assert.equal(formatAmount(5n, 0), '5');
});
