// End-to-end tests of the console's platform pieces in headless Chromium, against the network and
// trade scenario ConsoleIT sets up (see helpers' contract in docs/console.md):
//   CONSOLE_URL, SCREENSHOTS, NET_DIR (members/<id>/{signing.key,encryption.key,passphrase}),
//   EXPORTER_DIR (a customer of icbc: its `account` file holds the account id),
//   CREDIT_ID (optional here: an L/C whose sealed terms the CN regulator is mandated to read).
// The overview follows the tip over the event stream without polling; the validators are listed,
// all connected;
// the regulator signs in, sees its mandate, opens its encryption key and a letter of credit sealed
// to it, and freezes then unfreezes an account.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { env, FINAL, memberDir, read, shot, signIn, TIMEOUT, usePage } from './support.mjs';

const URL = env('CONSOLE_URL');
const REGULATOR = 'trade-regulator';

let page;
const requests = [];

usePage(async (p) => {
  page = p;
  page.on('request', (r) => requests.push({ at: Date.now(), url: r.url(), type: r.resourceType() }));
});

const heightNow = async () => Number(await page.getByTestId('height').textContent());

test('the overview height rises with the event stream, without polling the status', async () => {
  await page.goto(URL);
  await page.getByRole('heading', { name: 'Network overview' }).waitFor();
  await page.getByTestId('height').waitFor();
  const rises = (h) => page.waitForFunction((x) => Number(document.querySelector('[data-testid=height]')?.textContent) > x, h, { timeout: TIMEOUT });
  // Once the stream has delivered a block (the page may have fetched the first few below it),
  // watch a window of several seconds: blocks arrive, the height follows, nothing is polled.
  await rises(await heightNow());
  const first = await heightNow();
  const start = Date.now();
  await rises(first + 1);
  await page.waitForTimeout(Math.max(0, 6000 - (Date.now() - start)));
  const seconds = (Date.now() - start) / 1000;
  const window = requests.filter((r) => r.at >= start);
  const status = window.filter((r) => r.url.includes('/api/v1/status'));
  const blocks = window.filter((r) => /\/api\/v1\/blocks\/\d+$/.test(r.url));
  assert.ok(requests.some((r) => r.url.includes('/api/v1/events')), 'the page opened the event stream');
  // A status refresh at most every 5 s (for peers and pending transactions), not one a second.
  assert.ok(status.length <= Math.ceil(seconds / 5) + 1, `${status.length} /status requests in ${seconds} s`);
  // The blocks themselves come with the stream: following the tip fetches none. A status answer can
  // be one block ahead of the stream, and the overview then fetches that block once: at most one
  // fetch per status refresh, against one block a second without the stream.
  assert.ok(blocks.length <= status.length, `block fetches while following the tip: ${blocks.map((b) => b.url)}`);
  assert.ok((await heightNow()) > first + 1);
});

test('the validators are listed with who signed the latest certificate', async () => {
  const table = page.getByTestId('validators');
  await table.waitFor();
  const rows = table.getByTestId('validator-row');
  assert.equal(await rows.count(), 4);
  // A quorum of four is three: at least three signed the certificate this node holds.
  const signed = await table.getByTestId('validator-signed').allTextContents();
  assert.ok(signed.filter((s) => s === 'yes').length >= 3, `signed: ${signed}`);
  assert.match(await table.locator('caption').textContent(), /4 validators/);
  // Liveness: the node itself and its three peers (GET /peers, refreshed with the status).
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=validator-connected]')].every((c) => c.textContent?.startsWith('yes')),
    null,
    { timeout: TIMEOUT },
  );
  const connected = await table.getByTestId('validator-connected').allTextContents();
  assert.deepEqual(connected.filter((c) => c === 'yes (this node)').length, 1, `connected: ${connected}`);
  assert.equal(connected.filter((c) => c === 'yes').length, 3, `connected: ${connected}`);
  // All four nodes are validators: no other node is connected.
  await page.getByTestId('other-nodes-none').waitFor();
  await shot(page, 'overview-validators');
});

