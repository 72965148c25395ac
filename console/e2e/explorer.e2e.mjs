// The explorer on the trade scenario ConsoleIT sets up (see ConsoleTradeScenario.java): public
// facts are visible to anyone, confidential ones are not. Env: CONSOLE_URL, SCREENSHOTS,
// CREDIT_ID (the credit's id is the id of the transaction that applied for it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { env, shot, usePage } from './support.mjs';

const SEARCH = 'Search by block height, transaction id or account id';

let page;

usePage((p) => (page = p));

test('anyone finds the credit application by id, with its public event and none of its terms', async () => {
  await page.goto(env('CONSOLE_URL'));
  await page.getByLabel(SEARCH).fill(env('CREDIT_ID'));
  await page.getByLabel(SEARCH).press('Enter');
  await page.getByRole('heading', { name: 'Transaction' }).waitFor();
  assert.equal(await page.getByTestId('tx-status').textContent(), 'committed');
  assert.match(await page.getByTestId('tx-result').textContent(), /^OK/);
  const events = page.getByRole('table', { name: 'Events' });
  await events.waitFor();
  assert.match(await events.textContent(), /lc/);
  // The sealed terms travel encrypted: the goods and the parties' names are nowhere on the page.
  const text = await page.locator('main').textContent();
  for (const secret of ['sewing', 'QX-717', 'Huangpu Machinery', 'Lion City Garment']) {
    assert.ok(!text.includes(secret), `the public page shows ${secret}`);
  }
  await shot(page, 'credit-application');
});
