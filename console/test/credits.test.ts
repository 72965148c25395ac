// The letters of credit and bills of lading encodings against bytes the Java codecs wrote
// (test/fixtures/credits.json, checked by the Java CreditsFixturesTest): a mismatch means a body
// signed in the console would be refused, or a query would ask for something else.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DecodeError } from '../src/chain/reader.ts';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { billRef, decodeBillContent, decodeBillDataHead, history, holdings, surrender } from '../src/trade/ebl.ts';
import { advice, ARTICLES, creditPage, creditRef, decodeLcTermsHead, pageRequest } from '../src/trade/lc.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/credits.json', import.meta.url), 'utf8'));
const credit = fromHex(java.credit);
const bill = fromHex(java.bill);
const account = fromHex(java.account);

test('lc requests and bodies encode byte for byte', () => {
  assert.equal(toHex(creditRef(credit)), java.creditRef);
  assert.equal(toHex(advice(credit, true)), java.adviceConfirm);
  assert.equal(toHex(advice(credit, false)), java.adviceOnly);
  assert.equal(toHex(pageRequest(account, 300n, 100)), java.pageRequest);
  assert.equal(toHex(creditPage(credit, 2n, 50)), java.creditPage);
  assert.throws(() => pageRequest(account, 0n, 101), RangeError);
  assert.throws(() => creditPage(credit, 0n, 0), RangeError);
});

test('ebl requests and bodies encode byte for byte', () => {
  assert.equal(toHex(billRef(bill)), java.billRef);
  assert.equal(toHex(holdings(account, 0n, 256)), java.holdings);
  assert.equal(toHex(history(bill, 3n, 256)), java.history);
  assert.equal(toHex(surrender(bill, 'DELIVERY')), java.surrenderForDelivery);
});

test('the leading fields of the sealed credit terms decode as Java wrote them', () => {
  const t = decodeLcTermsHead(fromHex(java.lcTerms));
  assert.equal(t.applicantName, java.lcTermsApplicant);
  assert.equal(t.beneficiaryName, java.lcTermsBeneficiary);
  assert.equal(t.amount, BigInt(java.lcTermsAmount));
  assert.equal(t.goods, java.lcTermsGoods);
  assert.equal(t.expiryDate, java.lcTermsExpiry);
  assert.equal(t.latestShipmentDate, java.lcTermsLatestShipment);
  assert.equal(t.currency, 'SGD');
  assert.deepEqual([t.tolerancePlus, t.toleranceMinus, t.incoterm], [10, 10, 'CIF']);
});

test('the leading fields of the sealed bill data decode as Java wrote them', () => {
  const d = decodeBillDataHead(fromHex(java.billData));
  assert.equal(d.reference, java.billDataReference);
  assert.equal(d.vessel, java.billDataVessel);
  assert.equal(d.shippedOnBoardDate, java.billDataShippedOnBoard);
  assert.equal(d.shipper, '丝路贸易有限公司');
  assert.deepEqual(d.notifyParties, ['Straits Imports Pte Ltd']);
  assert.equal(d.consignee, undefined);
  assert.equal(d.portOfDischarge, 'Singapore (SGSIN)');
});

test('bill data sealed as the examination transport document decodes too', () => {
  const c = decodeBillContent(fromHex(java.transport));
  assert.deepEqual(c, {
    carrier: 'East Sea Shipping',
    vessel: 'EAST SEA PIONEER',
    portOfLoading: 'SHANGHAI',
    portOfDischarge: 'Singapore',
    shippedOnBoardDate: '2026-11-20',
    issueDate: '2026-11-21',
    goods: 'sewing machines',
    notifyParties: [],
  });
  const d = decodeBillContent(fromHex(java.billData));
  assert.equal(d.reference, java.billDataReference);
  assert.equal(d.vessel, `${java.billDataVessel} / 2611W`);
});

test('truncated or foreign plaintexts are refused, not misread', () => {
  const terms = fromHex(java.lcTerms);
  assert.throws(() => decodeLcTermsHead(terms.subarray(0, 40)), DecodeError);
  assert.throws(() => decodeLcTermsHead(fromHex(java.billData)), DecodeError);
  assert.throws(() => decodeBillDataHead(terms), DecodeError);
});

test('every UCP 600 article the examination names has its code here', () => {
  assert.deepEqual(ARTICLES, java.articles);
});