test('the regulator signs in and sees its mandate', async () => {
  await signIn(page, memberDir(REGULATOR));
  await page.getByTestId('signed-in').filter({ hasText: REGULATOR }).waitFor({ timeout: FINAL });
  await page.getByRole('link', { name: 'Regulator' }).click();
  await page.getByTestId('regulator-dashboard').waitFor();
  const jurisdictions = page.getByTestId('mandate-jurisdictions');
  await jurisdictions.waitFor();
  assert.match(await jurisdictions.textContent(), /CN\s*own jurisdiction/);
  const members = page.getByTestId('mandate-members');
  // CN's members: the regulator itself, the central bank, the bank and the trader.
  for (const id of ['trade-regulator', 'pboc', 'icbc']) {
    await members.locator(`tr[data-member="${id}"]`).waitFor();
  }
  assert.equal(await members.locator('tr[data-member="mas"]').count(), 0, 'SG members are not under a CN mandate');
  await page.getByTestId('encryption-key').waitFor({ timeout: FINAL });
});

test('the regulator opens a letter of credit by id', async () => {
  const form = page.getByRole('form', { name: 'Open a record' });
  await form.getByLabel('Record', { exact: true }).selectOption('credit');
  await form.getByLabel('Record id (64 hex digits)').fill(env('CREDIT_ID'));
  await form.getByRole('button', { name: 'Open' }).click();
  const result = page.getByTestId('record-result');
  await result.getByText(/Answered at height \d+/).waitFor({ timeout: FINAL });
  const parts = result.getByTestId('sealed-part');
  assert.ok((await parts.count()) >= 1, 'the credit carries sealed terms');
  const problems = await result.getByTestId('sealed-problem').evaluateAll((els) => els.map((e) => e.getAttribute('data-problem')));
  assert.ok(!problems.includes('TAMPERED'), `problems: ${problems}`);
  // The CN regulator is mandated over the beneficiary's country (the exporter banks with icbc):
  // the credit's terms were sealed to it too, and open here. What was re-sealed only for the
  // issuing bank and the applicant says "not a recipient".
  assert.ok(problems.every((p) => p === 'NOT_A_RECIPIENT'), `problems: ${problems}`);
  const opened = result.getByTestId('sealed-hex');
  assert.ok((await opened.count()) >= 1, `nothing opened; problems: ${problems}`);
  assert.match(await opened.first().locator('code').getAttribute('title'), /^([0-9a-f]{2})+$/);
  await shot(page, 'regulator-record');

  // The bill's data was re-sealed for the issuing bank and the importer only: the node does not
  // send it to the regulator at all, not even encrypted.
  await form.getByLabel('Record', { exact: true }).selectOption('bill');
  await form.getByLabel('Record id (64 hex digits)').fill(env('BILL_ID'));
  await form.getByRole('button', { name: 'Open' }).click();
  await result.getByTestId('record-withheld').waitFor({ timeout: FINAL });
  assert.equal(await result.getByTestId('sealed-part').count(), 0);
});

test('the regulator freezes and unfreezes the exporter, each followed to finality', async () => {
  const account = read(env('EXPORTER_DIR'), 'account');
  const frozen = () => page.evaluate(async (id) => (await (await fetch(`/api/v1/accounts/${id}`)).json()).frozen, account);
  assert.equal(await frozen(), false);
  const form = page.getByRole('form', { name: 'Freeze or unfreeze an account' });
  await form.getByLabel('Account id').fill(account);

  await form.getByRole('button', { name: 'Sign and freeze' }).click();
  const progress = page.getByTestId('freeze-progress');
  const committed = progress.locator('[data-step=committed]');
  await committed.waitFor({ timeout: FINAL });
  assert.match(await committed.textContent(), /Final in block \d+: OK/);
  assert.equal(await frozen(), true);
  await shot(page, 'regulator');

  await form.getByRole('button', { name: 'Sign and unfreeze' }).click();
  // Each action starts a fresh list: the freeze's steps go first.
  await committed.waitFor({ state: 'detached' });
  await committed.waitFor({ timeout: FINAL });
  assert.match(await committed.textContent(), /Final in block \d+: OK/);
  assert.equal(await frozen(), false);

  // Unfreezing again is refused by the module, with its code.
  await form.getByRole('button', { name: 'Sign and unfreeze' }).click();
  await committed.waitFor({ state: 'detached' });
  const refused = progress.locator('[data-step=failed]');
  await refused.waitFor({ timeout: FINAL });
  assert.match(await refused.textContent(), /identity\.NOT_FROZEN/);
});
