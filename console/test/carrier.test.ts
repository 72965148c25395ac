// The carrier's issuance: BillData and the ebl/issue body against bytes the Java codecs wrote
// (fixtures/carrier.json, CarrierFixturesTest), and BillData's checks before anything is signed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { BillDataError, checkBillData, decodeBillDataHead, encodeBillData, issueBill } from '../src/trade/ebl.ts';
import { CONSIGNEE, sampleBill, SHIPPER } from './billSample.ts';

const java = JSON.parse(readFileSync(new URL('../../../test/fixtures/carrier.json', import.meta.url), 'utf8'));

test('BillData encodes byte for byte as BillData.CODEC', () => {
  assert.equal(toHex(encodeBillData(sampleBill())), java.billData);
  const head = decodeBillDataHead(encodeBillData(sampleBill()));
  assert.equal(head.reference, 'SLK-2026-0042');
  assert.equal(head.shipper, '丝路贸易 Silkroad Traders');
  assert.equal(head.shippedOnBoardDate, '2026-03-02');
});

test('the ebl/issue bodies encode byte for byte as IssueBill.CODEC', () => {
  const sealed = fromHex(java.sealed);
  assert.equal(toHex(issueBill(SHIPPER, 'TO_ORDER', undefined, sealed)), java.issueToOrder);
  assert.equal(toHex(issueBill(SHIPPER, 'STRAIGHT', CONSIGNEE, sealed)), java.issueStraight);
});

test('bill data the Java constructor refuses is refused here, naming the field', () => {
  const refused = (change: (d: ReturnType<typeof sampleBill>) => void, field: string) => {
    const d = sampleBill();
    change(d);
    assert.throws(() => checkBillData(d), (e: unknown) => e instanceof BillDataError && e.field === field);
  };
  refused((d) => (d.reference = ' padded'), 'reference');
  refused((d) => (d.reference = 'x'.repeat(21)), 'reference');
  refused((d) => (d.portOfLoading.unLocode = 'cnsha'), 'portOfLoading.unLocode');
  refused((d) => (d.issueDate = '2026-02-30'), 'issueDate');
  refused((d) => (d.goods[0].hsCode = '5002'), 'consignment.hsCode');
  refused((d) => (d.goods[0].cargo[0].packages = 0), 'cargo.packages');
  refused((d) => (d.contactEmail = 'nobody'), 'contactEmail');
  refused((d) => (d.issuingParty.address = undefined), 'issuingParty.address');
  refused((d) => (d.consignee = { name: 'No account' }), 'consignee.account');
  refused((d) => (d.containers = []), 'containers');
});
