// End-to-end tests of the web console in headless Chromium against a real local network. Started
// by the Java ConsoleIT (cli module), which brings the network up and passes, in the environment:
//   CONSOLE_URL     the console on one node, e.g. http://127.0.0.1:37101/console/
//   SCREENSHOTS     the folder the screenshots of each main screen go to
//   TX_ID           a committed transaction (a kv put) to look up
//   KEY_FILE, PASSPHRASE_FILE   the signing key file of a commercial bank with a CNY balance
//   MEMBER          that bank's member id; RECIPIENT: the account id it pays
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
const SEARCH = 'Search by block height, transaction id or account id';

let browser;
let page;

before(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => console.error('page error:', e));
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test('the overview shows the height rising, live', async () => {
  await page.goto(URL);
  await page.getByRole('heading', { name: 'Network overview' }).waitFor();
  const height = page.getByTestId('height');
  await height.waitFor();
  const first = Number(await height.textContent());
  assert.ok(first >= 1, `height ${first}`);
  // No reload: the console polls the node and the number changes in place.
  await page.waitForFunction((h) => Number(document.querySelector('[data-testid=height]')?.textContent) > h, first, {
    timeout: TIMEOUT,
  });
  await page.locator('table.blocks tbody tr').first().waitFor();
  assert.equal(await page.getByText('Connected peers').count(), 1);
  await shot('overview');
});

test('search finds a transaction with its receipt and events', async () => {
  const id = env('TX_ID');
  await page.getByLabel(SEARCH).fill(id);
  await page.getByLabel(SEARCH).press('Enter');
  await page.getByRole('heading', { name: 'Transaction' }).waitFor();
  assert.equal(await page.getByTestId('tx-status').textContent(), 'committed');
  assert.match(await page.getByTestId('tx-result').textContent(), /^OK/);
  const events = page.getByRole('table', { name: 'Events' });
  await events.waitFor();
  assert.match(await events.textContent(), /currency.*minted/);
  await shot('transaction');
});

test('a block opens from the transaction and lists it', async () => {
  const id = env('TX_ID');
  // Keyboard only: the height link, reached by Tab and followed with Enter.
  const link = page.locator('dd a[href^="#/blocks/"]');
  const height = Number(await link.textContent());
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `Block ${height}` }).waitFor();
  await page.locator(`a[href="#/tx/${id}"]`).waitFor();
  await shot('block');
  await page.getByRole('link', { name: 'Blocks', exact: true }).click();
  await page.locator('table.blocks tbody tr').first().waitFor();
  await shot('blocks');
});

test('an unknown search is explained, not silently ignored', async () => {
  await page.getByLabel(SEARCH).fill('not-an-id');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('alert').filter({ hasText: 'Enter a block height' }).waitFor();
  await page.getByLabel(SEARCH).fill('');
});

test('the console switches to Chinese and back', async () => {
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByTestId('language').selectOption('zh');
  await page.getByRole('heading', { name: '网络概览' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await page.getByTestId('height').waitFor();
  await shot('overview-zh');
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'Network overview' }).waitFor();
});

test('a bank signs in with its key file and pays with a transaction signed in the browser', async () => {
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Sign in as a member' }).waitFor();
  // A wrong passphrase is refused with the key file's reason.
  await page.getByLabel('Key file').setInputFiles(env('KEY_FILE'));
  await page.getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'WRONG_PASSPHRASE' }).waitFor({ timeout: 60_000 });
  await shot('sign-in');

  await page.getByLabel('Passphrase').fill(readFileSync(env('PASSPHRASE_FILE'), 'utf8').trim());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in').filter({ hasText: env('MEMBER') }).waitFor({ timeout: 60_000 });
  const balance = page.getByTestId('balance-CNY');
  await balance.waitFor();
  const before = await balance.textContent();

  await page.getByLabel('Recipient account id').fill(env('RECIPIENT'));
  await page.getByLabel('Amount').fill('12.34');
  await page.getByRole('button', { name: 'Sign and send' }).click();
  await page.locator('[data-step=committed]').waitFor({ timeout: 60_000 });
  assert.match(await page.locator('[data-step=committed]').textContent(), /Final in block \d+: OK/);
  // The balance is read again once the transfer is final.
  await page.waitForFunction(
    (b) => document.querySelector('[data-testid=balance-CNY]')?.textContent !== b,
    before,
    { timeout: TIMEOUT },
  );
  const cents = (s) => Math.round(Number(s) * 100);
  assert.equal(cents(await balance.textContent()), cents(before) - 1234);
  await shot('account-transfer');
});

test('search by account id shows the recipient with the payment', async () => {
  await page.getByLabel(SEARCH).fill(env('RECIPIENT'));
  await page.getByLabel(SEARCH).press('Enter');
  await page.getByRole('heading', { name: 'Account DBS Bank' }).waitFor();
  assert.equal(await page.getByTestId('balance-CNY').textContent(), '12.34');
  await shot('account');
});
