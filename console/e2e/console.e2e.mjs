// End-to-end tests of the web console in headless Chromium against a real local network. Started
// by the Java ConsoleIT (cli module), which brings the network up and passes, in the environment:
//   CONSOLE_URL     the console on one node, e.g. http://127.0.0.1:37101/console/
//   SCREENSHOTS     the folder the screenshots of each main screen go to
//   TX_ID           a committed transaction (a kv put) to look up
//   NET_DIR         the network directory (members/<id>/signing.key and passphrase)
//   BANK            a commercial bank with a CNY balance; RECIPIENT: the account id it pays
//   CENTRAL_BANK    a central bank that has not issued its currency yet, and that currency
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TIMEOUT, env, shot, usePage } from './support.mjs';

const URL = env('CONSOLE_URL');
const SEARCH = 'Search by block height, transaction id or account id';

let page;

usePage((p) => (page = p));

const keyFile = (member) => join(env('NET_DIR'), 'members', member, 'signing.key');
const passphrase = (member) => readFileSync(join(env('NET_DIR'), 'members', member, 'passphrase'), 'utf8').trim();


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
  await shot(page, 'overview');
});

test('the keyboard reaches the content first through the skip link', async () => {
  await page.reload();
  await page.getByTestId('height').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  // Every form control on the screen has a label.
  const unlabelled = await page.$$eval('input, select, textarea', (els) =>
    els.filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).map((e) => e.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
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
  await shot(page, 'transaction');
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
  await shot(page, 'block');
  await page.getByRole('link', { name: 'Blocks', exact: true }).click();
  await page.locator('table.blocks tbody tr').first().waitFor();
  await shot(page, 'blocks');
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
  await shot(page, 'overview-zh');
  await page.getByTestId('language').selectOption('en');
  await page.getByRole('heading', { name: 'Network overview' }).waitFor();
});

test('a bank signs in with its key file and pays with a transaction signed in the browser', async () => {
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Sign in as a member' }).waitFor();
  // A wrong passphrase is refused with the key file's reason.
  await page.getByLabel('Key file').setInputFiles(keyFile(env('BANK')));
  await page.getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'WRONG_PASSPHRASE' }).waitFor({ timeout: 60_000 });
  await shot(page, 'sign-in');

  await page.getByLabel('Passphrase').fill(passphrase(env('BANK')));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in').filter({ hasText: env('BANK') }).waitFor({ timeout: 60_000 });
  const balance = page.getByTestId('balance-CNY');
  await balance.waitFor();
  const before = await balance.textContent();

  await page.getByLabel('Recipient account id').fill(env('RECIPIENT'));
  await page.getByLabel('Amount').fill('12.34');
  await page.getByRole('button', { name: 'Sign and send' }).click();
  const final = page.getByTestId('transfer-progress').locator('[data-step=committed]');
  await final.waitFor({ timeout: 60_000 });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  // The balance is read again once the transfer is final.
  await page.waitForFunction(
    (b) => document.querySelector('[data-testid=balance-CNY]')?.textContent !== b,
    before,
    { timeout: TIMEOUT },
  );
  const cents = (s) => Math.round(Number(s) * 100);
  assert.equal(cents(await balance.textContent()), cents(before) - 1234);
  await shot(page, 'account-transfer');
});

test('search by account id shows the recipient with the payment', async () => {
  await page.getByLabel(SEARCH).fill(env('RECIPIENT'));
  await page.getByLabel(SEARCH).press('Enter');
  await page.getByRole('heading', { name: 'Account DBS Bank' }).waitFor();
  assert.equal(await page.getByTestId('balance-CNY').textContent(), '12.34');
  await shot(page, 'account');
});

test('a central bank issues its currency, mints to a bank and burns from it from its dashboard', async () => {
  const bank = env('CENTRAL_BANK');
  const code = env('CENTRAL_BANK_CURRENCY');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Key file').setInputFiles(keyFile(bank));
  await page.getByLabel('Passphrase').fill(passphrase(bank));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in').filter({ hasText: bank }).waitFor({ timeout: 60_000 });
  await page.getByRole('heading', { name: 'Central bank' }).waitFor();

  const issue = page.getByRole('form', { name: 'Issue a currency' });
  await issue.getByLabel('Currency').fill(code);
  await issue.getByLabel('Decimal places').fill('2');
  await issue.getByRole('button', { name: 'Sign and issue' }).click();
  await page.getByTestId('issue-progress').locator('[data-step=committed]').waitFor({ timeout: 60_000 });

  const mint = page.getByRole('form', { name: 'Mint to a bank' });
  await mint.getByLabel('Currency').fill(code);
  await mint.getByLabel('Bank account id').fill(env('RECIPIENT'));
  await mint.getByLabel('Amount').fill('500');
  await mint.getByRole('button', { name: 'Sign and mint' }).click();
  await page.getByTestId('mint-progress').locator('[data-step=committed]').waitFor({ timeout: 60_000 });

  // Burn part of it back from the bank's account (the issuer burns only from a bank's account).
  const burn = page.getByRole('form', { name: 'Burn from a bank' });
  await burn.getByLabel('Currency').fill(code);
  await burn.getByLabel('Bank account id to burn from').fill(env('RECIPIENT'));
  await burn.getByLabel('Amount').fill('2.50');
  await burn.getByRole('button', { name: 'Sign and burn' }).click();
  const burned = page.getByTestId('burn-progress').locator('[data-step=committed]');
  await burned.waitFor({ timeout: 60_000 });
  assert.match(await burned.textContent(), /Final in block \d+: OK/);
  await shot(page, 'central-bank');

  // Refused by the runtime, shown with its code: the same currency cannot be issued twice.
  await issue.getByRole('button', { name: 'Sign and issue' }).click();
  const refused = page.getByTestId('issue-progress').locator('[data-step=failed]');
  await refused.waitFor({ timeout: 60_000 });
  assert.match(await refused.textContent(), new RegExp(`Failed: currency\\.ALREADY_ISSUED: ${code} is already issued`));

  await page.getByLabel(SEARCH).fill(env('RECIPIENT'));
  await page.getByLabel(SEARCH).press('Enter');
  await page.getByRole('heading', { name: 'Account DBS Bank' }).waitFor();
  // 500 minted, 2.50 burned.
  assert.equal(await page.getByTestId(`balance-${code}`).textContent(), '497.50');
});
