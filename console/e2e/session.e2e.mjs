// Sign-in as a bank's customer (key file + account id + encryption key) and with a delegated
// session key (ConsoleIT's SessionKeySetup: dbs delegated it for currency, payments, lc, ebl and
// governance; a second one it revoked). Env: CONSOLE_URL, SCREENSHOTS, NET_DIR, IMPORTER_DIR
// (signing.key, encryption.key, passphrase, account), EXPORTER_DIR, SESSION_DIR (signing.key,
// passphrase, account = dbs's account id; revoked/ the same for the revoked key).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { env, FINAL as TIMEOUT, go, memberDir, read, shot, signIn, usePage } from './support.mjs';


let page;

usePage(async (p) => {
  page = p;
  await page.goto(env('CONSOLE_URL'));
});

async function openSignIn() {
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if (await signOut.isVisible()) await signOut.click();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Sign in as a member' }).waitFor();
}

/** Fills the form; `account` and `encryption` are optional. */
async function fill({ key, passphrase, account = '', encryption }) {
  await page.getByLabel('Key file').setInputFiles(key);
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByLabel('Account id (optional)').fill(account);
  await page.getByLabel('Encryption key (optional)').setInputFiles(encryption ? [encryption] : []);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function refused(text) {
  await page.getByRole('alert').filter({ hasText: text }).waitFor({ timeout: TIMEOUT });
}

test("a bank's customer signs in with its key file, its account id and its encryption key", async () => {
  const dir = env('IMPORTER_DIR');
  const account = read(dir, 'account');
  await openSignIn();
  // Without the account id the key's derived account does not exist: the screen says so.
  await fill({ key: join(dir, 'signing.key'), passphrase: read(dir, 'passphrase') });
  await refused('There is no account');

  await fill({
    key: join(dir, 'signing.key'),
    passphrase: read(dir, 'passphrase'),
    account,
    encryption: join(dir, 'encryption.key'),
  });
  const who = page.getByTestId('signed-in');
  await who.waitFor({ timeout: TIMEOUT });
  assert.match(await who.textContent(), new RegExp(account.slice(0, 16)));
  assert.equal(await page.getByTestId('session-expiry').count(), 0);
});

test('a key that is neither the account’s nor delegated by it, and a wrong passphrase, are refused clearly', async () => {
  const session = env('SESSION_DIR');
  const exporter = env('EXPORTER_DIR');
  await openSignIn();
  await fill({ key: join(exporter, 'signing.key'), passphrase: read(exporter, 'passphrase'), account: read(session, 'account') });
  await refused('neither a key of account');
  await fill({ key: join(session, 'signing.key'), passphrase: 'not the passphrase', account: read(session, 'account') });
  await refused('WRONG_PASSPHRASE');
});

test('a revoked session key is refused', async () => {
  const revoked = join(env('SESSION_DIR'), 'revoked');
  await openSignIn();
  await fill({ key: join(revoked, 'signing.key'), passphrase: read(revoked, 'passphrase'), account: read(revoked, 'account') });
  await refused('was revoked');
});

test('a session key signs in for dbs, shows its expiry and pays with a transfer that becomes final', async () => {
  const session = env('SESSION_DIR');
  await openSignIn();
  await fill({ key: join(session, 'signing.key'), passphrase: read(session, 'passphrase'), account: read(session, 'account') });
  const who = page.getByTestId('signed-in');
  await who.filter({ hasText: 'dbs' }).waitFor({ timeout: TIMEOUT });
  assert.match(await page.getByTestId('session-expiry').textContent(), /session key, valid until/);

  const balance = page.getByTestId('balance-SGD');
  await balance.waitFor();
  const before = await balance.textContent();
  await page.getByLabel('Currency').selectOption('SGD');
  await page.getByLabel('Recipient account id').fill(read(env('IMPORTER_DIR'), 'account'));
  await page.getByLabel('Amount').fill('1.25');
  await page.getByRole('button', { name: 'Sign and send' }).click();
  const final = page.getByTestId('transfer-progress').locator('[data-step=committed]');
  await final.waitFor({ timeout: TIMEOUT });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  await page.waitForFunction((b) => document.querySelector('[data-testid=balance-SGD]')?.textContent !== b, before, { timeout: TIMEOUT });
  const cents = (s) => Math.round(Number(s.replace(/,/g, '')) * 100);
  assert.equal(cents(await balance.textContent()), cents(before) - 125);
  // A session key cannot act in identity: the account screen lists the keys but offers no revoke.
  await page.getByTestId('session-keys-note').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Revoke' }).count(), 0);
  await page.screenshot({ path: join(env('SCREENSHOTS'), 'sign-in-session.png'), fullPage: true });
});

test('an expired session key is refused', async () => {
  const expired = join(env('SESSION_DIR'), 'expired');
  const expiresAt = Number(read(expired, 'expiresAtMillis'));
  // Expiry is block time: wait until the node's tip is past it.
  const api = (path) => fetch(new URL(`/api/v1${path}`, env('CONSOLE_URL'))).then((r) => r.json());
  const deadline = Date.now() + 120_000;
  for (;;) {
    const tip = await api('/status').then((s) => api(`/blocks/${s.height}`));
    if (tip.timestampMillis >= expiresAt) break;
    assert.ok(Date.now() < deadline, `the tip's block time stays before ${expiresAt}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await openSignIn();
  await fill({ key: join(expired, 'signing.key'), passphrase: read(expired, 'passphrase'), account: read(expired, 'account') });
  await refused('expired at');
  await page.screenshot({ path: join(env('SCREENSHOTS'), 'sign-in-session-expired.png'), fullPage: true });
});

// Last in this file: it revokes the session key the tests above sign in and pay with.
test('dbs, signed in with its own key, lists its session keys and revokes the live one', async () => {
  const session = env('SESSION_DIR');
  // The session key's public key, from its key file's header (line public-key=<hex>).
  const publicKey = (dir) => /^public-key=([0-9a-f]{64})$/m.exec(read(dir, 'signing.key'))[1];
  const live = publicKey(session);
  const revoked = publicKey(join(session, 'revoked'));
  await signIn(page, memberDir('dbs'), { encryption: false });
  await go(page, '#/account');
  const row = page.getByTestId('session-keys').locator(`tr[data-key="${live}"]`);
  await row.waitFor({ timeout: TIMEOUT });
  assert.equal(await row.getAttribute('data-state'), 'live');
  assert.match(await row.textContent(), /currency.*governance/);
  assert.equal(await page.locator(`tr[data-key="${revoked}"]`).count(), 0, 'the key revoked by the CLI is not listed');

  await row.getByRole('button', { name: 'Revoke' }).click();
  const final = page.getByTestId('revoke-progress').locator('[data-step=committed]');
  await final.waitFor({ timeout: TIMEOUT });
  assert.match(await final.textContent(), /Final in block \d+: OK/);
  await row.waitFor({ state: 'detached', timeout: TIMEOUT });
  await shot(page, 'session-keys');
});
