// End-to-end: letters of credit and bills of lading from the bank's, trader's and carrier's
// dashboards, in headless Chromium against the real network ConsoleIT brings up with its trade
// scenario. Environment (see ConsoleIT): CONSOLE_URL, SCREENSHOTS, NET_DIR, IMPORTER_DIR,
// CREDIT_ID (reimbursed: importer applied, dbs issued, icbc advised), CREDIT_TO_ADVISE (issued by
// dbs, waiting for icbc's advice), BILL_ID (the first credit's eBL, held by the importer, issued by
// east-sea-shipping).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { env, FINAL, go, memberDir, read, shot, signIn, TIMEOUT, usePage } from './support.mjs';

const URL = env('CONSOLE_URL');

let page;

usePage(async (p) => {
  page = p;
  await page.goto(URL);
});

const row = (section, id) => page.getByTestId(section).getByTestId(`credit-${id}`);

test('the issuing bank sees its credits by state and follows one through its history', async () => {
  const credit = env('CREDIT_ID');
  await signIn(page, memberDir('dbs'));
  await go(page, '#/bank');
  await row('bank-credits', credit).and(page.locator('[data-state=REIMBURSED]')).waitFor();
  await row('bank-credits', env('CREDIT_TO_ADVISE')).and(page.locator('[data-state=ISSUED]')).waitFor();
  assert.match(await row('bank-credits', credit).textContent(), /Reimbursed/);

  await row('bank-credits', credit).getByRole('link').first().click();
  await page.getByTestId('credit-state').and(page.locator('[data-state=REIMBURSED]')).waitFor();
  const history = page.getByTestId('credit-history').locator('tbody tr');
  await history.nth(5).waitFor();
  const events = await history.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
  assert.deepEqual(events.slice(0, 3), ['applied', 'issued', 'advised']);
  assert.equal(events.at(-1), 'reimbursed');
  assert.ok(events.includes('presented') && events.includes('honoured'), events.join(','));
  // The terms, decrypted in the tab with the bank's encryption key.
  await page.getByTestId('terms-goods').waitFor();
  await shot(page, 'credit');
});

test('the advising bank advises a credit from the browser, followed to finality', async () => {
  const credit = env('CREDIT_TO_ADVISE');
  await signIn(page, memberDir('icbc'));
  await go(page, '#/bank');
  await row('credits-to-advise', credit).waitFor();
  await page.getByTestId(`advise-${credit}`).click();
  const final = page.getByTestId('credit-action-progress').locator('[data-step=committed]');
  await final.waitFor({ timeout: FINAL });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  await row('credits-others', credit).and(page.locator('[data-state=ADVISED]')).waitFor();
  assert.equal(await page.getByTestId(`advise-${credit}`).count(), 0);
  await shot(page, 'bank-credits');
});

test('the importer sees its credits with their states and the bill of lading it holds', async () => {
  const importer = env('IMPORTER_DIR');
  await signIn(page, importer, { account: read(importer, 'account') });
  await go(page, '#/trader');
  await row('my-credits', env('CREDIT_ID')).and(page.locator('[data-state=REIMBURSED]')).waitFor();
  await row('my-credits', env('CREDIT_TO_ADVISE')).and(page.locator('[data-state=ADVISED]')).waitFor();
  const bill = env('BILL_ID');
  const held = page.getByTestId('held-bills').getByTestId(`bill-${bill}`);
  await held.waitFor();
  assert.equal(await held.getAttribute('data-status'), 'ISSUED');
  await shot(page, 'trader-credits');

  await held.getByRole('link').first().click();
  await page.getByTestId('bill-status').waitFor();
  assert.equal(await page.getByTestId('bill-status').getAttribute('data-status'), 'ISSUED');
  const chain = page.getByTestId('bill-chain').locator('tbody tr');
  await chain.first().waitFor();
  assert.equal(await chain.first().getAttribute('data-kind'), 'ISSUE');
  assert.ok((await chain.count()) >= 3, 'issued, presented into the credit, released at settlement');
  await shot(page, 'bill');
});

test('the carrier lists the bill it issued, with its holder', async () => {
  await signIn(page, memberDir('east-sea-shipping'));
  await go(page, '#/carrier');
  const bill = page.getByTestId('issued-bills').getByTestId(`bill-${env('BILL_ID')}`);
  await bill.waitFor();
  assert.equal(await bill.getAttribute('data-status'), 'ISSUED');
  await shot(page, 'carrier');
});
