// The regulator dashboard's query requests, byte for byte as the Java codecs write them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { billRef, creditRef, documentRef, jurisdictionRequest } from '../src/trade/regulator.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/platform.json', import.meta.url), 'utf8'));

test('regulator query requests match Java', () => {
  const id = fromHex(java.id);
  assert.equal(toHex(jurisdictionRequest('SG')), java.jurisdictionSG);
  assert.equal(toHex(creditRef(id)), java.creditRef);
  assert.equal(toHex(billRef(id)), java.billRef);
  assert.equal(toHex(documentRef(id, 3)), java.documentRef3);
  assert.throws(() => jurisdictionRequest('sg'), RangeError);
});

test('every sealed value of a record is found with its path', async () => {
  const { sealedParts, preview } = await import('../src/screens/dashboards/regulator/sealedParts.ts');
  const sealed = { envelope: { suite: 'ED25519', nonce: '00', ciphertext: '00', wrappedKeys: [] }, commitment: 'ab' };
  const credit = { id: 'x', terms: { amount: '5', documents: [sealed, { note: 'n' }] }, presentation: { billData: sealed } };
  assert.deepEqual(
    sealedParts(credit).map((p) => p.path),
    ['terms.documents[0]', 'presentation.billData'],
  );
  assert.deepEqual(sealedParts(sealed, 'data').map((p) => p.path), ['data']);
  assert.deepEqual(sealedParts({ a: null, b: [1, 'two'] }), []);
  assert.equal(preview(new Uint8Array([0x0f, 0x01, 0x41, 0xe4, 0xbf, 0xa1, 0xff])), '··A信·');
});
