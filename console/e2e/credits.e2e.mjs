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

test('the carrier issues a to-order bill from the browser; the shipper opens its sealed data', async () => {
  const exporter = env('EXPORTER_DIR');
  const shipper = read(exporter, 'account');
  const reference = `E2E-${Date.now() % 100_000_000}`;
  await signIn(page, memberDir('east-sea-shipping'));
  await go(page, '#/carrier');
  await page.getByTestId('issue-bill-form').waitFor();
  const fill = (label, value) => page.getByLabel(label, { exact: true }).fill(value);
  await fill('Shipper account id', shipper);
  await fill('Shipper name', 'Silk Road Exporters');
  await page.getByLabel('Form', { exact: true }).selectOption('TO_ORDER');
  await fill('Reference (at most 20 characters)', reference);
  await fill('Carrier code (SMDG, 1 to 4 characters)', 'ESSC');
  await fill('Carrier name', 'East Sea Shipping');
  await fill('Carrier street', 'Harbour Road 1');
  await fill('Carrier city', 'Shanghai');
  await fill('Carrier country (ISO 3166, 2 letters)', 'CN');
  await fill('Vessel', 'Silk Star');
  await fill('Voyage', '042E');
  await fill('Port of loading (UN/LOCODE)', 'CNSHA');
  await fill('Port of loading (name)', 'Shanghai');
  await fill('Port of discharge (UN/LOCODE)', 'SGSIN');
  await fill('Port of discharge (name)', 'Singapore');
  await fill('Place of issue (UN/LOCODE)', 'CNSHA');
  await fill('Goods description (one line each, at most 35 characters a line)', 'Raw silk, 60 cartons\nGrade 5A');
  await fill('HS code (6 to 10 digits)', '500200');
  await fill('Container number', 'SLKU1234565');
  await fill('Seal number', 'DO0012345');
  await fill('Number of packages', '60');
  await fill('Gross weight (kg)', '1234.5');
  await fill('Contact name', 'Operations desk');
  await fill('Contact e-mail', 'ops@east-sea.example');
  // Invalid input is refused before anything is signed.
  await fill('HS code (6 to 10 digits)', '5002');
  await page.getByTestId('issue-bill-button').click();
  await page.getByTestId('issue-bill-progress').getByRole('alert').waitFor();
  assert.match(await page.getByTestId('issue-bill-progress').textContent(), /hsCode/);
  await fill('HS code (6 to 10 digits)', '500200');
  await page.getByTestId('issue-bill-button').click();
  const final = page.getByTestId('issue-bill-progress').locator('[data-step=committed]');
  await final.waitFor({ timeout: FINAL });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  const id = await page.getByTestId('issued-bill').getAttribute('data-bill');
  assert.match(id, /^[0-9a-f]{64}$/);
  const listed = page.getByTestId('issued-bills').getByTestId(`bill-${id}`);
  await listed.waitFor({ timeout: FINAL });
  assert.equal(await listed.getAttribute('data-status'), 'ISSUED');

  // The shipper (holder of a to-order bill) opens the bill data sealed in the carrier's tab.
  await signIn(page, exporter, { account: shipper });
  await go(page, `#/bills/${id}`);
  await page.getByTestId('bill-reference').waitFor();
  assert.equal(await page.getByTestId('bill-reference').textContent(), reference);
  await shot(page, 'carrier-issue');
});
