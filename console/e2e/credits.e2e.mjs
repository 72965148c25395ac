// End-to-end: letters of credit and bills of lading from the bank's, trader's and carrier's
// dashboards, in headless Chromium against the real network ConsoleIT brings up with its trade
// scenario. Environment (see ConsoleIT): CONSOLE_URL, SCREENSHOTS, NET_DIR, IMPORTER_DIR,
// CREDIT_ID (reimbursed: importer applied, dbs issued, icbc advised), CREDIT_TO_ADVISE (issued by
// dbs, waiting for icbc's advice), BILL_ID (the first credit's eBL, held by the importer, issued by
// east-sea-shipping).
//
// The sign-in page's optional fields are found by the labels "Account id" (a bank customer's
// account, which its key does not derive) and "Encryption key file" (to read sealed content).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from './browser.mjs';

const env = (name) => {
  const v = process.env[name];
  assert.ok(v, `${name} is not set (run through ConsoleIT)`);
  return v;
};
const URL = env('CONSOLE_URL');
const SHOTS = env('SCREENSHOTS');
const TIMEOUT = 30_000;
const FINAL = 60_000;

let browser;
let page;

before(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(URL);
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const memberDir = (id) => join(env('NET_DIR'), 'members', id);
const read = (dir, file) => readFileSync(join(dir, file), 'utf8').trim();
/** Same-document navigation: the session lives in the tab's memory, a reload would sign out. */
const go = (hash) => page.evaluate((h) => (window.location.hash = h), hash);

/**
 * Signs in with the key files of `dir`. `account`: the account id to sign for (a customer's);
 * the encryption key is given whenever the page offers the field. Returns whether it was.
 */
async function signIn(dir, { account } = {}) {
  if ((await page.getByRole('button', { name: 'Sign out' }).count()) > 0) {
    await page.getByRole('button', { name: 'Sign out' }).click();
  }
  await go('#/sign-in');
  await page.getByLabel('Key file', { exact: true }).waitFor();
  await page.getByLabel('Key file', { exact: true }).setInputFiles(join(dir, 'signing.key'));
  if (account) {
    const field = page.getByLabel('Account id', { exact: true });
    assert.ok((await field.count()) > 0, 'the sign-in page has no "Account id" field: a customer cannot sign in');
    await field.fill(account);
  }
  const encryption = page.getByLabel('Encryption key file', { exact: true });
  const withEncryption = (await encryption.count()) > 0 && existsSync(join(dir, 'encryption.key'));
  if (withEncryption) {
    await encryption.setInputFiles(join(dir, 'encryption.key'));
  }
  const passphrases = page.getByLabel('Passphrase');
  for (let i = 0; i < (await passphrases.count()); i++) {
    await passphrases.nth(i).fill(read(dir, 'passphrase'));
  }
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: FINAL });
  return withEncryption;
}

const row = (section, id) => page.getByTestId(section).getByTestId(`credit-${id}`);

test('the issuing bank sees its credits by state and follows one through its history', async () => {
  const credit = env('CREDIT_ID');
  const withKey = await signIn(memberDir('dbs'));
  await go('#/bank');
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
  // The terms: decrypted in the tab when the bank signed in with its encryption key, and
  // otherwise an explanation, never the plaintext.
  if (withKey) {
    await page.getByTestId('terms-goods').waitFor();
  } else {
    await page.getByTestId('credit-terms').getByTestId('sealed-problem').and(page.locator('[data-problem=NO_ENCRYPTION_KEY]')).waitFor();
  }
  await shot('credit');
});

test('the advising bank advises a credit from the browser, followed to finality', async () => {
  const credit = env('CREDIT_TO_ADVISE');
  await signIn(memberDir('icbc'));
  await go('#/bank');
  await row('credits-to-advise', credit).waitFor();
  await page.getByTestId(`advise-${credit}`).click();
  const final = page.getByTestId('credit-action-progress').locator('[data-step=committed]');
  await final.waitFor({ timeout: FINAL });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  await row('credits-others', credit).and(page.locator('[data-state=ADVISED]')).waitFor();
  assert.equal(await page.getByTestId(`advise-${credit}`).count(), 0);
  await shot('bank-credits');
});

test('the importer sees its credits with their states and the bill of lading it holds', async () => {
  const importer = env('IMPORTER_DIR');
  await signIn(importer, { account: read(importer, 'account') });
  await go('#/trader');
  await row('my-credits', env('CREDIT_ID')).and(page.locator('[data-state=REIMBURSED]')).waitFor();
  await row('my-credits', env('CREDIT_TO_ADVISE')).and(page.locator('[data-state=ADVISED]')).waitFor();
  const bill = env('BILL_ID');
  const held = page.getByTestId('held-bills').getByTestId(`bill-${bill}`);
  await held.waitFor();
  assert.equal(await held.getAttribute('data-status'), 'ISSUED');
  await shot('trader-credits');

  await held.getByRole('link').first().click();
  await page.getByTestId('bill-status').waitFor();
  assert.equal(await page.getByTestId('bill-status').getAttribute('data-status'), 'ISSUED');
  const chain = page.getByTestId('bill-chain').locator('tbody tr');
  await chain.first().waitFor();
  assert.equal(await chain.first().getAttribute('data-kind'), 'ISSUE');
  assert.ok((await chain.count()) >= 3, 'issued, presented into the credit, released at settlement');
  await shot('bill');
});

test('the carrier lists the bill it issued, with its holder', async () => {
  await signIn(memberDir('east-sea-shipping'));
  await go('#/carrier');
  const bill = page.getByTestId('issued-bills').getByTestId(`bill-${env('BILL_ID')}`);
  await bill.waitFor();
  assert.equal(await bill.getAttribute('data-status'), 'ISSUED');
  await shot('carrier');
});
