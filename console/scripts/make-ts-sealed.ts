// One-off: writes test/fixtures/ts-sealed.json, bill data sealed by the browser's sealContent to the
// two fixed keys of fixtures/sealed.json, which the Java CarrierFixturesTest opens with
// Sealer.openWithSalt. Run from console/ after a deliberate change to sealing:
//   npx tsc -p tsconfig.test.json && node target/ts-test/scripts/make-ts-sealed.js
import { readFileSync, writeFileSync } from 'node:fs';
import { fromHex, toHex } from '../src/chain/hex.ts';
import { sealContent } from '../src/crypto/seal.ts';
import { encodeBillData } from '../src/trade/ebl.ts';
import { sampleBill } from '../test/billSample.ts';

const keys = JSON.parse(readFileSync('test/fixtures/sealed.json', 'utf8'));
const content = encodeBillData(sampleBill('SLK-TS-7'));
const sealed = await sealContent(content, [fromHex(keys.recipient.publicKey), fromHex(keys.secondRecipient.publicKey)]);
const sample = {
  note: 'Sealed by console/src/crypto/seal.ts (scripts/make-ts-sealed.ts); opened by the Java CarrierFixturesTest',
  content: toHex(content),
  sealed: toHex(sealed.bytes),
};
writeFileSync('test/fixtures/ts-sealed.json', JSON.stringify(sample, null, 2) + '\n');
